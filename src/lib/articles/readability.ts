/** Readability of article prose, computed by text-readability (a port of Python's textstat). */
import { parseFrontmatter } from '@astrojs/markdown-remark';
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
/** The key points are for every reader, the worried one on a phone first: grade 6 or lower. */
export const maxKeyPointsGrade = 6;
/** The rest of the article: grade 8 or lower. */
export const maxBodyGrade = 8;
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

/**
 * An article split in two: its opening "## Key points" list, and everything after it (the "what to do" card
 * that follows the list included: it is held to the body's grade).
 */
export function keyPointsAndBody(mdx: string): { keyPoints: string; body: string } {
  const { content } = parseFrontmatter(mdx);
  const next = content.search(/^(## (?!Key points)|<CareCard)/m);
  const keyPointsAt = content.search(/^## Key points/m);
  if (keyPointsAt < 0) return { keyPoints: '', body: content };
  return next < 0 ? { keyPoints: content.slice(keyPointsAt), body: '' } : { keyPoints: content.slice(keyPointsAt, next), body: content.slice(next) };
}

/** Flesch-Kincaid grades of the key points and of the body, each on its own. */
export function sectionGrades(mdx: string): { keyPoints: number; body: number } {
  const { keyPoints, body } = keyPointsAndBody(mdx);
  return { keyPoints: readabilityOf(keyPoints).grade, body: readabilityOf(body).grade };
}
