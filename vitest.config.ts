import { defineConfig } from 'vitest/config';

// One runner, several projects: unit tests beside the code; the integration suite on PGlite and on a
// throwaway PostgreSQL server; browser tests in headless Chromium. The summary reporter's line is last.
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary.reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      ...(['pglite', 'postgres'] as const).map((database) => ({
        extends: true as const,
        test: {
          name: `integration:${database}`,
          include: ['test/integration/**/*.test.ts'],
          env: { LIAISON_TEST_DB: database },
          globalSetup: ['test/support/global-setup.database.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
      {
        extends: true,
        test: {
          name: 'resilience',
          include: ['test/resilience/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.database.ts'],
          env: { LIAISON_TEST_DB: 'pglite' },
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
