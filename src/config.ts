/** Site-wide settings: the one place to change the site's name, URL, content folder and default citation style. */
import path from 'node:path';

export const site = {
  name: 'Leaky Gut, Evidence First',
  shortName: 'Leaky Gut Evidence',
  /** Absolute origin used for canonical URLs and citations of the page; override with SITE_URL when deploying. */
  url: process.env.SITE_URL ?? 'https://leaky-gut-evidence.example.org',
  language: 'en-GB',
  publisher: 'Leaky Gut, Evidence First editorial team',
  /**
   * Where "Report a problem with this page" sends mail. The default is a placeholder on the example domain:
   * set REPORT_EMAIL at build time for a deployment.
   */
  reportEmail: process.env.REPORT_EMAIL ?? 'feedback@leaky-gut-evidence.example.org',
} as const;

/** The licence of the site's own text when an article names none (a key of `licences` in lib/trust/licences.ts). */
export const defaultLicence = 'CC-BY-4.0' as const;

/**
 * Which of the two reader styles (`readerStyles` in lib/citations/styles.ts) a page shows until the reader picks one:
 * only the style's kind counts, numbered or author-date (BaseLayout's `data-cite`). A key of `citationStyles`.
 */
export const defaultCitationStyle = 'vancouver' as const;

/**
 * Folder holding articles, references and glossary. Tests point LEAKY_GUT_CONTENT_DIR at fixtures
 * to prove that bad content fails the build.
 */
export const contentDir = path.resolve(process.env.LEAKY_GUT_CONTENT_DIR ?? 'content');

/** Astro's cache folder, kept between builds; rendered Open Graph cards are stored in its og/ folder. */
export const cacheDir = path.resolve(process.env.LEAKY_GUT_CACHE_DIR ?? 'node_modules/.astro');
