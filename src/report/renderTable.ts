import { optionsObject } from '../errors/options.ts';
import { readReport, type Report, type ReportTable } from './report.ts';

/** Options of {@link renderTable}. */
export interface RenderTableOptions {
  /** ANSI bold headers and dim notes (default `false`; the CLI turns it on for a TTY unless `NO_COLOR`). */
  readonly color?: boolean;
  /**
   * Fit the output to this many columns (a terminal's width): text columns (titles, names) and
   * long headers are cut with `…`, figures never; notes and sentences wrap at spaces. Default:
   * no limit, every cell in full (what the CLI does when its output is piped).
   */
  readonly width?: number;
}

/**
 * A report as aligned plain-text tables: the title, the notes, each table with its header
 * underlined and columns padded, then the sentences. Give `width` to fit a terminal.
 *
 * @example
 * renderTable({ title: 'T', notes: [], sentences: [], tables: [{ columns: [{ label: 'deal', align: 'left' }, { label: 'cash', align: 'right' }], rows: [['Korea MOU', '$200.0B']] }] })
 * //=> 'T\n\ndeal          cash\n---------  -------\nKorea MOU  $200.0B\n'
 */
export function renderTable(report: Report, options: RenderTableOptions = {}): string {
  readReport(report);
  options = optionsObject(options);
  const bold = (s: string): string => (options.color === true ? `\u001b[1m${s}\u001b[22m` : s);
  const dim = (s: string): string => (options.color === true ? `\u001b[2m${s}\u001b[22m` : s);
  const wrap = (s: string): string[] => (options.width === undefined ? [s] : wrapText(s, options.width));
  const out: string[] = [...wrap(report.title).map(bold), ...report.notes.flatMap(wrap).map(dim), ''];
  for (const table of report.tables) {
    if (table.title !== undefined) out.push(...wrap(table.title).map(bold));
    out.push(...layout(table, bold, options.width), '');
  }
  out.push(...report.sentences.flatMap(wrap));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function layout(table: ReportTable, bold: (s: string) => string, limit: number | undefined): string[] {
  const content = table.columns.map((_, k) => Math.max(0, ...table.rows.map((r) => width(r[k] ?? ''))));
  const widths = table.columns.map((c, k) => Math.max(width(c.label), content[k]!));
  if (limit !== undefined) fit(widths, table, content, limit);
  const line = (cells: readonly string[]): string =>
    cells
      .map((raw, k) => {
        const cell = cut(raw, widths[k]!);
        return table.columns[k]?.align === 'left' ? padEnd(cell, widths[k]!) : padStart(cell, widths[k]!);
      })
      .join('  ')
      .trimEnd();
  return [
    bold(line(table.columns.map((c) => c.label))),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...table.rows.map(line),
  ];
}

// Narrows columns until the table fits: first headers longer than their column's cells (down
// to the widest cell), then text columns not marked `keep` (down to 12 characters), widest first, one character
// at a time. Figures are never cut.
function fit(widths: number[], table: ReportTable, content: readonly number[], limit: number): void {
  let total = widths.reduce((a, w) => a + w, 0) + 2 * Math.max(0, widths.length - 1);
  const phases = [
    table.columns.map((_, k) => Math.max(content[k]!, Math.min(8, widths[k]!))),
    table.columns.map((c, k) => (c.align === 'left' && c.keep !== true ? Math.min(12, widths[k]!) : widths[k]!)),
  ];
  for (const floor of phases) {
    while (total > limit) {
      let pick = -1;
      widths.forEach((w, k) => {
        if (w > floor[k]! && (pick === -1 || w > widths[pick]!)) pick = k;
      });
      if (pick === -1) break;
      widths[pick]! -= 1;
      total -= 1;
    }
  }
}

function wrapText(text: string, limit: number): string[] {
  if (width(text) <= limit) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && width(current) + 1 + width(word) > limit) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

// Cuts text to `size` display columns, ending with … when anything was cut.
function cut(text: string, size: number): string {
  if (width(text) <= size) return text;
  // One pass, keeping the running width (measuring the kept text per character was quadratic).
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = width(ch);
    if (used + w > size - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
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
