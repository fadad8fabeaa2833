/** Loads the CSL-JSON reference files once, validates them and indexes them by id. */
import fs from 'node:fs';
import path from 'node:path';
import { doiPattern, referenceSchema, type Reference } from '../../schemas/reference.ts';
import { ContentError } from './errors.ts';
import { readText } from './read-text.ts';

export type ReferenceIndex = ReadonlyMap<string, Reference>;

/** Fields every style we offer needs for each CSL type, with an example of how to write each. */
const neededFields: Record<string, Record<string, string>> = {
  'article-journal': {
    author: '"author": [{ "family": "Lacy", "given": "Brian E." }]',
    issued: '"issued": { "date-parts": [[2024]] }',
    'container-title': '"container-title": "Gastroenterology & Hepatology"',
  },
  chapter: {
    author: '"author": [{ "family": "Aguanno", "given": "Doriane" }]',
    issued: '"issued": { "date-parts": [[2021]] }',
    'container-title': '"container-title": "Methods in Molecular Biology"',
  },
  book: { issued: '"issued": { "date-parts": [[2020]] }', publisher: '"publisher": "Publisher name"' },
  report: { author: '"author": [{ "literal": "Organisation name" }]', issued: '"issued": { "date-parts": [[2020]] }' },
  webpage: { author: '"author": [{ "literal": "Organisation name" }]', URL: '"URL": "https://..."' },
};

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0) || value === '';
}

/** Validates one raw item; throws a ContentError naming the file, the item and the fix. */
export function validateReference(raw: unknown, file: string, position: string): Reference {
  const result = referenceSchema.safeParse(raw);
  const label = typeof raw === 'object' && raw && 'id' in raw ? `reference "${String(raw.id)}"` : position;
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.join('.') || '(item)';
    throw new ContentError(
      file,
      `${label} has an invalid field "${field}": ${issue.message}.`,
      field.startsWith('custom.receipt')
        ? 'give "receipt": { "population": "people" | "animals" | "cells" | "studies" | "records" | "guidance", "size": a whole number or null, "finding": one line in your own words (20-240 characters) } (see README.md, "Evidence receipts").'
        : field.startsWith('custom')
        ? 'give "custom": { "design": one of the study designs in src/schemas/reference.ts (or null if unconfirmed), "aboutPermeability": true|false }.'
        : `correct "${field}" to match the CSL-JSON schema in src/schemas/reference.ts.`,
    );
  }
  const ref = result.data;
  if (ref.DOI != null && !doiPattern.test(ref.DOI)) {
    throw new ContentError(
      file,
      `reference "${ref.id}" has a malformed DOI "${ref.DOI}".`,
      'write the bare DOI as it appears on the publisher record, e.g. "10.1136/gutjnl-2019-318427", without "https://doi.org/" or "doi:".',
    );
  }
  if (ref.PMID != null && !/^\d{1,9}$/.test(String(ref.PMID))) {
    throw new ContentError(file, `reference "${ref.id}" has a malformed PMID "${ref.PMID}".`, 'a PMID is digits only, e.g. "39193076".');
  }
  if (ref.PMCID != null && !/^PMC\d+$/.test(ref.PMCID)) {
    throw new ContentError(file, `reference "${ref.id}" has a malformed PMCID "${ref.PMCID}".`, 'a PMCID is "PMC" followed by digits, e.g. "PMC11345991".');
  }
  for (const [field, example] of Object.entries(neededFields[ref.type] ?? {})) {
    if (isMissing((ref as Record<string, unknown>)[field])) {
      throw new ContentError(
        file,
        `reference "${ref.id}" (${ref.type}) has no "${field}", which the APA and Vancouver styles need to format it.`,
        `add it from the publisher or PubMed record, e.g. ${example}.`,
      );
    }
  }
  return ref;
}

/** Reads every *.json file in a folder (one item or an array each) into an index keyed by id. */
export function loadReferences(dir: string): ReferenceIndex {
  if (!fs.existsSync(dir)) {
    throw new ContentError(dir, 'the references folder does not exist.', 'create it and add CSL-JSON files (see README.md, "Adding a reference").');
  }
  const index = new Map<string, Reference>();
  const origin = new Map<string, string>();
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  // Dotfiles (.DS_Store, .gitkeep) are the system's, not the author's.
  const stray = entries.find((entry) => !entry.name.startsWith('.') && !(entry.isFile() && entry.name.endsWith('.json')));
  if (stray) {
    throw new ContentError(
      path.join(dir, stray.name),
      stray.isDirectory() ? 'is a folder: reference files are read only from the references folder itself, so its works would be missing.' : 'is not a .json file, so the references in it would be missing.',
      `keep each CSL-JSON file directly in ${dir}/ and name it <something>.json (see README.md, "Adding a reference").`,
    );
  }
  const files = entries.map((entry) => entry.name).filter((name) => !name.startsWith('.')).sort();
  for (const name of files) {
    const file = path.join(dir, name);
    const text = readText(file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new ContentError(file, `is not valid JSON (${(error as Error).message}).`, 'fix the JSON syntax; an editor with JSON validation shows where.');
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    items.forEach((raw, i) => {
      const ref = validateReference(raw, file, `item ${i + 1}`);
      const first = origin.get(ref.id);
      if (first) {
        throw new ContentError(
          file,
          `duplicate reference id "${ref.id}" (item ${i + 1}); it is already defined in ${first}.`,
          `keep one entry for this work, or give the other work a distinct id such as "${ref.id}b".`,
        );
      }
      origin.set(ref.id, `${name} item ${i + 1}`);
      index.set(ref.id, ref);
    });
  }
  return index;
}
