import { invalidAt, type PathSegment } from '../errors/DealcalcError.ts';
import { checkShape, type Shape } from './shapes.ts';

const REPORT: Shape = {
  title: 's',
  notes: ['s'],
  tables: [{ 'title?': 's', columns: [{ label: 's', align: 's' }], rows: [['s']] }],
  sentences: ['s'],
};

/**
 * A report: what the CLI prints and notebooks can render, independent of the output format.
 * Tables hold display text (already rounded, with units in the headers); the JSON and CSV
 * outputs come from the exact results, not from here.
 */
export interface Report {
  /** Heading: what is compared or shown (`"US position (Oct 2025) against Korea's counter-offer (Oct 2025)"`). */
  readonly title: string;
  /** Lines under the title: which deal is which, the conventions used. */
  readonly notes: readonly string[];
  /** The tables, in the order to show them. */
  readonly tables: readonly ReportTable[];
  /** Plain sentences to close with. */
  readonly sentences: readonly string[];
}

/** One table: a header row and body rows of display text. */
export interface ReportTable {
  /** Caption above the table, when it has one. */
  readonly title?: string;
  /** The header row: one entry per column. */
  readonly columns: readonly ReportColumn[];
  /** Body rows of display text, each with one cell per column (figures already rounded and formatted). */
  readonly rows: ReadonlyArray<readonly string[]>;
}

/** One column of a {@link ReportTable}: its header and how its cells line up. */
export interface ReportColumn {
  /** Header text, with the unit where there is one (`'cash ($)'`, `'share (%)'`). */
  readonly label: string;
  /** `'right'` for figures (so digits line up), `'left'` for text. */
  readonly align: 'left' | 'right';
  /** Never cut this column to fit a terminal (ids people type; figures are never cut anyway). */
  readonly keep?: boolean;
}

/**
 * Front door of a {@link Report} argument: title and lists where the renderers read them, every
 * table with its columns and rows.
 *
 * @throws {DealcalcError} `invalid_input` at the first field that is not what a report has (a
 *   note, column label or cell that is not text, say).
 */
export function readReport(value: unknown, path: readonly PathSegment[] = ['report']): Report {
  const hint = 'a report (from comparisonReport() or metricsReport())';
  const r = value as Partial<Record<keyof Report, unknown>> | null;
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return invalidAt(path, hint, value);
  if (typeof r.title !== 'string') return invalidAt([...path, 'title'], 'text', r.title);
  for (const key of ['notes', 'tables', 'sentences'] as const)
    if (!Array.isArray(r[key])) invalidAt([...path, key], 'a list', r[key]);
  (r.tables as unknown[]).forEach((t: unknown, k: number) => {
    const table = t as { columns?: unknown; rows?: unknown } | null;
    if (typeof table !== 'object' || table === null || !Array.isArray(table.columns) || !Array.isArray(table.rows))
      invalidAt([...path, 'tables', k], 'a table { columns, rows }', t);
  });
  // Then the values the renderers read: text, columns with a label, rows of text cells.
  checkShape(r, REPORT, path);
  return value as Report;
}
