/**
 * Builds a fixture content folder (tests/fixtures/sites/<name>) with the real `astro build`, several at once. Astro writes
 * a build's content modules, collections and types to `.astro/` in the project root, and no setting moves it, so two
 * builds in one root would read each other's content. Each build therefore runs in a root of its own: a temporary folder
 * holding copies of what a build reads and links to the installed packages, so it touches nothing of the project's
 * (`.astro/`, `dist/`, `node_modules/.astro/` or `node_modules/.vite/`), and `npm run build` can run beside it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './run-node.ts';

// What a build reads from the project besides its content and packages, copied into each root (.gitignore: Tailwind's
// class scan skips what it lists).
const projectFiles = ['astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore', 'src', 'public', 'scripts/astro.mjs'];

/** Where the fixture content folders are, relative to the project root and to each build root alike. */
export const fixtureSites = 'tests/fixtures/sites';

/** The day review dates and change logs are judged on, so that the fixtures never fall due. */
export const fixtureToday = '2026-12-03';

export interface FixtureBuild {
  /** The exit status of `node scripts/astro.mjs build`. */
  status: number | null;
  /** Standard output, then standard error: what the author reads. */
  output: string;
  /** The build's output folder: before the build it holds a stale index.html, as if left by an earlier build. */
  outDir: string;
}

/**
 * What Vitest and Vite put in a test's environment (its mode, `import.meta.env` and worker ids). A child inherits them,
 * and `NODE_ENV=test` or `PROD=` would make the fixture build a development build (no CSP meta tag, for one): left out,
 * so the build is the one `npm run build` makes.
 */
const testRunnerEnv = [
  'NODE_ENV',
  'TEST',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'FORCE_TTY',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'BASE_URL',
  'SITE',
  'ASSETS_PREFIX',
];

const project = fileURLToPath(new URL('../../', import.meta.url));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leaky-gut-builds-'));
const freeRoots: string[] = [];
let rootCount = 0;

/** A build root: the project's build inputs copied, and its own node_modules folder of links to each installed package. */
function makeRoot(): string {
  const root = path.join(work, `root-${++rootCount}`);
  for (const file of projectFiles) fs.cpSync(path.join(project, file), path.join(root, file), { recursive: true });
  // Links, not the folder itself: Vite keeps its cache in the root's node_modules/.vite, which must be the root's own.
  const modules = path.join(project, 'node_modules');
  fs.mkdirSync(path.join(root, 'node_modules'));
  for (const name of fs.readdirSync(modules).filter((entry) => !entry.startsWith('.')))
    fs.symlinkSync(path.join(modules, name), path.join(root, 'node_modules', name), 'junction');
  return root;
}

/**
 * Builds the fixture site `name` in a root no other build is using (a free one, or a new one), with its own output and
 * cache folders. The fixture is copied to the same relative path in the root, so messages name its files as they would
 * in the project (`tests/fixtures/sites/<name>/articles/sample.mdx:16:3`).
 */
export async function buildFixture(name: string): Promise<FixtureBuild> {
  const root = freeRoots.pop() ?? makeRoot();
  try {
    // Nothing of the root's previous build may be read by this one.
    for (const leftover of ['.astro', 'tests']) fs.rmSync(path.join(root, leftover), { recursive: true, force: true });
    fs.cpSync(path.join(project, fixtureSites, name), path.join(root, fixtureSites, name), { recursive: true });
    const own = fs.mkdtempSync(path.join(work, `${name}-`));
    const outDir = path.join(own, 'dist');
    // A site left from an earlier good build must not survive a failed one.
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, 'index.html'), '<p>stale</p>');
    const { status, output } = await runNode(['scripts/astro.mjs', 'build'], {
      cwd: root,
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !testRunnerEnv.includes(key))),
        LEAKY_GUT_CONTENT_DIR: path.join(fixtureSites, name),
        LEAKY_GUT_OUT_DIR: outDir,
        LEAKY_GUT_CACHE_DIR: path.join(own, 'cache'),
        LEAKY_GUT_TODAY: fixtureToday,
        NO_COLOR: '1',
      },
    });
    return { status, output, outDir };
  } finally {
    freeRoots.push(root);
  }
}

/** Removes every root and output folder (in afterAll, once the file's builds are done). */
export function removeFixtureBuilds(): void {
  fs.rmSync(work, { recursive: true, force: true });
}
