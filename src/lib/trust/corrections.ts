/** The public corrections log: every correction in the articles' change logs, newest first. */
import type { ChangeLogs } from './change-log.ts';

export interface CorrectionRow {
  date: string;
  /** The article's slug. */
  article: string;
  wrong: string;
  changed: string;
  conclusionsChanged: boolean;
}

/** Corrections from all change logs, newest day first, articles in the order given within a day. */
export function correctionsLog(logs: ChangeLogs, articleOrder: readonly string[]): CorrectionRow[] {
  const rows = [...logs].flatMap(([article, entries]) =>
    entries.flatMap((entry) =>
      entry.corrections.map((c) => ({ date: entry.date, article, wrong: c.wrong, changed: c.changed, conclusionsChanged: entry.conclusionsChanged })),
    ),
  );
  const rank = (slug: string) => articleOrder.indexOf(slug);
  return rows.sort((a, b) => b.date.localeCompare(a.date) || rank(a.article) - rank(b.article));
}
