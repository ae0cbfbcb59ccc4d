import publishedAnnex from "../data/anexo-i-5978-2017.txt";
import {
  describePlace,
  formatBrl,
  parseDecimalString,
  PUBLISHED_RULES,
  validateAnnex,
  type Report,
  type RuleBook,
} from "../rules";
import type { CliArgs } from "./args";
import { readAnnexFile, readAnnexText, ReadError } from "./readers";

// The annex validated when no file is given: Anexo I of Res. 5.978/2017 as published (OCR text). It is
// part of the program, as in the task pane: esbuild (the CLI's bundle), webpack, jest and the development
// launcher (bin/anexos.js) all import a .txt as its text.

/** `anexos validar [ARQUIVO]`: the report, and the text to print (the table, or the JSON with --json). */
export async function validar(
  args: CliArgs,
  rules: RuleBook = PUBLISHED_RULES,
): Promise<{ report: Report; text: string }> {
  const path = args.operands[0];
  const sheet =
    path === undefined ? readAnnexText(publishedAnnex, args.planilha) : await readAnnexFile(path, args.planilha);
  // The header tells a porte annex from a recomposição one; --regra must be of that kind.
  const report = validateAnnex(sheet, {
    ruleSetIds: { porte: args.regra, recomposicao: args.regra },
    rules,
    file: args.operands[0] ?? "anexo-i-5978-2017.txt (embutido)",
    annex: args.anexo === undefined ? 1 : readAnnexNumber(args.anexo),
  });
  return { report, text: args.json ? JSON.stringify(report, null, 2) : describe(report) };
}

export function readAnnexNumber(text: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw new ReadError(`--anexo espera o número do anexo (1, 2…), não "${text}".`);
  return Number(text);
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
  const tables = report.annex?.tables ?? [];
  if (tables.length > 1) {
    const checked = tables[(report.annex?.number ?? 1) - 1];
    const describeTable = (table: (typeof tables)[number]) =>
      `${table.number}${table.title ? ` (${table.title})` : ""}, ${table.line === null ? `cabeçalho em ${table.cell}` : describePlace(table.page, table.line)}`;
    lines.push(
      `Anexo ${describeTable(checked)}, de ${tables.length} no arquivo; os outros: ${tables
        .filter((table) => table !== checked)
        .map(describeTable)
        .join("; ")}. Use --anexo N para conferir outro.`,
    );
  }
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
    // Loops, not Math.max(...list): a 200,000-problem report would overflow the call stack.
    const withLines = report.problems.some((problem) => problem.line !== null);
    // "12", or "pág. 3, linha 12" for a PDF.
    const place = (problem: (typeof report.problems)[number]) =>
      problem.line === null
        ? "—"
        : problem.page === null
          ? String(problem.line)
          : describePlace(problem.page, problem.line);
    let cellWidth = 6;
    let codeWidth = 6;
    let lineWidth = 5;
    for (const problem of report.problems) {
      cellWidth = Math.max(cellWidth, (problem.cell ?? "—").length);
      codeWidth = Math.max(codeWidth, problem.code.length);
      lineWidth = Math.max(lineWidth, place(problem).length);
    }
    const lineColumn = (text: string) => (withLines ? `${text.padEnd(lineWidth)}  ` : "");
    lines.push("", `${lineColumn("Linha")}${"Célula".padEnd(cellWidth)}  ${"Código".padEnd(codeWidth)}  Mensagem`);
    for (const problem of report.problems) {
      lines.push(
        `${lineColumn(place(problem))}${(problem.cell ?? "—").padEnd(cellWidth)}  ${problem.code.padEnd(codeWidth)}  ${problem.message}`,
      );
    }
  }
  return lines.join("\n");
}
