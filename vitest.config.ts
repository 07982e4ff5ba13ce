import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    typecheck: { include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // Property tests run many cases with exact decimals; give slow CI machines room.
    testTimeout: 60_000,
  },
});
