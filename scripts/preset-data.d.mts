import type { Plugin } from 'esbuild';

/** The esbuild plugin that ships each preset data module as `JSON.parse` of its value (see preset-data.mjs). */
export function presetData(): Plugin;
