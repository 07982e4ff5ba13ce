import type { Report, ReportTable } from './report.ts';

/** Options of {@link renderTable}. */
export interface RenderTableOptions {
  /** ANSI bold headers and dim notes (default `false`; the CLI turns it on for a TTY unless `NO_COLOR`). */
  readonly color?: boolean;
}

/**
 * A report as aligned plain-text tables: the title, the notes, each table with its header
 * underlined and columns padded, then the sentences.
 *
 * @example
 * console.log(renderTable(comparisonReport([compare(a, b)])));
 */
export function renderTable(report: Report, options: RenderTableOptions = {}): string {
  const bold = (s: string): string => (options.color === true ? `\u001b[1m${s}\u001b[22m` : s);
  const dim = (s: string): string => (options.color === true ? `\u001b[2m${s}\u001b[22m` : s);
  const out: string[] = [bold(report.title), ...report.notes.map(dim), ''];
  for (const table of report.tables) {
    if (table.title !== undefined) out.push(bold(table.title));
    out.push(...layout(table, bold), '');
  }
  out.push(...report.sentences);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function layout(table: ReportTable, bold: (s: string) => string): string[] {
  const widths = table.columns.map((c, k) => Math.max(width(c.label), ...table.rows.map((r) => width(r[k] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, k) => (table.columns[k]?.align === 'left' ? padEnd(cell, widths[k]!) : padStart(cell, widths[k]!)))
      .join('  ')
      .trimEnd();
  return [bold(line(table.columns.map((c) => c.label))), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)];
}

// Display width: every code point counts one column, except East Asian wide characters.
function width(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return n;
}

function padStart(text: string, size: number): string {
  return ' '.repeat(Math.max(0, size - width(text))) + text;
}

function padEnd(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}
