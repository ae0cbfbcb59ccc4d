// Annex validation over 100,000 rows held in memory, against a loop that only reads the same cells.
// Target: the floor at most 5 times faster. And `anexos validar` end to end on a 50,000-row .xlsx.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { getMunicipalities } from "@brazilian-utils/brazilian-utils/get-municipalities";
import { validatePorteAnnex, type CellValue, type Sheet } from "../src/rules";
import { round2 } from "./measure";

const names = getMunicipalities("MG").map((municipality) => municipality.name);

const ROWS = 100_000;
const PORTES: Array<[string, number, string]> = [
  ["Porte I", 35000, "R$ 35.000,00"],
  ["Porte II", 60000, "R$ 60.000,00"],
  ["Porte III", 75000, "R$ 75.000,00"],
];

/**
 * A porte annex as analysts type it: numbers, official names, labels, and amounts half as numbers,
 * half as text. Minas Gerais has 853 municipalities, so past row 853 names repeat and are reported.
 */
export function benchAnnexRows(rows: number): CellValue[][] {
  const values: CellValue[][] = [["ANEXO I"], ["Nº", "Município", "Porte", "R$"]];
  for (let i = 0; i < rows; i++) {
    const [label, amount, text] = PORTES[i % PORTES.length];
    values.push([i + 1, names[i % names.length], label, i % 2 === 0 ? amount : text]);
  }
  return values;
}

function secondsOf(run: () => void, rounds = 5): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

/** The floor: every cell of the table read once, nothing checked. */
function readEveryCell(values: CellValue[][]): number {
  let filled = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell !== null && cell !== undefined && cell !== "") filled++;
    }
  }
  return filled;
}

export function benchValidate(): Record<string, number> {
  const sheet: Sheet = { values: benchAnnexRows(ROWS) };
  let filled = 0;
  const floor = secondsOf(() => (filled += readEveryCell(sheet.values)));
  let rows = 0;
  const validate = secondsOf(() => (rows += validatePorteAnnex(sheet).summary.rows));
  if (rows !== 5 * ROWS || filled === 0) throw new Error("validation bench read the wrong number of rows");

  // The same checks on an annex with no problem to report: every municipality of Minas Gerais but Belo
  // Horizonte once (852 rows), validated 100 times over.
  const clean: Sheet = { values: benchAnnexRows(names.length).filter((row) => row[1] !== "Belo Horizonte") };
  const cleanRows = clean.values.length - 2;
  const cleanFloor = secondsOf(() => {
    for (let i = 0; i < 100; i++) filled += readEveryCell(clean.values);
  });
  const cleanValidate = secondsOf(() => {
    for (let i = 0; i < 100; i++) rows += validatePorteAnnex(clean).summary.rows;
  });
  return {
    validate_rows_per_s: Math.round(ROWS / validate),
    validate_floor_rows_per_s: Math.round(ROWS / floor),
    validate_floor_ratio: round2(validate / floor),
    validate_target_floor_ratio: 5,
    validate_clean_rows_per_s: Math.round((100 * cleanRows) / cleanValidate),
    validate_clean_floor_rows_per_s: Math.round((100 * cleanRows) / cleanFloor),
    validate_clean_floor_ratio: round2(cleanValidate / cleanFloor),
  };
}

/** `anexos validar` on a 50,000-row .xlsx made here, end to end (process start, read, check, print). */
export async function benchCliXlsx(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "anexos-bench-xlsx-"));
  try {
    const path = join(dir, "anexo-50k.xlsx");
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet("Anexo I");
    for (const row of benchAnnexRows(50_000)) worksheet.addRow(row);
    await workbook.xlsx.writeFile(path);
    const bin = join(process.env.ANEXOS_ROOT ?? process.cwd(), "bin", "anexos.js");
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, "validar", path, "--json"], { maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const report = run.status === 1 ? JSON.parse(run.stdout.toString()) : undefined;
    if (report?.summary?.rows !== 50_000) throw new Error(`anexos validar ended with ${run.status}: ${run.stderr}`);
    return { cli_xlsx_50k_s: round2(seconds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
