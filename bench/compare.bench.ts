// `anexos comparar` in memory: two porte annexes of all 853 municipalities of Minas Gerais, as published text,
// read and compared, against only reading the same two texts (importPublishedText). The ratio is what the
// comparison costs on top of reading.
import { getMunicipalities } from "@brazilian-utils/brazilian-utils/get-municipalities";
import { compareAnnexes, formatBrl, importPublishedText } from "../src/rules";
import { round2 } from "./measure";

const ROUNDS = 15;
const INCENTIVES = [3500000, 6000000, 7500000, 9000000, 10500000, 12000000];

/** An annex as published text: every municipality, porte by position; `shift` changes every 7th porte. */
function annexText(shift: boolean): string {
  const names = getMunicipalities("MG").map((municipality) => municipality.name);
  const lines = ["ANEXO I", "Nº Município Porte R$"];
  let total = 0;
  names.forEach((name, i) => {
    const band = (i + (shift && i % 7 === 0 ? 1 : 0)) % INCENTIVES.length;
    total += INCENTIVES[band];
    lines.push(`${i + 1} | ${name} Porte ${["I", "II", "III", "IV", "V", "VI"][band]} ${formatBrl(INCENTIVES[band])}`);
  });
  lines.push("TOTAL", formatBrl(total));
  return lines.join("\n");
}

function msOf(run: () => void): number {
  run(); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

export function benchCompare(): Record<string, number> {
  const before = annexText(false);
  const after = annexText(true);
  let rows = 0;
  const read = msOf(() => {
    rows += importPublishedText(before).values.length + importPublishedText(after).values.length;
  });
  let changed = 0;
  const compare = msOf(() => {
    const comparison = compareAnnexes({ sheet: importPublishedText(before) }, { sheet: importPublishedText(after) });
    if (comparison.before.rows !== 853 || comparison.after.rows !== 853 || comparison.unmatched.length > 0) {
      throw new Error("compare bench: the annexes were not read whole");
    }
    changed = comparison.porteChanged.length;
  });
  if (changed !== 122 || rows === 0) throw new Error(`compare bench: ${changed} portes changed, not 122`);
  return {
    compare_853_ms: round2(compare),
    compare_read_text_853_ms: round2(read),
    compare_read_ratio: round2(compare / read),
  };
}
