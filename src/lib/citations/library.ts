/** The reference library of a build: the validated references (data in) plus each style formatted once, on first use. */
import type { Reference } from '../../schemas/reference.ts';
import { contentError, suggestId } from '../content/errors.ts';
import type { AstroError } from 'astro/errors';
import { formatStyle, type FormattedEntry } from './format.ts';
import type { ReferenceIndex } from './references.ts';
import type { CitationStyleId } from './styles.ts';

export class CitationLibrary {
  readonly #refs: ReferenceIndex;
  readonly #formatted = new Map<CitationStyleId, Map<string, FormattedEntry>>();

  constructor(refs: ReferenceIndex) {
    this.#refs = refs;
  }

  /** Every reference id, in file order. */
  ids(): string[] {
    return [...this.#refs.keys()];
  }

  has(id: string): boolean {
    return this.#refs.has(id);
  }

  /** The reference with this id; throws a content error naming `file` and the closest known id. */
  get(id: string, file = 'an article'): Reference {
    const ref = this.#refs.get(id);
    if (ref) return ref;
    throw unknownKeyError(id, this.ids(), file);
  }

  /** The formatted entry of one reference in one style; the style is formatted for all references at once. */
  entry(id: string, style: CitationStyleId): FormattedEntry {
    let formatted = this.#formatted.get(style);
    if (!formatted) {
      formatted = formatStyle([...this.#refs.values()], style);
      this.#formatted.set(style, formatted);
    }
    const entry = formatted.get(id);
    if (!entry) throw unknownKeyError(id, this.ids(), 'an article');
    return entry;
  }
}

/** The error for a citation key that matches no reference, with the closest id as a suggestion. */
export function unknownKeyError(id: string, known: readonly string[], file: string): AstroError {
  const suggestion = suggestId(id, known);
  return contentError(
    file,
    `unknown citation key "${id}".`,
    suggestion
      ? `did you mean "${suggestion}"? Citation keys are the "id" fields in content/references/*.json.`
      : `add the reference to content/references/ first (see README.md, "Adding a reference"), or use one of its ids.`,
  );
}
