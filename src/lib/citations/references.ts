/** Loads the CSL-JSON reference files once, validates them and indexes them by id. */
import fs from 'node:fs';
import path from 'node:path';
import { doiPattern, receiptPopulations, referenceSchema, type Reference } from '../../schemas/reference.ts';
import { contentError, contentErrors, type Problem } from '../content/errors.ts';
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

/** The fix for an invalid field of a reference. */
function fieldFix(field: string): string {
  if (field.startsWith('custom.receipt')) {
    const kinds = receiptPopulations.map((kind) => `"${kind}"`).join(' | ');
    return `give "receipt": { "population": ${kinds}, "size": a whole number or null, "finding": one line in your own words (20-240 characters) } (see README.md, "Evidence receipts").`;
  }
  if (field.startsWith('custom'))
    return 'give "custom": { "design": one of the study designs in src/schemas/reference.ts (or null if unconfirmed), "aboutPermeability": true|false }.';
  return `correct "${field}" to match the CSL-JSON schema in src/schemas/reference.ts.`;
}

/** Validates one raw item: the reference, or every problem with it (each zod issue, each malformed identifier, each missing field). */
export function referenceProblems(raw: unknown, file: string, position: string): { ref?: Reference; problems: Problem[] } {
  const result = referenceSchema.safeParse(raw);
  const label = typeof raw === 'object' && raw && 'id' in raw ? `reference "${String(raw.id)}"` : position;
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const field = issue.path.join('.') || '(item)';
        return { file, problem: `${label} has an invalid field "${field}": ${issue.message}.`, fix: fieldFix(field) };
      }),
    };
  }
  const ref = result.data;
  const problems: Problem[] = [];
  if (ref.DOI != null && !doiPattern.test(ref.DOI)) {
    problems.push({
      file,
      problem: `reference "${ref.id}" has a malformed DOI "${ref.DOI}".`,
      fix: 'write the bare DOI as it appears on the publisher record, e.g. "10.1136/gutjnl-2019-318427", without "https://doi.org/" or "doi:".',
    });
  }
  if (ref.PMID != null && !/^\d{1,9}$/.test(String(ref.PMID))) {
    problems.push({ file, problem: `reference "${ref.id}" has a malformed PMID "${ref.PMID}".`, fix: 'a PMID is digits only, e.g. "39193076".' });
  }
  if (ref.PMCID != null && !/^PMC\d+$/.test(ref.PMCID)) {
    problems.push({
      file,
      problem: `reference "${ref.id}" has a malformed PMCID "${ref.PMCID}".`,
      fix: 'a PMCID is "PMC" followed by digits, e.g. "PMC11345991".',
    });
  }
  for (const [field, example] of Object.entries(neededFields[ref.type] ?? {})) {
    if (isMissing((ref as Record<string, unknown>)[field])) {
      problems.push({
        file,
        problem: `reference "${ref.id}" (${ref.type}) has no "${field}", which the APA and Vancouver styles need to format it.`,
        fix: `add it from the publisher or PubMed record, e.g. ${example}.`,
      });
    }
  }
  return problems.length > 0 ? { problems } : { ref, problems };
}

/** Reads every *.json file in a folder (one item or an array each) into an index keyed by id; every problem in every file at once. */
export function loadReferences(dir: string): ReferenceIndex {
  if (!fs.existsSync(dir)) {
    throw contentError(dir, 'the references folder does not exist.', 'create it and add CSL-JSON files (see README.md, "Adding a reference").');
  }
  const index = new Map<string, Reference>();
  const origin = new Map<string, string>();
  const problems: Problem[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  // Dotfiles (.DS_Store, .gitkeep) are the system's, not the author's.
  for (const stray of entries.filter((entry) => !entry.name.startsWith('.') && !(entry.isFile() && entry.name.endsWith('.json')))) {
    problems.push({
      file: path.join(dir, stray.name),
      problem: stray.isDirectory()
        ? 'is a folder: reference files are read only from the references folder itself, so its works would be missing.'
        : 'is not a .json file, so the references in it would be missing.',
      fix: `keep each CSL-JSON file directly in ${dir}/ and name it <something>.json (see README.md, "Adding a reference").`,
    });
  }
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  for (const name of files) {
    const file = path.join(dir, name);
    const text = readText(file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      problems.push({
        file,
        problem: `is not valid JSON (${(error as Error).message}).`,
        fix: 'fix the JSON syntax; an editor with JSON validation shows where.',
      });
      continue;
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    items.forEach((raw, i) => {
      const { ref, problems: itemProblems } = referenceProblems(raw, file, `item ${i + 1}`);
      problems.push(...itemProblems);
      if (!ref) return;
      const first = origin.get(ref.id);
      if (first) {
        problems.push({
          file,
          problem: `duplicate reference id "${ref.id}" (item ${i + 1}); it is already defined in ${first}.`,
          fix: `keep one entry for this work, or give the other work a distinct id such as "${ref.id}b".`,
        });
        return;
      }
      origin.set(ref.id, `${name} item ${i + 1}`);
      index.set(ref.id, ref);
    });
  }
  if (problems.length > 0) throw contentErrors(problems);
  return index;
}
