// Reading a PDF: the published Anexo I (172 rows) as a PDF, generated once and kept in a temp folder, against
// the same annex as published text (.txt), each through readAnnexFile as `anexos validar` reads it. pdf.js is
// loaded before timing (the CLI pays that once per run).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readAnnexFile } from "../src/cli/readers";
import { annexPdf } from "../test/support/pdf-fixtures";
import { round2 } from "./measure";

const ROUNDS = 9;
const root = () => process.env.ANEXOS_ROOT ?? process.cwd();

async function publishedPdf(text: string): Promise<string> {
  const cache = join(tmpdir(), "anexos-bench-cache");
  const path = join(cache, "anexo-i-5978-2017.pdf");
  if (existsSync(path)) return path;
  mkdirSync(cache, { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, await annexPdf(text, { columns: 1 }));
  renameSync(partial, path);
  return path;
}

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(ROUNDS / 2)];
}

export async function benchPdf(): Promise<Record<string, number>> {
  const txt = join(root(), "src", "data", "anexo-i-5978-2017.txt");
  const pdf = await publishedPdf(readFileSync(txt, "utf8"));
  const loadStart = process.hrtime.bigint();
  const first = await readAnnexFile(pdf);
  const firstMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  if (first.values.length !== 174) throw new Error(`the PDF read as ${first.values.length} rows, not 174`);
  const pdfMs = await medianMs(() => readAnnexFile(pdf));
  const textMs = await medianMs(() => readAnnexFile(txt));
  return {
    pdfAnexoIFirstReadMs: round2(firstMs),
    pdfAnexoIReadMs: round2(pdfMs),
    textAnexoIReadMs: round2(textMs),
    pdfOverTextRatio: round2(pdfMs / textMs),
  };
}
