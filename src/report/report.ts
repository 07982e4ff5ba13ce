/**
 * A report: what the CLI prints and notebooks can render, independent of the output format.
 * Tables hold display text (already rounded, with units in the headers); the JSON and CSV
 * outputs come from the exact results, not from here.
 */
export interface Report {
  readonly title: string;
  /** Lines under the title: which deal is which, the conventions used. */
  readonly notes: readonly string[];
  readonly tables: readonly ReportTable[];
  /** Plain sentences to close with. */
  readonly sentences: readonly string[];
}

/** One table: a header row and body rows of display text. */
export interface ReportTable {
  readonly title?: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

export interface ReportColumn {
  /** Header text, with the unit where there is one (`'cash ($)'`, `'share (%)'`). */
  readonly label: string;
  readonly align: 'left' | 'right';
  /** Never cut this column to fit a terminal (ids people type; figures are never cut anyway). */
  readonly keep?: boolean;
}
