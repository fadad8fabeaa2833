/** "Report a problem with this page": a mailto: address prefilled with the page, its version and section. */

export interface ProblemReport {
  /** The page's absolute URL. */
  url: string;
  title: string;
  /** Which text the reader saw, e.g. "last reviewed 2026-12-02"; articles only. */
  version?: string;
  /** The section's id, where the report is about one section. */
  section?: string;
}

/** A mailto: URL whose subject names the page and whose body carries its address, version and section. */
export function reportProblemHref(email: string, report: ProblemReport): string {
  const address = report.section ? `${report.url}#${report.section}` : report.url;
  const body = [
    `Page: ${address}`,
    ...(report.version ? [`Version: ${report.version}`] : []),
    ...(report.section ? [`Section: #${report.section}`] : []),
    '',
    'What is wrong, or what could you not use?',
    '',
  ].join('\n');
  return `mailto:${email}?subject=${encodeURIComponent(`Problem on "${report.title}"`)}&body=${encodeURIComponent(body)}`;
}
