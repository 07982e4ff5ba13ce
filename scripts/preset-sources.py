# Writes src/presets/data/sources.ts from the research notes:
#   python3 scripts/preset-sources.py K01,K02,... > src/presets/data/sources.ts
# (the ids are the ones the presets cite; see the list in that file).
import json, re, sys
d = json.load(open('/work/shared/research/deal-facts.json'))
ids = sys.argv[1].split(',')
out = ["// Sources of the preset figures, as listed in the research notes (deal-facts.json).",
       "// Written by scripts/preset-sources.py from that file; dates normalised to YYYY-MM-DD / YYYY-MM / YYYY,",
       "// with `approximate` where the notes mark the date approximate.",
       "import type { DealJson } from '../../deals/schema.ts';", "",
       "type SourceJson = NonNullable<DealJson['sources']>[number];", "",
       "export const SOURCES = {"]
for k in ids:
    s = d['sources'][k]
    p = s['published']
    approx = 'approx' in p or 'c.' in p or 'early' in p
    m = re.match(r'^(\d{4})-(\d{2})(?:-(\d{2}))?', p)
    inner = re.search(r'(?:approx\.|c\.)\s*(\d{2})-(\d{2})', p)
    if m and m.group(3): date = m.group(0)
    elif m and inner: date = f"{m.group(1)}-{inner.group(1)}-{inner.group(2)}"
    elif m: date = f"{m.group(1)}-{m.group(2)}"
    else:
        y = re.search(r'\d{4}', p); date = y.group(0)
    obj = {'id': k, 'title': s['title'], 'publisher': s['publisher'], 'url': s['url'], 'date': date}
    if approx: obj['approximate'] = True
    out.append(f"  {k}: {json.dumps(obj, ensure_ascii=False)},")
out.append("} as const satisfies Record<string, SourceJson>;")
print("\n".join(out))
