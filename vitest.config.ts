import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'tools/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    // Under CI a skipped test is a failure (issue 2): see test/global-setup.ts and the reporter below.
    reporters: process.env.CI === 'true' ? ['default', './test/fail-on-skip-reporter.ts'] : ['default'],
  },
});
