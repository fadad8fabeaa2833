/**
 * Articles' change logs: read content/changes/<slug>.json, validate each with its zod schema, and refuse an
 * entry dated in the future, entries out of order (the log runs newest first) and two entries on one day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentErrors } from '../content/errors.ts';
import { readText } from '../citations/read-text.ts';
import { changeLogSchema, type ChangeEntry } from '../../schemas/change-log.ts';

export type ChangeLogs = Map<string, ChangeEntry[]>;

interface Problem {
  file: string;
  problem: string;
  fix: string;
}

/** The id of an entry's place on its article page and in the feed: one entry per day, so the day names it. */
export function changeAnchor(date: string): string {
  return `changes-${date}`;
}

/** Today's date in UTC, written YYYY-MM-DD; LEAKY_GUT_TODAY sets it (tests). */
export function today(): string {
  return process.env.LEAKY_GUT_TODAY ?? new Date().toISOString().slice(0, 10);
}

/** The problems of one parsed log: dates after `now`, entries out of order, two entries on one day. */
export function changeLogProblems(file: string, entries: readonly ChangeEntry[], now: string): Problem[] {
  const problems: Problem[] = [];
  entries.forEach((entry, i) => {
    const n = i + 1;
    if (entry.date > now) {
      problems.push({
        file,
        problem: `entry ${n} is dated ${entry.date}, which is in the future (today is ${now}).`,
        fix: 'date an entry on the day the change was published; add it when it is.',
      });
    }
    const above = entries[i - 1];
    if (above && entry.date > above.date) {
      problems.push({
        file,
        problem: `entry ${n} (${entry.date}) is newer than entry ${n - 1} above it (${above.date}): the log runs newest first.`,
        fix: `move the entry of ${entry.date} above the one of ${above.date}.`,
      });
    }
    if (above && entry.date === above.date) {
      problems.push({
        file,
        problem: `entries ${n - 1} and ${n} are both dated ${entry.date}.`,
        fix: 'merge them into one entry: a day has one entry, which readers link to.',
      });
    }
  });
  return problems;
}

/** Reads and checks every change log in `dir` (none if the folder is absent); throws one error per bad file. */
export function readChangeLogs(dir: string, now: string = today()): ChangeLogs {
  const logs: ChangeLogs = new Map();
  if (!fs.existsSync(dir)) return logs;
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!name.endsWith('.json')) {
      throw contentErrors([
        {
          file,
          problem: 'is not a .json file: change logs are read from content/changes/<article slug>.json only.',
          fix: 'rename it to <slug>.json or move it out of the folder.',
        },
      ]);
    }
    let data: unknown;
    try {
      data = JSON.parse(readText(file));
    } catch (error) {
      throw contentErrors([
        {
          file,
          problem: `is not valid JSON (${(error as Error).message}).`,
          fix: 'write an array of entries: [{ "date": "2026-12-03", "summary": "...", "conclusionsChanged": false }].',
        },
      ]);
    }
    const parsed = changeLogSchema.safeParse(data);
    if (!parsed.success) {
      throw contentErrors(
        parsed.error.issues.map((issue) => ({
          file,
          problem: `${issue.path.length > 0 ? `entry ${Number(issue.path[0]) + 1}${issue.path.length > 1 ? `, ${issue.path.slice(1).join('.')}` : ''}: ` : ''}${issue.message}.`,
          fix: 'each entry is { "date": "YYYY-MM-DD", "summary": "what changed", "conclusionsChanged": true|false, "corrections": [{ "wrong": "...", "changed": "..." }] } (corrections optional).',
        })),
      );
    }
    const problems = changeLogProblems(file, parsed.data, now);
    if (problems.length > 0) throw contentErrors(problems);
    logs.set(name.replace(/\.json$/, ''), parsed.data);
  }
  return logs;
}

/** Throws, naming the file, when a change log belongs to no article. */
export function assertChangeLogArticles(logs: ChangeLogs, dir: string, articleIds: readonly string[]): void {
  const problems: Problem[] = [...logs.keys()]
    .filter((slug) => !articleIds.includes(slug))
    .map((slug) => ({
      file: path.join(dir, `${slug}.json`),
      problem: `there is no article "${slug}" for this change log (articles: ${articleIds.join(', ')}).`,
      fix: 'name the file after the article slug it logs, or remove it with the article.',
    }));
  if (problems.length > 0) throw contentErrors(problems);
}
