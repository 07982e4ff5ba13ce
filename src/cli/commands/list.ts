import { metrics } from '../../compare/metrics.ts';
import { toPlainString } from '../../money/decimal.ts';
import { presetDeal, presets } from '../../presets/presets.ts';
import { cellFormat, NONE } from '../../report/format.ts';
import { toJson } from '../../report/json.ts';
import { csvLine } from '../../report/csv.ts';
import { onlyFlags } from '../args.ts';
import { noArguments, render, type Command } from '../common.ts';
import { readFormat, readPlaces } from '../values.ts';

const FLAGS = ['format', 'places'] as const;

/** `dealcalc list`: the presets. */
export const listCommand: Command = {
  flags: FLAGS,
  help: `Usage: dealcalc list [--format table|markdown|json|csv] [--places N]

Lists the presets: id, stage, headline, cash share ("–" for a deal with no cash part) and
title; csv and json add party and date. On a terminal, titles are cut to fit its width;
piped, they print in full.`,
  run(args, parsed, io) {
    onlyFlags('list', parsed, FLAGS);
    noArguments('list', args);
    const format = readFormat(parsed.flags.format);
    const places = readPlaces(parsed.flags.places);
    const rows = presets().map((p) => {
      const m = metrics(presetDeal(p.id), { rates: [] });
      return { ...p, cashShare: m.instruments.cash.total.isZero() ? null : m.cashShare };
    });
    if (format === 'json') return { out: `${toJson(rows)}\n` };
    if (format === 'csv') {
      const lines = [
        ['id', 'party', 'stage', 'date', 'currency', 'headline', 'cash share', 'title'],
        ...rows.map((r) => [
          r.id,
          r.party ?? '',
          r.stage ?? '',
          r.date ?? '',
          r.currency,
          toPlainString(r.headline),
          r.cashShare === null ? '' : toPlainString(r.cashShare),
          r.title,
        ]),
      ];
      return { out: lines.map(csvLine).join('\n') + '\n' };
    }
    // One unit for the headline column per currency, so $1,350B and $1,390B read apart.
    const f = (currency: (typeof rows)[number]['currency']) =>
      cellFormat(currency, places === undefined ? {} : { places });
    const scales = new Map(
      rows.map((r) => [
        r.currency,
        f(r.currency).scale(rows.filter((x) => x.currency === r.currency).map((x) => x.headline)),
      ]),
    );
    const report = {
      title: 'dealcalc presets',
      notes: [
        'Cash: the cash share of the headline ("–": the deal has no cash part). `show <id>` prints a deal\'s figures and sources; --format csv or json adds party and date.',
      ],
      tables: [
        {
          columns: [
            { label: 'id', align: 'left' as const, keep: true },
            { label: 'stage', align: 'left' as const },
            { label: 'headline', align: 'right' as const },
            { label: 'cash', align: 'right' as const },
            { label: 'title', align: 'left' as const },
          ],
          rows: rows.map((r) => [
            r.id,
            r.stage ?? '',
            f(r.currency).money(r.headline, scales.get(r.currency)),
            r.cashShare === null ? NONE : f(r.currency).percent(r.cashShare),
            r.title,
          ]),
        },
      ],
      sentences: [],
    };
    return { out: render(report, format, io) };
  },
};
