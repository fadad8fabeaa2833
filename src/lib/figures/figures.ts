/**
 * Loads the site's figures once: content/figures/<id>.json (title, text alternative, caption with its references,
 * long description; src/schemas/figure.ts) beside content/figures/<id>.svg (the drawing; svg.ts). Any problem in
 * any figure fails the build, naming the file, the value and the fix, whether an article shows the figure yet or not.
 */
import type { Element } from 'hast';
import fs from 'node:fs';
import path from 'node:path';
import { figureSchema, type FigureData } from '../../schemas/figure.ts';
import { contentError, contentErrors, suggestId } from '../content/errors.ts';
import { readText } from '../citations/read-text.ts';
import { findOverclaims } from '../articles/overclaims.ts';
import { checkSvg } from './svg.ts';

export type Figure = FigureData & { id: string; svg: Element };

/** The anchor of a figure on its page and on the article's cite page. */
export const figureAnchor = (id: string) => `figure-${id}`;

/** Reads and validates one figure's words, naming the field and the fix. */
function readData(file: string): FigureData {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch (error) {
    throw contentError(
      file,
      `is not valid JSON (${(error as Error).message.split('\n')[0]}).`,
      'check the commas and quotation marks; see README.md, "Figures".',
    );
  }
  const result = figureSchema.safeParse(json);
  if (!result.success) {
    throw contentErrors(
      result.error.issues.map((issue) => ({
        file,
        problem: `figure field "${issue.path.join('.') || '(the file)'}" is invalid: ${issue.message}.`,
        fix: 'give "title", "alt" (the short text alternative), "caption" (sentences with "cite" ids) and "description" (the drawing in words); see README.md, "Figures".',
      })),
    );
  }
  return result.data;
}

/** Reference ids a figure cites that the library does not hold, as problems with the closest known id. */
function unknownSources(file: string, data: FigureData, referenceIds: readonly string[]) {
  const known = new Set(referenceIds);
  const cited = [...data.caption, ...data.description].flatMap((sentence) => sentence.cite ?? []);
  return [...new Set(cited)]
    .filter((id) => !known.has(id))
    .map((id) => {
      const suggestion = suggestId(id, referenceIds);
      return {
        file,
        problem: `unknown citation key "${id}".`,
        fix: suggestion ? `did you mean "${suggestion}"?` : 'add the work to content/references/ first (README.md, "Adding a reference").',
      };
    });
}

/** Overclaiming verbs in a figure's words, held to the articles' rule (src/lib/articles/overclaims.ts). */
function overclaims(file: string, data: FigureData) {
  const texts = [data.title, data.alt, ...[...data.caption, ...data.description].map((sentence) => sentence.text)];
  const tree = {
    type: 'root' as const,
    children: texts.map((value) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] })),
  };
  return findOverclaims(tree).map((claim) => ({
    file,
    problem: `"${claim.word}" claims a proven effect, in "${claim.sentence}"`,
    fix: 'say what the evidence shows at its strength ("results in", "probably", "may", "we do not know"); a marketing claim goes in quotation marks.',
  }));
}

/** Every figure of `folder` keyed by its file name (gut-barrier.json + gut-barrier.svg -> "gut-barrier"); `referenceIds` checks captions. */
export function loadFigures(folder: string, referenceIds: readonly string[]): ReadonlyMap<string, Figure> {
  const figures = new Map<string, Figure>();
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
  for (const name of files) {
    const file = path.join(folder, name);
    if (!/\.(json|svg)$/.test(name)) {
      throw contentError(file, 'is not a figure file.', 'keep each figure as <id>.json (its words) and <id>.svg (its drawing) in content/figures/.');
    }
    const id = name.replace(/\.(json|svg)$/, '');
    if (name.endsWith('.svg')) {
      if (!files.includes(`${id}.json`)) {
        throw contentError(
          file,
          `the drawing "${id}" has no words: ${id}.json is missing.`,
          `add content/figures/${id}.json with its title, alt text, caption and description (README.md, "Figures").`,
        );
      }
      continue;
    }
    const data = readData(file);
    const svgFile = path.join(folder, `${id}.svg`);
    if (!fs.existsSync(svgFile)) {
      throw contentError(
        file,
        `the figure "${id}" has no drawing: ${id}.svg is missing.`,
        `draw it as content/figures/${id}.svg (one <svg viewBox="...">, README.md, "Figures"), or fix the file name.`,
      );
    }
    const { svg, problems } = checkSvg(readText(svgFile), id);
    if (problems.length > 0 || !svg) throw contentErrors(problems.map((p) => ({ file: svgFile, ...p })));
    const wordProblems = [...unknownSources(file, data, referenceIds), ...overclaims(file, data)];
    if (wordProblems.length > 0) throw contentErrors(wordProblems);
    figures.set(id, { id, svg, ...data });
  }
  return figures;
}
