/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A computation the user asked for that cannot be done: one line, exit code 1. */
export class ComputationError extends Error {
  override readonly name = 'ComputationError';
}

export const MAIN_HELP = `dealcalc: exact models and comparisons of trade-and-investment pledges

Usage:
  dealcalc list                         presets: id, party, stage, date, headline, cash share
  dealcalc show <deal>                  one deal's figures
  dealcalc compare <a> <b> [more...]    compare deals; the first is the reference for gaps
  dealcalc sweep --annual A --years N   a grid of cash proposals, one row per combination
  dealcalc schema                       the deal JSON Schema

A <deal> is a preset id (see \`dealcalc list\`), a path to a deal JSON file, - for JSON on
stdin, or a quick proposal in quotes, such as "cash 25B x 8 of 350B".

Options (run \`dealcalc <command> --help\` for each command's):
  --rate R          discount rate(s), repeated or comma-separated: 4.5% or 0.045 (default 3%,4.5%,6%)
  --format F        table (default), markdown, json or csv
  --places N        decimal places shown (default 1)
  --currency C --fx X   also show amounts in currency C at X units per unit of the deal's currency
  --economy E       weigh deals against an economy preset: kr, jp, eu, tw, ch
  --yield Y         assumed yearly cash yield of the invested money, for profit sharing (e.g. 5%)
  --help, -h        help
  --version, -v     version

Exit codes: 0 success; 2 usage or invalid input; 1 a computation that cannot be done.`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  list: `Usage: dealcalc list [--format table|markdown|json|csv]

Lists the presets: id, party, stage, date, headline and cash share.`,
  show: `Usage: dealcalc show <deal> [--rate R] [--format F] [--places N] [--timing start|end] [--currency C --fx X]
                     [--economy E] [--yield Y]

One deal's figures: components, totals and shares by instrument, peak, horizon, present value
at each rate, the outflow period by period, tariff terms, profit sharing, notes and sources.
With --economy, the burden against that economy; with --yield (or loan and guarantee terms in
the deal file), the economic cost to the state and the tariff side.

  dealcalc show kr-2025-11-mou --rate 4.5% --economy kr --yield 5%
  dealcalc show "cash 25B x 8 of 350B"
  dealcalc show deal.json --format json`,
  compare: `Usage: dealcalc compare <a> <b> [more...] [--rate R] [--format F] [--chart FILE.svg]
                        [--instrument I] [--timing start|end] [--places N] [--break-even]
                        [--currency C --fx X] [--economy E] [--yield Y]

Compares deals exactly. Gaps are the first deal minus each other one: headline, each
instrument, cash share in points, peak, horizon and present value at each rate; the
compared instrument (cash unless --instrument) year by year with the gap and its running
total; the break-even discount rate; the level installment over b's horizon with a's value.

  --chart FILE.svg   also write a chart of the outflows and the cumulative gap
  --break-even       print only the break-even rate; exit 1 when there is none

  dealcalc compare kr-2025-10-us-cash-25x8 kr-2025-10-kr-cash-7x10
  dealcalc compare "cash 25B x 8 of 350B" "cash 7B x 10 of 350B" --rate 3%,4.5%,6% --chart k.svg`,
  sweep: `Usage: dealcalc sweep --annual A --years N [--headline H] [--instrument I] [--rate R]
                      [--format F] [--yes]

Builds the proposal "<instrument> <annual> x <years> [of <headline>]" for every combination
and prints one row per combination as it is computed. A and N are a list (5B,10B) or a range
FROM..TO/STEP (5B..25B/5B, 6..12); grids above 10000 rows need --yes.

  dealcalc sweep --annual 5B..25B/5B --years 6..12 --rate 3%,4.5%,6%`,
  schema: `Usage: dealcalc schema

Prints the JSON Schema (draft 2020-12) of the deal JSON format.`,
};
