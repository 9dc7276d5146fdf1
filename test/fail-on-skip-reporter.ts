import type { Reporter, TestModule } from 'vitest/node';

/** Under CI=true a skipped test is a failure (issue 2): a missing PostgreSQL or Chromium must not pass silently. */
export default class FailOnSkipReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const skipped: string[] = [];
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        if (test.result().state === 'skipped') skipped.push(`${mod.moduleId} > ${test.fullName}`);
      }
    }
    if (skipped.length > 0) {
      console.error(`\n${skipped.length} test(s) skipped under CI=true, which counts as a failure:`);
      for (const name of skipped) console.error(`  - ${name}`);
      process.exitCode = 1;
    }
  }
}
