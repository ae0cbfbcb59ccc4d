import { join } from "node:path";
import { formatBrl, parseDecimalString, validateAnnex, type Report } from "../rules";
import type { CliArgs } from "./args";
import { readAnnexFile } from "./readers";

/** The annex validated when no file is given: Anexo I of Res. 5.978/2017 as published (OCR text). */
export const BUNDLED_ANNEX = join(__dirname, "..", "data", "anexo-i-5978-2017.txt");

/** `anexos validar [ARQUIVO]`: the report, and the text to print (the table, or the JSON with --json). */
export async function validar(args: CliArgs): Promise<{ report: Report; text: string }> {
  const path = args.operands[0] ?? BUNDLED_ANNEX;
  const sheet = await readAnnexFile(path, args.planilha);
  // The header tells a porte annex from a recomposição one; --regra must be of that kind.
  const report = validateAnnex(sheet, {
    ruleSetIds: { porte: args.regra, recomposicao: args.regra },
    file: args.operands[0] ?? "anexo-i-5978-2017.txt (embutido)",
  });
  return { report, text: args.json ? JSON.stringify(report, null, 2) : describe(report) };
}

const money = (value: string | null) => (value === null ? "desconhecida" : formatBrl(parseDecimalString(value)));

/** Human output: a short summary, then a table of problems (cell, code, message). */
export function describe(report: Report): string {
  const { summary } = report;
  const where = [report.file, report.sheet === null ? null : `planilha "${report.sheet}"`].filter(Boolean).join(", ");
  const lines = [
    `Anexo: ${where} · regra ${report.ruleSet}`,
    `${summary.rows} linhas · soma ${money(summary.sum)} · TOTAL declarado ${summary.declaredTotal === null ? "ausente" : money(summary.declaredTotal)}`,
  ];
  if (summary.sumNote) lines.push(summary.sumNote);
  for (const [title, groups] of [
    ["Por macrorregião", summary.byMacrorregiao],
    ["Por natureza jurídica", summary.byNatureza],
  ] as const) {
    if (!groups || Object.keys(groups).length === 0) continue;
    lines.push(`${title}:`);
    for (const [name, group] of Object.entries(groups)) {
      const after = group.keepsAfterTransition ? " · continua após a transição (Art. 4º)" : "";
      lines.push(`  ${name}: ${group.count} · ${money(group.sum)}${after}`);
    }
  }
  lines.push(
    `${report.valid ? "Válido" : "Com erros"}: ${summary.errors} ${summary.errors === 1 ? "erro" : "erros"}, ` +
      `${summary.warnings} ${summary.warnings === 1 ? "aviso" : "avisos"}.`,
  );
  if (report.problems.length > 0) {
    const cellWidth = Math.max(6, ...report.problems.map((problem) => (problem.cell ?? "—").length));
    const codeWidth = Math.max(6, ...report.problems.map((problem) => problem.code.length));
    lines.push("", `${"Célula".padEnd(cellWidth)}  ${"Código".padEnd(codeWidth)}  Mensagem`);
    for (const problem of report.problems) {
      lines.push(`${(problem.cell ?? "—").padEnd(cellWidth)}  ${problem.code.padEnd(codeWidth)}  ${problem.message}`);
    }
  }
  return lines.join("\n");
}
