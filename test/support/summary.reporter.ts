/**
 * Prints one closing line with the counts, after everything else the runner prints, so that the last
 * line of `npm test` always says how many tests passed, failed and were skipped.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const projects = new Set<string>();
    for (const module of testModules) {
      projects.add(module.project.name);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const fileFailures = testModules.filter((module) => module.state() === 'failed').length;
    const errors = unhandledErrors.length;
    const verdict = failed === 0 && fileFailures === 0 && errors === 0 ? 'PASS' : 'FAIL';
    process.stdout.write(
      `\n${verdict}: ${passed} passed, ${failed} failed, ${skipped} skipped, ${testModules.length} files` +
        `${fileFailures > 0 ? ` (${fileFailures} failed)` : ''}` +
        `${errors > 0 ? `, ${errors} unhandled error${errors === 1 ? '' : 's'}` : ''}; projects: ${[...projects].sort().join(', ')}\n`,
    );
  }
}
