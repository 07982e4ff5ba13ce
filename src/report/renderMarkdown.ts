import { readReport, type Report } from './report.ts';

/**
 * A report as GitHub-flavoured Markdown: a heading, the notes as a list, each table as a
 * Markdown table (right-aligned number columns), then the sentences as a paragraph. Pasteable
 * into a note.
 *
 * @example
 * renderMarkdown(comparisonReport([compare(a, b)])).split('\n')[0] //=> "## US position (Oct 2025) against Korea's counter-offer (Oct 2025)"
 */
export function renderMarkdown(report: Report): string {
  readReport(report);
  const escape = (s: string): string => s.replace(/\|/g, '\\|');
  const out: string[] = [`## ${escape(report.title)}`, ''];
  if (report.notes.length > 0) out.push(...report.notes.map((n) => `- ${escape(n)}`), '');
  for (const table of report.tables) {
    if (table.title !== undefined) out.push(`### ${escape(table.title)}`, '');
    out.push(`| ${table.columns.map((c) => escape(c.label)).join(' | ')} |`);
    out.push(`|${table.columns.map((c) => (c.align === 'right' ? '---:' : ':---')).join('|')}|`);
    for (const row of table.rows) out.push(`| ${row.map(escape).join(' | ')} |`);
    out.push('');
  }
  if (report.sentences.length > 0) out.push(report.sentences.join(' '), '');
  return out.join('\n');
}
