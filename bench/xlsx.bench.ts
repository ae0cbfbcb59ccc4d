// Reading .xlsx files, bounded: peak memory of `anexos validar` on a 7 KB file with one cell at XFD1048576
// (target ≤ 300 MB), and `validar` of a 200,000-row porte annex against merely reading the same file with
// exceljs's streaming reader (target ≤ 2 times). The 200,000-row file is made once and kept in a temp folder.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { validar } from "../src/cli/validar";
import { round2 } from "./measure";
import { benchAnnexRows } from "./validate.bench";

const root = () => process.env.ANEXOS_ROOT ?? process.cwd();
const ROWS = 200_000;
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A valid workbook whose only sheet holds one number at XFD1048576. */
function farCellXlsx(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "_rels/.rels": strToU8(
      `<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="Anexo I" sheetId="1" r:id="r1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships><Relationship Id="r1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<worksheet ${NS}><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>`,
    ),
  });
}

/** Peak resident memory, in MB, of `anexos ARGS` in a child process. */
function peakRssMb(dir: string, args: string[]): { mb: number; status: number | null } {
  const probe = join(dir, "max-rss.cjs");
  writeFileSync(
    probe,
    'process.on("exit", () => require("node:fs").writeSync(2, `\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));',
  );
  const run = spawnSync(process.execPath, ["--require", probe, join(root(), "bin", "anexos.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const kb = /maxRSS=(\d+)/.exec(run.stderr);
  if (!kb) throw new Error(`no memory figure from anexos ${args.join(" ")}: ${run.stderr}`);
  return { mb: round2(Number(kb[1]) / 1024), status: run.status };
}

/** The 200,000-row annex, written once by exceljs's streaming writer and kept between runs. */
async function bigAnnex(): Promise<string> {
  const cache = join(tmpdir(), "anexos-bench-cache");
  const path = join(cache, `porte-${ROWS}.xlsx`);
  if (existsSync(path)) return path;
  mkdirSync(cache, { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true });
  const worksheet = workbook.addWorksheet("Anexo I");
  for (const row of benchAnnexRows(ROWS)) worksheet.addRow(row).commit();
  await workbook.commit();
  renameSync(partial, path);
  return path;
}

/** The floor: every cell of the sheet read by exceljs's streaming reader, nothing checked. */
async function readWithExceljsStream(path: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
  });
  let cells = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      row.eachCell(() => cells++);
    }
  }
  return cells;
}

async function medianSeconds(rounds: number, run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

export async function benchXlsx(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "anexos-bench-xfd-"));
  try {
    const far = join(dir, "xfd1048576.xlsx");
    writeFileSync(far, farCellXlsx());
    const { mb, status } = peakRssMb(dir, ["validar", far]);
    if (status !== 2) throw new Error(`anexos validar on the XFD1048576 file ended with ${status}, not 2`);

    const path = await bigAnnex();
    let cells = 0;
    const floor = await medianSeconds(3, async () => (cells = await readWithExceljsStream(path)));
    let rows = 0;
    const validate = await medianSeconds(3, async () => {
      const { report } = await validar({
        operands: [path],
        json: true,
        formulas: false,
        prorrogado: false,
        diaUtil: false,
        sobrescrever: false,
        help: false,
      });
      rows = report.summary.rows;
    });
    if (rows !== ROWS || cells !== 4 * ROWS + 5) throw new Error(`read ${rows} rows and ${cells} cells`);
    const peak200k = peakRssMb(dir, ["validar", path, "--json"]);
    return {
      xfd_validar_peak_rss_mb: mb,
      xfd_validar_target_peak_rss_mb: 300,
      xlsx_200k_validar_s: round2(validate),
      xlsx_200k_exceljs_stream_read_s: round2(floor),
      xlsx_200k_ratio: round2(validate / floor),
      xlsx_200k_target_ratio: 2,
      xlsx_200k_validar_peak_rss_mb: peak200k.mb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
