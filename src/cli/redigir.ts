import { existsSync } from "node:fs";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { draftPorteAnnex, formatBrl, porteArticles, porteRuleSet, readDraftList, type DraftedAnnex } from "../rules";
import type { CliArgs } from "./args";
import { readAnnexFile, ReadError } from "./readers";

/** `anexos redigir ENTRADA --saida ANEXO.xlsx`: the annex workbook from a list of municipalities and Teto MAC. */
export async function redigir(args: CliArgs): Promise<{ text: string; code: number }> {
  const output = args.saida;
  if (!output) throw new ReadError("Falta --saida ANEXO.xlsx: o arquivo onde gravar o anexo.");
  if (extname(output).toLowerCase() !== ".xlsx")
    throw new ReadError(`--saida deve ser um arquivo .xlsx, não "${output}".`);
  // Never overwrite: the analyst's file may be the one they have been working in.
  if (existsSync(output))
    throw new ReadError(`O arquivo "${output}" já existe; escolha outro nome para não perder o que está nele.`);
  const ruleSet = porteRuleSet(args.regra);
  const list = readDraftList(await readAnnexFile(args.operands[0], args.planilha));
  if (list.problems.length > 0) {
    return {
      text: ["A lista tem problemas; nada foi gravado:", ...list.problems.map((p) => `  ${p}`)].join("\n"),
      code: 1,
    };
  }
  const annex = draftPorteAnnex(list.entries, { ruleSet, mode: args.formulas ? "formulas" : "values" });
  await writeAnnexXlsx(annex, output, porteArticles(ruleSet, annex.summary.total));
  return { text: describeDraft(annex, output), code: 0 };
}

function describeDraft(annex: DraftedAnnex, output: string): string {
  const { summary } = annex;
  const lines = [
    `Anexo gravado em ${output}: ${summary.rows} municípios, TOTAL ${formatBrl(summary.total)}.`,
    ...summary.byPorte.map((group) => `  Porte ${group.porte}: ${group.count} · ${formatBrl(group.sum)}`),
    summary.total <= summary.budget
      ? `Dentro do limite de ${formatBrl(summary.budget)}.`
      : `Acima do limite de ${formatBrl(summary.budget)} em ${formatBrl(summary.total - summary.budget)}.`,
  ];
  if (annex.excluded.length > 0) lines.push(`Fora do anexo: ${annex.excluded.join(", ")}.`);
  return lines.join("\n");
}

/** Sheet "Anexo I" with the annex, and sheet "Artigos" with the text of Art. 3, 4 and 5. */
async function writeAnnexXlsx(annex: DraftedAnnex, path: string, articles: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Anexo I");
  annex.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === null || value === undefined) return;
      const cell = sheet.getCell(r + 1, c + 1);
      const formula = annex.formulas[r][c];
      // exceljs takes the formula without "=", with the value Excel shows until it recalculates.
      cell.value = formula ? { formula: formula.slice(1), result: value as string | number } : value;
      const format = annex.numberFormats[r][c];
      if (format !== "General" && format !== "@") cell.numFmt = format;
    }),
  );
  sheet.getColumn(2).width = 32;
  sheet.getColumn(4).width = 18;
  const text = workbook.addWorksheet("Artigos");
  articles.split("\n").forEach((line, i) => (text.getCell(i + 1, 1).value = line));
  await workbook.xlsx.writeFile(path);
}
