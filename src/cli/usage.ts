/** `dealcalc --help`. */
export const MAIN_HELP = `dealcalc: exact models and comparisons of trade-and-investment pledges

Usage:
  dealcalc list                         presets: id, party, stage, date, headline, cash share
  dealcalc show <deal>                  one deal's figures
  dealcalc compare <a> <b> [more...]    compare deals; the first is the reference for differences
  dealcalc sweep --annual A --years N   a grid of proposals, one row per combination
  dealcalc schema                       the deal JSON Schema

A <deal> is a preset id (see \`dealcalc list\`), a path to a deal JSON file, - for JSON on
stdin, or a quick proposal in quotes, such as "cash 25B x 8 of 350B".

Options (run \`dealcalc <command> --help\` for each command's):
  --rate R          yearly discount rate(s), repeated or comma-separated: 4.5% or 0.045
                    (default 3%,4.5%,6%); a bare number above 1 is refused (4.5 would be 450%)
  --format F        table (default), markdown, json or csv
  --places N        decimal places shown (default 1; more where amounts would look alike)
  --currency C --fx X   also show amounts in currency C at X units per unit of the deal's currency
  --economy E       weigh deals against an economy preset: kr, jp, eu, tw, ch
  --yield Y         assumed yearly cash yield of the invested money, for profit sharing (e.g. 5%)
  --fx-path P       currency risk (show, compare): KRW:1400,1450,1500 (a rate per year from
                    year 0, the last holding after) or KRW (the dated rates on record)
  --real I          real terms at constant yearly inflation I (show, compare, sweep): totals in
                    year-0 prices, values at each --rate as a real rate (real rate on real flows)
  --calendar K      show: each date also moved to a business day on calendar K (kr-krx, jp,
                    target, us-nyse, us-settlement, kr-settlement, weekends-only)
  --convention V    how dates move: Following (default), ModifiedFollowing, Preceding,
                    ModifiedPreceding, Unadjusted
  --help, -h        help
  --version, -v     version

Negative values need no "=": --rate -1%.

Exit codes: 0 done; 1 no answer to what was asked (--break-even with no rate from -5% to 50%);
2 a mistake in the command line, a deal file or a proposal (one line naming the argument);
74 an output file could not be written; 70 a bug in dealcalc (please report it).`;
