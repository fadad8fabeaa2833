/** Sentences of a block of text (Intl.Segmenter), and the passage each citation marker in it closes. */
import type { MarkerAt } from '../articles/reader-text.ts';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** The sentences of a text, trimmed, with their start and end offsets in it. */
export function sentencesOf(text: string): Sentence[] {
  return [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)]
    .map(({ segment, index }) => {
      const lead = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      return { text: trimmed, start: index + lead, end: index + lead + trimmed.length };
    })
    .filter((sentence) => sentence.text.length > 0);
}

/** Which sentence a marker belongs to: the one holding the last character before it (a marker follows its claim). */
export function sentenceOfMarker(sentences: readonly Sentence[], text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1])) i -= 1;
  const before = i > 0 ? i - 1 : 0;
  const found = sentences.findIndex((s) => before >= s.start && before < s.end);
  return found === -1 ? Math.max(0, sentences.length - 1) : found;
}

/**
 * For each marker, the range of sentences it supports: the sentence it ends, with the sentences before it in
 * the same block back to the previous marker (authors put one marker after the sentences it supports).
 */
export function markerPassages(text: string, markers: readonly MarkerAt[]): { sentences: Sentence[]; ranges: Array<[number, number]> } {
  const sentences = sentencesOf(text);
  let previous = -1;
  const ranges = markers.map((marker): [number, number] => {
    const last = sentenceOfMarker(sentences, text, marker.offset);
    const first = last > previous ? previous + 1 : last;
    previous = last;
    return [first, last];
  });
  return { sentences, ranges };
}
