/**
 * dealcalc: exact models of trade-and-investment pledges and exact comparison of proposals.
 *
 * The public API, by domain. Nothing here runs at import time.
 */

// Errors and outcomes
export { DealcalcError, ERROR_CODES, isDealcalcError, formatPath } from './errors/DealcalcError.ts';
export type {
  ErrorCode,
  ErrorDataByCode,
  Issue,
  PathSegment,
  DealcalcErrorOf,
  DealcalcErrorJson,
  DealcalcErrorConstructor,
} from './errors/DealcalcError.ts';
export type { Outcome } from './errors/outcome.ts';

// Money
export { decimal, isDecimal, toPlainString, PRECISION } from './money/decimal.ts';
export type { Decimal, DecimalInput, DecimalOptions } from './money/decimal.ts';
export { amount, safeAmount, isAmount, currencyCode } from './money/amount.ts';
export type { Amount, AmountInput, AmountOptions } from './money/amount.ts';
export { CURRENCY_CODES, CURRENCY_SYMBOLS, DEFAULT_CURRENCY, isCurrencyCode } from './money/currency.ts';
export type { CurrencyCode } from './money/currency.ts';
export { formatAmount } from './money/format.ts';
export type { FormatAmountOptions, AmountUnit } from './money/format.ts';
export { formatPercent } from './money/formatPercent.ts';
export { convert } from './money/convert.ts';
export type { ConversionRate, ConvertedAmount } from './money/convert.ts';
export type { FormatPercentOptions } from './money/formatPercent.ts';
export { ROUNDING_MODES } from './money/rounding.ts';
export type { RoundingMode } from './money/rounding.ts';
export { SHORTHAND_HELP } from './money/shorthand.ts';
export { decimalSchema, amountSchema, amountTextSchema, currencySchema } from './schemas.ts';
export type { DealcalcSchema } from './schemas.ts';
export type { TextAmount, AmountJson } from './money/schema.ts';

// Calendar dates
export {
  addMonths,
  daysBetween,
  isLeapYear,
  daysInMonth,
  parseIsoDate,
  isoDate,
  MIN_YEAR,
  MAX_YEAR,
} from './dates/calendarDate.ts';
export type { IsoDate, DateInput, CivilDate, AddMonthsOptions } from './dates/calendarDate.ts';
export { isoDateSchema } from './schemas.ts';

// Schedules
export { FREQUENCIES, periodsPerYear, monthsPerPeriod } from './schedules/frequency.ts';
export type { Frequency } from './schedules/frequency.ts';
export { MAX_INSTALLMENTS, MAX_PERIOD, periodDate } from './schedules/schedule.ts';
export type { Installment, Schedule, ScheduleOptions } from './schedules/schedule.ts';
export { lumpSum } from './schedules/lumpSum.ts';
export { installments } from './schedules/installments.ts';
export { spread } from './schedules/spread.ts';
export type { SpreadOptions } from './schedules/spread.ts';
export { capped } from './schedules/capped.ts';
export { scheduleOf } from './schedules/scheduleOf.ts';
export type { InstallmentInput } from './schedules/scheduleOf.ts';
export { total, amountIn, horizon } from './schedules/total.ts';
export { periodTable, cumulative } from './schedules/periodTable.ts';
export type { PeriodRow, PeriodRange } from './schedules/periodTable.ts';
export { shift } from './schedules/shift.ts';
export { scale } from './schedules/scale.ts';
export { merge } from './schedules/merge.ts';
export { align } from './schedules/align.ts';
export type { AlignedRow } from './schedules/align.ts';
export { scheduleSchema } from './schemas.ts';
export { parseSchedule, safeParseSchedule } from './schedules/schema.ts';
export { serializeSchedule } from './schedules/serialize.ts';
export type { ScheduleJson } from './schedules/schema.ts';
export { scheduleRecipeSchema } from './schemas.ts';
export type { ScheduleRecipeJson } from './schedules/recipe.ts';
export type {
  SerializedScheduleJson,
  InstallmentJson,
  ScheduleAxisJson,
  RecipeTimingJson,
  LumpSumJson,
  InstallmentsJson,
  SpreadJson,
  CappedJson,
  ScheduleRecipe,
} from './schedules/json.ts';

// Deals
export { INSTRUMENTS, GOVERNMENT_INSTRUMENTS } from './deals/instrument.ts';
export type { Instrument } from './deals/instrument.ts';
export { STAGES } from './deals/stage.ts';
export type { Stage } from './deals/stage.ts';
export type {
  Deal,
  Component,
  Source,
  TariffTerms,
  SectorTariff,
  ProfitSharingRule,
  ProfitTier,
  RecoveryTarget,
} from './deals/deal.ts';
export type {
  TariffBasis,
  TariffRate,
  TariffLine,
  TariffEvent,
  DealRecord,
  RecordEntry,
  Milestone,
} from './deals/deal.ts';
export { TARIFF_BASES } from './deals/deal.ts';
export { summarize } from './deals/summarize.ts';
export type { DealSummary } from './deals/summarize.ts';
export { dealSchema } from './schemas.ts';
export { parseDeal, safeParseDeal, dealJsonSchema } from './deals/schema.ts';
export type { DealJson } from './deals/schema.ts';
export type {
  SourceJson,
  ComponentJson,
  ProfitSharingJson,
  ProfitTierJson,
  RecoveryTargetJson,
  TariffJson,
  TariffLineJson,
  SectorTariffJson,
  TariffRateJson,
  TariffEventJson,
  RecordJson,
  RecordEntryJson,
  MilestoneJson,
} from './deals/json.ts';
export { serializeDeal } from './deals/serialize.ts';
export { deal } from './deals/build.ts';
export type { DealInput, DealOptions, LooseJson, ComponentInput } from './deals/build.ts';
export { proposal, safeProposal } from './deals/proposal.ts';
export { formatProposal } from './deals/formatProposal.ts';
export { UNALLOCATED_LABEL } from './deals/unallocated.ts';
export type { ProposalOptions } from './deals/proposal.ts';

// Metrics and comparison
export { metrics } from './compare/metrics.ts';
export type { DealMetrics, StreamMetrics, DealPeriodRow, MetricsOptions, RateValue } from './compare/metrics.ts';
export { compare } from './compare/compare.ts';
export type { Comparison, CompareOptions, InstrumentGap, ComparedPeriod, LevelInstallment } from './compare/compare.ts';
export type { BreakEven } from './compare/breakEven.ts';
export { dealName, possessive, sensibleBreakEven, BREAK_EVEN_RANGE } from './compare/sentences.ts';
export type { SensibleBreakEven } from './compare/sentences.ts';
export type { DiscountConvention } from './value/convention.ts';
export { DEFAULT_RATES } from './value/rates.ts';
export { sweep, range, SWEEP_TABLE_LIMIT } from './compare/sweep.ts';
export type { Grid, Combination, Sweep, SweepRow } from './compare/sweep.ts';
export type { ScenarioGrid, ScenarioOptions, ScenarioParams, ScenarioRow, ScenarioSweep } from './compare/scenarios.ts';

// Presets
export { PRESET_IDS, presets, presetDeal, presetJson } from './presets/presets.ts';
export type { PresetId, PresetSummary } from './presets/presets.ts';

// Reports
export { comparisonReport } from './report/compareReport.ts';
export { metricsReport } from './report/metricsReport.ts';
export type { MetricsReportOptions } from './report/metricsReport.ts';
export type { PaymentDayOptions } from './report/paymentDays.ts';
export { renderTable } from './report/renderTable.ts';
export type { RenderTableOptions } from './report/renderTable.ts';
export { renderMarkdown } from './report/renderMarkdown.ts';
export { comparisonCsv, metricsCsv, csvLine } from './report/csv.ts';
export { toJson } from './report/json.ts';
export type { Report, ReportTable, ReportColumn } from './report/report.ts';
export type { ReportOptions } from './report/format.ts';
export { toRecords } from './report/records.ts';
export type { PlainRecord, PlainValue, SweepLikeRow } from './report/records.ts';

// Time value of money
export { readRate } from './value/rate.ts';
export { convertRate } from './value/convertRate.ts';
export type { RateBasis } from './value/convertRate.ts';
export { npv } from './value/npv.ts';
export type { NpvOptions, NpvResult } from './value/npv.ts';
export { xnpv } from './value/xnpv.ts';
export type { XnpvOptions, XnpvResult } from './value/xnpv.ts';
export { irr, safeIrr } from './value/irr.ts';
export type { IrrOptions } from './value/irr.ts';
export { xirr, safeXirr } from './value/xirr.ts';
export type { XirrOptions } from './value/xirr.ts';
export { mirr } from './value/mirr.ts';
export type { MirrOptions } from './value/mirr.ts';
export { pmt, pv, fv, nper } from './value/annuity.ts';
export type { Due, PmtOptions, PvOptions, FvOptions, NperOptions } from './value/annuity.ts';
export { annuityRate, safeAnnuityRate } from './value/annuityRate.ts';
export type { AnnuityRateOptions } from './value/annuityRate.ts';
export { SEARCH_LOW, SEARCH_HIGH, TOLERANCE, MAX_ITERATIONS } from './value/findRate.ts';
export { MAX_FLOWS } from './value/flowsInput.ts';
export { yearFraction, dayCountFraction, DAY_COUNTS } from './value/dayCount.ts';
export type { DayCount, DayCountFraction } from './value/dayCount.ts';
export { dateSequence, datedFlows } from './value/datedFlows.ts';
export type { DatedFlow, DatedFlowInput, DateSequenceOptions } from './value/datedFlows.ts';

// Instrument economics
export { loanTermsSchema, guaranteeTermsSchema } from './schemas.ts';
export type { LoanTerms, LoanTermsJson, GuaranteeTerms, GuaranteeTermsJson, Amortization } from './deals/terms.ts';
export { loanFlows } from './economics/loanFlows.ts';
export type { LoanFlows, LoanFlowRow, LoanSubsidy } from './economics/loanFlows.ts';
export { guaranteeFlows } from './economics/guaranteeFlows.ts';
export type { GuaranteeFlows, GuaranteeFlowRow, GuaranteeCost } from './economics/guaranteeFlows.ts';
export { shareReturns } from './economics/shareReturns.ts';
export type { SharedReturns, ReturnsRow, ProjectAssumption, ShareReturnsOptions } from './economics/shareReturns.ts';
export { economicCost, DEFAULT_CASH_EQUIVALENT_WEIGHTS } from './economics/economicCost.ts';
export type { EconomicCost, EconomicCostOptions, CostAtRate, CostLine } from './economics/economicCost.ts';
export { economySchema } from './schemas.ts';
export { parseEconomy, safeParseEconomy } from './economics/economy.ts';
export { ECONOMY_FIGURES } from './economics/economyFigures.ts';
export type { Economy, EconomyJson, EconomyFigure, EconomyFigureName } from './economics/economy.ts';
export type {
  FigureKind,
  EconomyFigureJson,
  EconomyFxJson,
  EconomyFxRate,
  ParsedEconomyJson,
  ParsedEconomyFigureJson,
} from './economics/economy.ts';
export { burden } from './economics/burden.ts';
export type { Burden, BurdenOptions, Ratio, AbilityToPay, DiscountedPledge } from './economics/burden.ts';
export { tariffSavings } from './economics/tariffSavings.ts';
export type { TariffSavings, TariffSavingsOptions, TariffYear, TariffSavingsLine } from './economics/tariffSavings.ts';
export { delivery } from './economics/delivery.ts';
export type { Delivery, DeliveryLine, DeliveryOptions } from './economics/delivery.ts';
export { ECONOMY_IDS, economyPreset, FX_PRESET_IDS, fxPreset } from './presets/economies.ts';
export type { FxPreset, EconomyId, FxPresetId } from './presets/economies.ts';

// Money over time: allocation, business-day calendars, FX paths, real terms
export { allocate, ALLOCATION_METHODS, MAX_RATIOS } from './money/allocate.ts';
export type { AllocateOptions, AllocationMethod } from './money/allocate.ts';
export { weighted } from './schedules/weighted.ts';
export type { WeightedOptions, PeriodWeight } from './schedules/weighted.ts';
export { CALENDAR_IDS, DEFAULT_CALENDAR, calendarInfo } from './dates/calendar.ts';
export type { CalendarId, CalendarInfo } from './dates/calendar.ts';
export {
  BUSINESS_DAY_CONVENTIONS,
  MAX_BUSINESS_DAYS,
  isBusinessDay,
  isHoliday,
  holidays,
  adjust,
  addBusinessDays,
  businessDaysBetween,
  lastBusinessDayOfMonth,
} from './dates/businessDays.ts';
export type {
  BusinessDayConvention,
  CalendarOptions,
  AdjustOptions,
  HolidaysOptions,
  BusinessDaysBetweenOptions,
  Holiday,
} from './dates/businessDays.ts';
export type { RollOptions } from './dates/rollMonths.ts';
export { fxPath, isFxPath, fxRateAt } from './money/fxPath.ts';
export type {
  FxPath,
  FxPathInput,
  FxRatePoint,
  FxPeriodRateInput,
  FxDatedRateInput,
  FxExposure,
} from './money/fxPath.ts';
export type { ConvertOptions } from './money/convert.ts';
export { convertSchedule } from './schedules/convertSchedule.ts';
export { currencyRisk } from './schedules/currencyRisk.ts';
export { fxPresetPath } from './presets/fxPath.ts';
export { cpiPath, deflate, realNpv, realRate, nominalRate } from './value/realTerms.ts';
export type {
  CpiPath,
  CpiPathInput,
  CpiPoint,
  DeflateOptions,
  FlowsInput,
  RealFlow,
  RealFlows,
  RealTermsConvention,
  RealNpvOptions,
  RealNpvResult,
} from './value/realTerms.ts';
