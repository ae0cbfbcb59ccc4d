const ROUNDS = 7;

/** Median time of several runs, in nanoseconds per value; checks that every value was computed. */
export function nsPerValue(values: number, run: () => unknown[][], rounds = ROUNDS): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    const result = run();
    times.push(Number(process.hrtime.bigint() - start));
    const computed = result.reduce((count, row) => count + row.length, 0);
    if (computed !== values) throw new Error(`benchmark computed ${computed} values, not ${values}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(rounds / 2)] / values;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;
