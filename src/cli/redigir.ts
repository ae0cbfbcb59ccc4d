import { randomBytes } from "node:crypto";
import { lstat, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import {
  draftPorteAnnex,
  formatBrl,
  porteArticles,
  readDraftList,
  storedFormula,
  PUBLISHED_RULES,
  type DraftedAnnex,
  type RuleBook,
} from "../rules";
import type { CliArgs } from "./args";
import { readAnnexFile, ReadError } from "./readers";

/** `anexos redigir ENTRADA --saida ANEXO.xlsx`: the annex workbook from a list of municipalities and Teto MAC. */
export async function redigir(
  args: CliArgs,
  rules: RuleBook = PUBLISHED_RULES,
): Promise<{ text: string; code: number }> {
  const output = args.saida;
  if (!output) throw new ReadError("Falta --saida ANEXO.xlsx: o arquivo onde gravar o anexo.");
  if (extname(output).toLowerCase() !== ".xlsx")
    throw new ReadError(`--saida deve ser um arquivo .xlsx, não "${output}".`);
  // Checked before the list is read, so that a wrong --saida is said first; checked again when writing.
  const target = await outputTarget(output, args.sobrescrever);
  const ruleSet = rules.porte(args.regra);
  const list = readDraftList(await readAnnexFile(args.operands[0], args.planilha));
  if (list.problems.length > 0) {
    return {
      text: ["A lista tem problemas; nada foi gravado:", ...list.problems.map((p) => `  ${p}`)].join("\n"),
      code: 1,
    };
  }
  const annex = draftPorteAnnex(list.entries, { ruleSet, mode: args.formulas ? "formulas" : "values" });
  const bytes = await annexXlsx(annex, porteArticles(ruleSet, annex.summary.total));
  await writeFileSafely(target, args.sobrescrever, async (write) => write(bytes));
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
async function annexXlsx(annex: DraftedAnnex, articles: string): Promise<Uint8Array> {
  // Loaded here, not at start-up: every other command (porte, validar…) runs without exceljs.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Anexo I");
  annex.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === null || value === undefined) return;
      const cell = sheet.getCell(r + 1, c + 1);
      const formula = annex.formulas[r][c];
      // exceljs takes the formula without "=", with the value Excel shows until it recalculates. A call of the
      // add-in's functions is written as Excel stores it (_xldudf_SES_PORTE), else Excel shows #NOME?.
      cell.value = formula ? { formula: storedFormula(formula).slice(1), result: value as string | number } : value;
      const format = annex.numberFormats[r][c];
      if (format !== "General" && format !== "@") cell.numFmt = format;
    }),
  );
  sheet.getColumn(2).width = 32;
  sheet.getColumn(4).width = 18;
  const text = workbook.addWorksheet("Artigos");
  articles.split("\n").forEach((line, i) => (text.getCell(i + 1, 1).value = line));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Where the annex will be written: --saida itself, or the file a symbolic link there points to. Refused in
 * pt-BR: a missing folder, a link to nothing, and an existing file unless --sobrescrever (the analyst's file
 * may be the one they have been working in).
 */
export async function outputTarget(output: string, overwrite: boolean): Promise<string> {
  const folder = dirname(output);
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat) throw new ReadError(`A pasta "${folder}" não existe; crie-a ou escolha outra para --saida.`);
  if (!folderStat.isDirectory()) throw new ReadError(`"${folder}" não é uma pasta; escolha outra para --saida.`);
  const existing = await lstat(output).catch(() => undefined);
  if (!existing) return output;
  if (existing.isSymbolicLink()) {
    const resolved = await realpath(output).catch(() => undefined);
    if (resolved === undefined) {
      throw new ReadError(
        `"${output}" é um atalho (link simbólico) para um arquivo que não existe; apague-o ou escolha outro nome.`,
      );
    }
    if (!overwrite) throw alreadyExists(output);
    return outputTarget(resolved, overwrite);
  }
  if (!existing.isFile()) throw new ReadError(`"${output}" não é um arquivo; escolha outro nome para --saida.`);
  if (!overwrite) throw alreadyExists(output);
  return output;
}

const alreadyExists = (output: string) =>
  new ReadError(
    `O arquivo "${output}" já existe; escolha outro nome para não perder o que está nele, ou use --sobrescrever.`,
  );

/**
 * Writes a file whole or not at all: into a new temporary file in the same folder, then renamed over the
 * target (a rename within a folder replaces atomically). If anything fails, the temporary file is removed and
 * the target is left as it was. Without `overwrite`, an existing target is refused.
 */
export async function writeFileSafely(
  path: string,
  overwrite: boolean,
  produce: (write: (bytes: Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
  const target = await outputTarget(path, overwrite);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle;
  try {
    handle = await open(temporary, "wx");
  } catch (error) {
    throw cannotWrite(path, error);
  }
  try {
    const file = handle;
    await produce(async (bytes) => {
      await file.write(bytes);
    });
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (!overwrite && (await lstat(target).catch(() => undefined))) throw alreadyExists(path);
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error instanceof ReadError ? error : cannotWrite(path, error);
  }
}

function cannotWrite(path: string, error: unknown): ReadError {
  const reasons = new Map([
    ["EACCES", "sem permissão para gravar nessa pasta"],
    ["EPERM", "sem permissão para gravar nessa pasta"],
    ["EROFS", "a pasta é só de leitura"],
    ["ENOSPC", "o disco está cheio"],
    ["EDQUOT", "a cota de disco acabou"],
    ["ENOENT", "a pasta não existe"],
    ["ENAMETOOLONG", "o nome é longo demais"],
  ]);
  const reason = reasons.get(codeOf(error) ?? "") ?? "a gravação falhou";
  return new ReadError(`Não foi possível gravar "${path}": ${reason}. Nada foi gravado.`);
}
