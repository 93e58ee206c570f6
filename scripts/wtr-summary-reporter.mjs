/** Prints `wtr: N passed, N failed` as the very last line, so CI can read the result. */
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  const count = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) continue;
      if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that could not be imported, or failed outside a test, counts as a failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += 1;
      }
      process.on('exit', () => console.log(`wtr: ${passed} passed, ${failed} failed`));
    },
  };
}
