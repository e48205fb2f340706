// A @web/test-runner reporter that prints, as the very last line of the run,
//   N passed, N failed[, N skipped]
// counting single tests over all test files. A file whose session failed
// without any failing test (it did not load, threw outside a test, timed out)
// counts as one failed test.
//
// wtr prints its own summary after the reporters' stop(), so the line is
// written on process exit.

function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

export function count(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const before = counts.failed;
    countTests(session.testResults, counts);
    if (!session.passed && counts.failed === before) counts.failed++;
  }
  return counts;
}

export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
}

export function countReporter() {
  let line;
  return {
    start() {
      process.once('exit', () => {
        if (line) process.stdout.write(`${line}\n`);
      });
    },
    onTestRunFinished({ sessions }) {
      line = summaryLine(count(sessions));
    },
    stop({ sessions }) {
      line = summaryLine(count(sessions));
    },
  };
}
