// Ends the test run with one plain line, "N passed, N failed", that CI reads whatever the runner.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    console.log(skipped > 0 ? `${line}, ${skipped} skipped` : line);
  }
}
module.exports = SummaryReporter;
