/**
 * `_headers` rules giving each citation download its registered media type, so a reference manager or
 * browser opens a .bib, .ris or CSL-JSON file as what it is. Kept apart from the security headers
 * (headers.ts): these depend on which downloads the build wrote, those on nothing but the policy.
 */
import { exportFormats, type ExportFormat } from '../citations/export-formats.ts';

/**
 * One rule per download among `files` (paths in the built site, with "/" separators): every X.bib and
 * the X.ris and X.json written beside it. Other .json files (search data, author-date lists) are not
 * citation downloads and keep the host's default type.
 */
export function downloadTypeRules(files: readonly string[]): string {
  const present = new Set(files.map((file) => `/${file.replace(/^\/+/, '')}`));
  const stems = [...present]
    .filter((file) => file.endsWith('.bib'))
    .map((file) => file.slice(0, -'.bib'.length))
    .sort();
  return stems
    .flatMap((stem) =>
      (Object.keys(exportFormats) as ExportFormat[])
        .filter((ext) => present.has(`${stem}.${ext}`))
        .map((ext) => `\n${stem}.${ext}\n  Content-Type: ${exportFormats[ext].mime}; charset=utf-8\n`),
    )
    .join('');
}
