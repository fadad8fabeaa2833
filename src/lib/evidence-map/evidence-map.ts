/**
 * The evidence map's data: read and check content/evidence-map.json against the references and the articles, then lay
 * it out as rows and columns. Pure functions (data in, data out) except `readEvidenceMap`, which only reads the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Reference } from '../../schemas/reference.ts';
import { evidenceMapSchema, type EvidenceMap, type EvidenceMapCell } from '../../schemas/evidence-map.ts';
import { contentError, contentErrors, suggestId } from '../content/errors.ts';
import { readText } from '../citations/read-text.ts';
import { strengthLabels, type StrengthLevel } from '../trust/evidence-scale.ts';
import { evidenceMapColumns, evidenceMapRows, type EvidenceMapColumnKey, type EvidenceMapRowKey } from './axes.ts';

/** The map's file in a content folder. */
export const evidenceMapFile = (contentDir: string) => path.join(contentDir, 'evidence-map.json');

/** The file's text, or undefined when the content folder has no map (then every cell is empty). */
export function readEvidenceMap(contentDir: string): string | undefined {
  const file = evidenceMapFile(contentDir);
  return fs.existsSync(file) ? readText(file) : undefined;
}

/** Parses the file's text into cells; throws an error naming the file, the field and the fix. */
export function parseEvidenceMap(text: string | undefined, file: string): EvidenceMap {
  if (text === undefined) return { cells: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw contentError(file, `is not valid JSON (${(error as Error).message}).`, 'fix the JSON syntax; an editor with JSON validation shows where.');
  }
  const result = evidenceMapSchema.safeParse(raw);
  if (result.success) return result.data;
  throw contentErrors(
    result.error.issues.map((issue) => ({
      file,
      problem: `the field "${issue.path.join('.') || '(file)'}" is invalid: ${issue.message}.`,
      fix: 'write { "cells": [{ "row": "alcohol", "column": "permeability", "strength": "moderate", "references": ["bjarnason1984"], "summary": "one line, optional" }] } (see README.md, "The evidence map").',
    })),
  );
}

/** Why a work cannot count as evidence in people, or undefined when it can. */
export function notHumanEvidence(ref: Reference): string | undefined {
  const population = ref.custom.receipt?.population;
  if (ref.custom.design === 'laboratory-or-animal') return 'a laboratory or animal study (design "laboratory-or-animal")';
  if (population === 'animals' || population === 'cells') return `a study of ${population} (its receipt's population is "${population}")`;
  if (ref.custom.design === 'protocol') return 'a study protocol, which reports no results (design "protocol")';
  if (ref.custom.design === 'patient-information') return 'patient information, not a study (design "patient-information")';
  if (ref.custom.design === null) return 'a work whose study design is not confirmed (design null)';
  return undefined;
}

const levels = Object.keys(strengthLabels) as StrengthLevel[];
const rowKeys: readonly string[] = evidenceMapRows.map((r) => r.key);
const columnKeys: readonly string[] = evidenceMapColumns.map((c) => c.key);
const listed = (keys: readonly string[]) => keys.map((k) => `"${k}"`).join(', ');
const didYouMean = (wrong: string, known: readonly string[]) => {
  const near = suggestId(wrong, known);
  return near ? `did you mean "${near}"? ` : '';
};

/**
 * Every problem in the map at once: an unknown row, column, strength or reference id, a cell given twice, and a
 * reference that does not belong in its cell. The rule for belonging: the map shows what the articles cite as
 * evidence in people, so a work must be cited by at least one article (`cited`) and be a study or review in people
 * (not laboratory, animal or cell work, a protocol, patient information or a work of unconfirmed design).
 */
export function checkEvidenceMap(map: EvidenceMap, file: string, refs: ReadonlyMap<string, Reference>, cited: ReadonlySet<string>): void {
  const problems: { file: string; problem: string; fix: string }[] = [];
  const add = (problem: string, fix: string) => problems.push({ file, problem, fix });
  const seen = new Map<string, number>();
  map.cells.forEach((cell, i) => {
    const where = `cell ${i + 1} ("${cell.row}" × "${cell.column}")`;
    if (!rowKeys.includes(cell.row))
      add(
        `${where} has the unknown row "${cell.row}".`,
        `${didYouMean(cell.row, rowKeys)}Rows are ${listed(rowKeys)} (src/lib/evidence-map/axes.ts).`,
      );
    if (!columnKeys.includes(cell.column))
      add(`${where} has the unknown column "${cell.column}".`, `${didYouMean(cell.column, columnKeys)}Columns are ${listed(columnKeys)}.`);
    if (!(levels as string[]).includes(cell.strength)) {
      add(
        `${where} has the unknown strength "${cell.strength}".`,
        `${didYouMean(cell.strength, levels)}Use a level of the evidence scale: ${listed(levels)} (src/lib/trust/evidence-scale.ts), as the article rates it.`,
      );
    }
    const key = `${cell.row}|${cell.column}`;
    const first = seen.get(key);
    if (first !== undefined)
      add(`${where} is given twice (first as cell ${first + 1}).`, 'merge the two into one cell: one strength and all the references.');
    else seen.set(key, i);
    for (const id of cell.references) {
      const ref = refs.get(id);
      if (!ref) {
        add(
          `${where} lists the unknown reference id "${id}".`,
          `${didYouMean(id, [...refs.keys()])}Reference ids are the "id" fields in content/references/*.json.`,
        );
        continue;
      }
      const why = notHumanEvidence(ref);
      if (why)
        add(
          `${where} lists "${id}", ${why}; the map counts evidence in people only.`,
          `remove "${id}" from this cell. If the work did study people, correct its "custom.design" or "custom.receipt" in content/references/.`,
        );
      if (!cited.has(id))
        add(
          `${where} lists "${id}", which no article cites.`,
          `list only works an article cites for this question and outcome; cite "${id}" in the article first, or remove it from this cell.`,
        );
    }
    if (new Set(cell.references).size !== cell.references.length) add(`${where} lists a reference more than once.`, 'list each reference once.');
  });
  if (problems.length > 0) throw contentErrors(problems);
}

export interface EvidenceGridCell {
  column: { key: EvidenceMapColumnKey; label: string };
  /** The checked cell, or undefined: no human study the site cites for this question and outcome. */
  cell?: EvidenceMapCell & { strength: StrengthLevel };
}

export interface EvidenceGridRow {
  row: { key: EvidenceMapRowKey; label: string };
  cells: EvidenceGridCell[];
}

/** The map as the page shows it: every row, each with every column, in the axes' order (checked cells only). */
export function evidenceGrid(map: EvidenceMap): EvidenceGridRow[] {
  const byKey = new Map(map.cells.map((cell) => [`${cell.row}|${cell.column}`, cell]));
  return evidenceMapRows.map((row) => ({
    row,
    cells: evidenceMapColumns.map((column) => {
      const cell = byKey.get(`${row.key}|${column.key}`);
      return { column, cell: cell && { ...cell, strength: cell.strength as StrengthLevel } };
    }),
  }));
}
