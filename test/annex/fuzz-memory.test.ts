// Hostile files read by the real CLI in a child process with 300 MB of heap: each ends with an exit code of
// 0, 1 or 2 and a pt-BR message, never out of memory. Few children, one at a time: the CPU is shared.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import type { Report } from "../../src/rules";
import { annexLines, expectPtBr, expectPtBrReport, xlsxOf } from "./fuzz-support";
import type { CellValue } from "../../src/rules";

const ROOT = join(__dirname, "..", "..");
const MiB = 1024 * 1024;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-hostis-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validateInChild(
  file: string,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--max-old-space-size=300", join(ROOT, "bin", "anexos.js"), "validar", file, "--json"],
      { cwd: ROOT, maxBuffer: 64 * MiB, timeout: 110_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : null) : 0,
          signal: error?.signal ?? null,
          stdout,
          stderr,
        }),
    );
  });
}

/** A seeded generator, so that the "random" file is the same on every run. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24 || 0x20; // no NUL: the text decoder would refuse it at once
  }
  return bytes;
}

/** The sheet's part of a zip declared 4 GB unpacked, in both the local header and the central directory. */
function declareHuge(zip: Uint8Array, part: string): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const name = new TextEncoder().encode(part);
  const nameAt = (at: number) => name.every((byte, k) => bytes[at + k] === byte);
  for (let at = 0; at + 46 < bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at + 30)) view.setUint32(at + 22, 0xfffffff0, true);
    if (signature === 0x02014b50 && nameAt(at + 46)) view.setUint32(at + 24, 0xfffffff0, true);
  }
  return bytes;
}

async function hostileFiles(): Promise<Array<[string, Uint8Array | string]>> {
  const header = "Nº;Município;Porte;Valor\n";
  const good = await xlsxOf(annexLines("xlsx").map((line) => line.content as CellValue[]));
  // 64 MB of zeros packs to about 64 KB: a ratio near 1,000.
  const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(64 * MiB) }, { level: 9 });
  return [
    ["aleatorio.csv", randomBytes(4 * MiB, 7)],
    [
      "uma-linha.txt",
      `Nº Município Porte R$\n1 | ${"Araxá ".repeat(Math.ceil((5 * MiB) / 7))}Porte III R$ 75.000,00\n`,
    ],
    ["colunas.csv", `${header}1;Araxá;Porte III;R$ 75.000,00${";x".repeat(200_000)}\nTOTAL;;;R$ 75.000,00\n`],
    ["tamanho-declarado.xlsx", declareHuge(good, "xl/worksheets/sheet1.xml")],
    ["bomba.xlsx", bomb],
  ];
}

test("hostile files end with a pt-BR answer and exit code 0, 1 or 2, not out of memory", async () => {
  const outcomes: Array<[string, number | null]> = [];
  for (const [name, content] of await hostileFiles()) {
    const file = join(dir, name);
    writeFileSync(file, content);
    const { code, signal, stdout, stderr } = await validateInChild(file);
    outcomes.push([name, code]);
    expect({ name, signal }).toEqual({ name, signal: null });
    expect(stderr).not.toMatch(/heap out of memory|FATAL ERROR|erro inesperado/);
    if (code === 2) {
      expect(stderr).toMatch(/^anexos: /);
      expectPtBr(stderr);
    } else {
      const report = JSON.parse(stdout) as Report;
      expectPtBrReport(report);
    }
  }
  expect(outcomes).toEqual([
    ["aleatorio.csv", 1],
    ["uma-linha.txt", 0], // one row, with warnings only: an unknown municipality and no TOTAL
    ["colunas.csv", 1],
    ["tamanho-declarado.xlsx", 2],
    ["bomba.xlsx", 2],
  ]);
});
