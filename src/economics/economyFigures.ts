// The names of an economy's figures, apart from economy.ts so that code which only needs the
// names (the trusted builder of the economy presets) does not load its zod schemas.

/** The figures an economy is measured by, in {@link Economy.figures}. */
export const ECONOMY_FIGURES = [
  'gdp',
  'fxReserves',
  'currentAccount',
  'exportsToCounterparty',
  'fxTurnoverDaily',
  'reserveIncome',
  'outwardFdi',
  'imports',
  'foreignAssets',
] as const;

/**
 * One of {@link ECONOMY_FIGURES}. Each figure is stated with its own unit, period and kind
 * ({@link FigureKind}); the usual kinds are:
 *
 * - `gdp`: gross domestic product, a yearly flow;
 * - `fxReserves`: official foreign-exchange reserves, a stock;
 * - `currentAccount`: the current-account balance, a yearly flow (a surplus is positive);
 * - `exportsToCounterparty`: goods exports to the counterparty (the United States), a yearly flow;
 * - `fxTurnoverDaily`: foreign-exchange market turnover, a daily flow;
 * - `reserveIncome`: income earned on the reserves, a yearly flow;
 * - `outwardFdi`: outward direct investment, a yearly flow;
 * - `imports`: goods imports, a yearly flow;
 * - `foreignAssets`: external financial assets, reserves included, a stock.
 */
export type EconomyFigureName = (typeof ECONOMY_FIGURES)[number];
