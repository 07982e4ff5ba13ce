import * as z from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { safeParseDeal } from '../../src/deals/schema.ts';
import { presetJson } from '../../src/presets/presets.ts';

// zod's configuration is global: a program that sets another locale for its own schemas must not
// change what dealcalc's errors say (they were "Ungültige Eingabe: erwartet string, erhalten
// Zahl, received 1" under `z.locales.de()`).
describe("dealcalc's messages under another zod locale", () => {
  afterEach(() => {
    z.config(z.locales.en());
  });

  it('stay in dealcalc’s words, whatever locale the program set', () => {
    const bad = { ...presetJson('kr-2025-10-us-cash-25x8'), id: 1, components: 'x', extra: true };
    const english = safeParseDeal(bad);
    z.config(z.locales.de());
    const german = safeParseDeal(bad);
    expect(english.ok).toBe(false);
    expect(german.ok).toBe(false);
    if (english.ok || german.ok) return;
    expect(german.error.message).toBe(english.error.message);
    expect(german.error.issues).toEqual(english.error.issues);
    expect(german.error.issues.find((i) => i.path[0] === 'id')?.message).toBe('expected string, received 1');
  });
});
