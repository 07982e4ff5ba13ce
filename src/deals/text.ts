import * as z from 'zod';

// The text fields every part of the deal format shares, one schema each (built on first use).

/** A non-empty string, trimmed. */
export const textSchema = /* @__PURE__ */ z.lazy(() => z.string().trim().min(1));

/** Free-text notes; none when absent. */
export const notesSchema = /* @__PURE__ */ z.lazy(() =>
  z.array(textSchema).default([]).meta({ description: 'Free-text notes: assumptions, conflicting reports.' }),
);

/** Ids of entries in the deal's `sources`; none when absent. */
export const sourceIdsSchema = /* @__PURE__ */ z.lazy(() =>
  z.array(textSchema).default([]).meta({ description: "Ids of entries in the deal's `sources`." }),
);
