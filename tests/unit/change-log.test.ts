// Bad change logs: each names the file, the entry, the value and the fix.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertChangeLogArticles, readChangeLogs } from '../../src/lib/trust/change-log.ts';
import '../support/author-message.ts';

const fixture = (name: string) => path.join('tests/fixtures/changes', name);
const read = (name: string) => () => readChangeLogs(fixture(name), '2026-12-03');

describe('a change log', () => {
  it('refuses an entry dated after today', () => {
    expect(read('future')).toTellAuthor(
      'tests/fixtures/changes/future/sample.json: entry 1 is dated 2026-12-04, which is in the future (today is 2026-12-03).\nFix: date an entry on the day the change was published; add it when it is.',
    );
    // The same log is fine once that day has come.
    expect(readChangeLogs(fixture('future'), '2026-12-04').get('sample')).toHaveLength(2);
  });

  it('refuses entries out of order: the log runs newest first', () => {
    expect(read('out-of-order')).toTellAuthor(
      'tests/fixtures/changes/out-of-order/sample.json: entry 2 (2026-12-02) is newer than entry 1 above it (2026-11-25): the log runs newest first.\nFix: move the entry of 2026-12-02 above the one of 2026-11-25.',
    );
  });

  it('refuses two entries on one day, which would share one address', () => {
    expect(read('same-day')).toTellAuthor(/sample\.json: entries 1 and 2 are both dated 2026-12-02\.\nFix: merge them into one entry/);
  });

  it('reports every schema problem of the file at once: a date that does not exist, a yes/no that is not true or false', () => {
    expect(read('invalid')).toTellAuthor(
      /invalid\/sample\.json: entry 1, date: date must be a real day written YYYY-MM-DD \(it is "2026-02-30"\)\.[\s\S]*1 more problem in this file:\n[^\n]*sample\.json: entry 1, conclusionsChanged: conclusionsChanged is required: true if the article now concludes something different, else false/,
    );
  });

  it('must belong to an article', () => {
    const logs = readChangeLogs(fixture('valid'), '2026-12-03');
    expect(() => assertChangeLogArticles(logs, fixture('valid'), ['sample'])).toTellAuthor(
      'tests/fixtures/changes/valid/other.json: there is no article "other" for this change log (articles: sample).\nFix: name the file after the article slug it logs, or remove it with the article.',
    );
  });
});
