import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    // Reading a PDF fixture in a beforeAll takes seconds; on a loaded 2-core machine, many.
    hookTimeout: 120_000,
  },
});
