// Drops the Survived and NoCoverage results from Stryker's incremental file, so that the next run tests those
// mutants again with today's tests while it reuses every killed one. Stryker alone reuses a surviving static
// mutant as long as its code is unchanged, whatever tests were added since (it cannot tell which tests cover it).

/** The part of Stryker's incremental report (mutation-testing-report-schema) read here. */
export interface IncrementalReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

const RETESTED = new Set(["Survived", "NoCoverage"]);

/** Removes, in place, the results to test again; returns how many were removed. */
export function forgetSurvivors(report: IncrementalReport): number {
  let forgotten = 0;
  for (const file of Object.values(report.files)) {
    const kept = file.mutants.filter((mutant) => !RETESTED.has(mutant.status));
    forgotten += file.mutants.length - kept.length;
    file.mutants = kept;
  }
  return forgotten;
}
