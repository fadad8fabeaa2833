/** Readability of article prose, computed by text-readability (a port of Python's textstat). */
import readability from 'text-readability';
import { proseText, wordCount } from './prose.ts';

export interface ReadabilityReport {
  words: number;
  sentences: number;
  /** Flesch-Kincaid grade level: the US school grade needed to follow the text. */
  grade: number;
  /** Flesch reading ease: 60-70 is plain English, higher is easier. */
  readingEase: number;
}

/** The highest grade level an article's prose may reach; the test fails above it. */
export const maxGrade = 9;
/** Editorial minimums for a full article. */
export const minWords = 900;
export const minReferences = 8;

/** Word count and readability scores of an MDX article's prose. */
export function readabilityOf(mdx: string): ReadabilityReport {
  const text = proseText(mdx);
  return {
    words: wordCount(text),
    sentences: readability.sentenceCount(text),
    grade: readability.fleschKincaidGrade(text),
    readingEase: readability.fleschReadingEase(text),
  };
}
