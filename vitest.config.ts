import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary.reporter.ts'],
    projects: [{ extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } }],
  },
});
