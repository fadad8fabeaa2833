// Frozen versions: their addresses, and what the build says about a version folder or file that is wrong.
import { describe, expect, it } from 'vitest';
import { isVersionPath, parseVersionIds, versionPath } from '../../src/lib/articles/versions.ts';
import '../support/author-message.ts';

const dir = 'content/versions';

describe('versions', () => {
  it('live at /articles/<slug>/v/<date>/, newest first per article', () => {
    expect(versionPath('causes', '2026-12-03')).toBe('/articles/causes/v/2026-12-03/');
    expect(isVersionPath('/articles/causes/v/2026-12-03/')).toBe(true);
    expect(isVersionPath('/articles/causes/')).toBe(false);
    expect(parseVersionIds(['causes/2026-11-25', 'causes/2026-12-03', 'overview/2026-12-02'], dir, ['causes', 'overview'], '2026-12-03')).toEqual([
      { slug: 'causes', date: '2026-12-03' },
      { slug: 'causes', date: '2026-11-25' },
      { slug: 'overview', date: '2026-12-02' },
    ]);
  });

  it('refuses a version folder without a matching article, naming the file, the folder and the fix', () => {
    expect(() => parseVersionIds(['cause/2026-12-03'], dir, ['causes', 'overview'], '2026-12-03')).toTellAuthor(
      'content/versions/cause/2026-12-03.mdx: the folder "cause" matches no article (articles: causes, overview).\nFix: name the folder after the slug of the article this is a version of.',
    );
  });

  it('refuses a file name that is not a real day, or a day still to come, all at once', () => {
    expect(() => parseVersionIds(['causes/2026-02-30', 'causes/2027-01-01'], dir, ['causes'], '2026-12-03')).toTellAuthor(
      /causes\/2026-02-30\.mdx: "2026-02-30" is not a day written YYYY-MM-DD\.[\s\S]*1 more problem:\n[^\n]*causes\/2027-01-01\.mdx: the version is dated 2027-01-01, which is in the future/,
    );
  });
});
