import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the built extension (npm run test:e2e builds it with SUANPAN_TEST=1 first).
 * One worker: the tests share one Chromium with the extension loaded (see harness.ts).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
});
