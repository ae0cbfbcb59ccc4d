// =SES.PORTE over a million Teto MAC values, against a plain nested if on the same numbers.
// Target: porte_ns_per_value at most 3 times porte_floor_ns_per_value. And a 100,000-cell column that is 90%
// blank (as analysts select whole columns): per value at most 1.5 times a column of numbers.
import { porte } from "../src/functions/functions";
import { nsPerValue, round2 } from "./measure";

const VALUES = 1_000_000;

/** A column of Teto MAC values as Excel sends them: doubles with centavos, spread over every band. */
function tetoColumn(): number[][] {
  let seed = 20171123;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const column: number[][] = new Array(VALUES);
  for (let i = 0; i < VALUES; i++) {
    const cents = Math.round(10 ** (5 + random() * 5.5) * 100); // R$ 1.000,00 to about R$ 300 milhões
    column[i] = [cents / 100];
  }
  return column;
}

/** The floor: the same bands as a plain nested if on JavaScript numbers, no validation, no exactness. */
function porteFloor(cells: number[][]): string[][] {
  const result: string[][] = new Array(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    const out: string[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const x = row[c];
      if (x <= 2000000) out[c] = "Porte I";
      else if (x <= 5000000) out[c] = "Porte II";
      else if (x <= 30000000) out[c] = "Porte III";
      else if (x <= 50000000) out[c] = "Porte IV";
      else if (x <= 100000000) out[c] = "Porte V";
      else out[c] = "Porte VI";
    }
    result[r] = out;
  }
  return result;
}

const MOSTLY_BLANK_VALUES = 100_000;

/**
 * SES.PORTE per value on a column that is 90% blank, against the same column all numbers. The two runs
 * alternate, round after round, so that the garbage collector and other processes weigh on both alike.
 */
function benchMostlyBlank(column: number[][]): Record<string, number> {
  const numbers = column.slice(0, MOSTLY_BLANK_VALUES);
  const mostlyBlank = numbers.map((row, i) => (i % 10 === 0 ? row : [null]));
  const numbersNs: number[] = [];
  const blankNs: number[] = [];
  for (let round = 0; round < 15; round++) {
    numbersNs.push(nsPerValue(MOSTLY_BLANK_VALUES, () => porte(numbers), 1));
    blankNs.push(nsPerValue(MOSTLY_BLANK_VALUES, () => porte(mostlyBlank), 1));
  }
  const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  return {
    porte_blank90_ns_per_value: round2(median(blankNs)),
    porte_numbers_100k_ns_per_value: round2(median(numbersNs)),
    porte_blank90_ratio: round2(median(blankNs) / median(numbersNs)),
    porte_blank90_target_ratio: 1.5,
  };
}

export function benchPorte(): Record<string, number> {
  const column = tetoColumn();
  const expected = porteFloor(column);
  const actual = porte(column);
  const disagreements = actual.filter((row, r) => row[0] !== expected[r][0]).length;
  if (disagreements !== 0) throw new Error(`SES.PORTE disagrees with the plain bands on ${disagreements} values`);

  // A column (what analysts select) allocates one small array per row on both sides; the same values
  // as a single row show the cost of the rule itself.
  const row = [column.map(([value]) => value)];
  const floor = nsPerValue(VALUES, () => porteFloor(column));
  const porteNs = nsPerValue(VALUES, () => porte(column));
  const rowFloor = nsPerValue(VALUES, () => porteFloor(row));
  const rowPorte = nsPerValue(VALUES, () => porte(row));
  return {
    porte_ns_per_value: round2(porteNs),
    porte_floor_ns_per_value: round2(floor),
    porte_ratio: round2(porteNs / floor),
    porte_target_ratio: 3,
    porte_row_ns_per_value: round2(rowPorte),
    porte_row_floor_ns_per_value: round2(rowFloor),
    porte_row_ratio: round2(rowPorte / rowFloor),
    porte_values: VALUES,
    ...benchMostlyBlank(column),
  };
}
