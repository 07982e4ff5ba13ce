/**
 * "Did you mean …?" for the command line: the valid names nearest to what was typed.
 *
 * A candidate is near when it starts with the input (or the input with it), when every word
 * of the input is a word of the candidate (`kr-mou` → `kr-2025-11-mou`), or when it is within a
 * small edit distance (a third of the input's length, at least 1; a swap of two neighbouring
 * letters counts as one edit). Nearest first; ties keep the candidates' own order.
 */
export function nearest(input: string, candidates: readonly string[], limit = 3): string[] {
  const typed = input.toLowerCase();
  if (typed === '') return [];
  const words = typed.split(/[^a-z0-9]+/).filter((w) => w !== '');
  const budget = Math.max(1, Math.floor(typed.length / 3));
  const scored: Array<{ name: string; score: number; order: number }> = [];
  candidates.forEach((name, order) => {
    const lower = name.toLowerCase();
    const parts = lower.split(/[^a-z0-9]+/);
    let score: number;
    if (lower.startsWith(typed) || (typed.startsWith(lower) && lower.length >= 3)) score = 0.5;
    else if (words.length > 0 && words.every((w) => parts.some((p) => p === w || (w.length >= 3 && p.startsWith(w)))))
      score = 1;
    else {
      const d = editDistance(typed, lower);
      if (d > budget) return;
      // Same letters in another order (a swap) beats a different letter at the same distance.
      score = d - ([...typed].sort().join('') === [...lower].sort().join('') ? 0.25 : 0);
    }
    scored.push({ name, score, order });
  });
  return scored
    .sort((x, y) => x.score - y.score || x.order - y.order)
    .slice(0, limit)
    .map((s) => s.name);
}

/** `; did you mean "x"?` (or `"x" or "y"`), or `''` when nothing is near. */
export function didYouMean(
  input: string,
  candidates: readonly string[],
  options: { prefix?: string; quote?: boolean; limit?: number } = {},
): string {
  const found = nearest(
    input.replace(/^-+/, ''),
    candidates.map((c) => c.replace(/^-+/, '')),
    options.limit ?? 1,
  );
  if (found.length === 0) return '';
  const show = (name: string): string => {
    const text = `${options.prefix ?? ''}${name}`;
    return options.quote === false ? text : JSON.stringify(text);
  };
  return `; did you mean ${found.map(show).join(' or ')}?`;
}

// Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
