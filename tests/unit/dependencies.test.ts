// Supply-chain checks that run offline: which dependencies carry install scripts, and where packages come from.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };

describe('dependencies', () => {
  it('carry install scripts only where reviewed', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, meta]) => meta.hasInstallScript)
      .map(([name]) => name.replace(/^node_modules\//, ''));
    // esbuild's postinstall would fetch its binary if its platform package were missing; npm 11 skips it,
    // and esbuild runs from @esbuild/<platform>, an ordinary optional dependency.
    // vnu-jar's postinstall would download a Java runtime when none is found; npm 11 skips it, and the
    // Nu checker runs on Debian's Java (default-jre-headless, installed by .ci/run).
    expect(withScripts.sort()).toEqual(['esbuild', 'vnu-jar']);
  });

  it('use only the npm registry (no git or tarball URLs that could change under us)', () => {
    const resolved = Object.values(lock.packages)
      .map((meta) => (meta as { resolved?: string }).resolved)
      .filter(Boolean) as string[];
    expect(resolved.filter((url) => !url.startsWith('https://registry.npmjs.org/'))).toEqual([]);
  });
});
