/** Review-date rules: an article must not be overdue, and its next review is at most three years after the last. */
export const maxReviewYears = 3;

export interface Reviewed {
  lastReviewed: Date;
  nextReview: Date;
}

/** Problems with an article's review dates on a given day, each with its fix; an empty list means the dates are fine. */
export function reviewProblems(article: Reviewed, today: Date): { problem: string; fix: string }[] {
  const problems: { problem: string; fix: string }[] = [];
  const limit = new Date(article.lastReviewed);
  limit.setUTCFullYear(limit.getUTCFullYear() + maxReviewYears);
  if (article.nextReview > limit) {
    problems.push({
      problem: `nextReview ${iso(article.nextReview)} is more than ${maxReviewYears} years after lastReviewed ${iso(article.lastReviewed)}.`,
      fix: `set it to ${iso(limit)} or earlier.`,
    });
  }
  if (article.nextReview < startOfDay(today)) {
    problems.push({
      problem: `the review was due on ${iso(article.nextReview)} and is overdue (today is ${iso(today)}).`,
      fix: 'review the article against current evidence, then update lastReviewed and nextReview.',
    });
  }
  return problems;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
