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
