import { extname } from "node:path";
import {
  compareRows,
  comparisonSheets,
  describeChange,
  describePlace,
  formatBrl,
  parseDecimalString,
  PUBLISHED_RULES,
  readAnnexRows,
  signedBrl,
  type ComparedRow,
  type Comparison,
  type ComparisonSheet,
  type RuleBook,
} from "../rules";
import type { CliArgs } from "./args";
import { readAnnexFile, ReadError } from "./readers";
import { outputTarget, writeFileSafely } from "./redigir";
import { readAnnexNumber } from "./validar";

/** Fills of the marked cells: green for a row added, yellow for a value changed, red for a row not identified. */
const FILLS = { added: "FFC6EFCE", changed: "FFFFEB9C", unmatched: "FFFFC7CE" } as const;

/**
 * `anexos comparar ANTERIOR NOVO`: what the new annex adds, removes and changes. Exit code 0 when they are the
 * same, 1 when they differ (or a row could not be identified), 2 when they cannot be compared.
 */
export async function comparar(
  args: CliArgs,
  rules: RuleBook = PUBLISHED_RULES,
): Promise<{ text: string; code: number }> {
  const [beforePath, afterPath] = args.operands;
  const output = args.saida;
  if (output !== undefined) {
    if (extname(output).toLowerCase() !== ".xlsx")
      throw new ReadError(`--saida deve ser um arquivo .xlsx, não "${output}".`);
    await outputTarget(output, args.sobrescrever); // said before reading; checked again when writing
  }
  const isXlsx = (path: string) => extname(path).toLowerCase() === ".xlsx";
  if (args.planilha !== undefined && !isXlsx(beforePath) && !isXlsx(afterPath)) {
    throw new ReadError("--planilha só vale para arquivos .xlsx.");
  }
  // --planilha and --anexo apply to both files (--planilha to those that are .xlsx).
  const beforeSheet = await readAnnexFile(beforePath, isXlsx(beforePath) ? args.planilha : undefined);
  const afterSheet = await readAnnexFile(afterPath, isXlsx(afterPath) ? args.planilha : undefined);
  const options = {
    annex: args.anexo === undefined ? 1 : readAnnexNumber(args.anexo),
    ruleSetIds: { porte: args.regra, recomposicao: args.regra },
    rules,
  };
  const before = readAnnexRows(beforeSheet, { ...options, label: `em "${beforePath}"` });
  const after = readAnnexRows(afterSheet, { ...options, label: `em "${afterPath}"` });
  const comparison = compareRows(
    { sheet: beforeSheet, file: beforePath, rows: before },
    { sheet: afterSheet, file: afterPath, rows: after },
  );
  if (output !== undefined) {
    const bytes = await comparisonXlsx(comparisonSheets(comparison, after));
    await writeFileSafely(output, args.sobrescrever, async (write) => write(bytes));
  }
  const text = args.json
    ? JSON.stringify(comparison, null, 2)
    : describeComparison(comparison) + (output === undefined ? "" : `\nComparação gravada em ${output}.`);
  return { text, code: comparison.same ? 0 : 1 };
}

const money = (value: string | null) => (value === null ? "desconhecido" : formatBrl(parseDecimalString(value)));
const where = (row: { cell: string; line: number | null; page: number | null }) =>
  row.line === null ? `célula ${row.cell}` : describePlace(row.page, row.line);
const sideName = (side: "before" | "after") => (side === "before" ? "anterior" : "novo");

/** The comparison in pt-BR: the totals, then each list (an empty one says "nenhum"). */
export function describeComparison(comparison: Comparison): string {
  const porte = comparison.kind === "porte";
  const { before, after, totals } = comparison;
  const describeSide = (side: Comparison["before"]) =>
    `${side.file ?? "—"}${side.sheet === null ? "" : `, planilha "${side.sheet}"`}` +
    `${side.annex > 1 ? `, anexo ${side.annex}` : ""}: ${side.rows} ${side.rows === 1 ? "linha" : "linhas"} · ` +
    `soma ${money(side.sum)} · TOTAL declarado ${side.declaredTotal === null ? "ausente" : money(side.declaredTotal)}`;
  const lines = [
    `Comparação de ${porte ? "anexos de porte" : "anexos de recomposição"} · regra ${after.ruleSet}`,
    `Anterior: ${describeSide(before)}`,
    `Novo: ${describeSide(after)}`,
    `Diferença na soma: ${signedBrl(totals.difference)}`,
  ];
  const row = (item: ComparedRow) =>
    `${item.name} (${item.code})${porte ? ` · ${item.porte ?? "porte ilegível"}` : ""} · ${money(item.amount)}`;
  const section = <T>(title: string, items: readonly T[], line: (item: T) => string) => {
    lines.push("", items.length === 0 ? `${title}: nenhum.` : `${title} (${items.length}):`);
    for (const item of items) lines.push(`  ${line(item)}`);
  };
  section("Incluídos", comparison.added, row);
  section("Excluídos", comparison.removed, row);
  if (porte) {
    section("Porte alterado", comparison.porteChanged, (c) => `${c.name} (${c.code}): ${describeChange(c, true)}`);
  }
  section("Valor alterado", comparison.amountChanged, (c) => `${c.name} (${c.code}): ${describeChange(c, false)}`);
  section(
    "Mesmo município escrito de outro modo",
    comparison.renamed,
    (r) => `${r.name} (${r.code}): "${r.before}" → "${r.after}"`,
  );
  // The same name read the same way in both annexes is one line.
  const guesses = new Map<string, { sides: string[]; places: string[]; item: Comparison["approximate"][number] }>();
  for (const item of comparison.approximate) {
    const key = `${item.code}\u0000${item.written}`;
    const entry = guesses.get(key) ?? { sides: [], places: [], item };
    entry.sides.push(sideName(item.side));
    entry.places.push(where(item));
    guesses.set(key, entry);
  }
  section(
    "Nomes lidos por aproximação, a conferir",
    [...guesses.values()],
    ({ sides, places, item }) =>
      `${sides.join(" e ")} (${places.join("; ")}): "${item.written}" lido como ${item.name} (${item.code})`,
  );
  section(
    "Linhas não identificadas (fora da comparação, mas na soma)",
    comparison.unmatched,
    (u) =>
      `${sideName(u.side)}, ${where(u)}: ${u.reason}${porte && u.porte ? ` · ${u.porte}` : ""} · ${money(u.amount)}`,
  );
  lines.push("", comparison.same ? "Os anexos têm os mesmos municípios, portes e valores." : "Os anexos diferem.");
  return lines.join("\n");
}

/** The comparison's sheets as an .xlsx: marked cells filled, amounts in reais. */
async function comparisonXlsx(sheets: readonly ComparisonSheet[]): Promise<Uint8Array> {
  // Loaded here, not at start-up: every other command runs without exceljs.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  for (const { name, values, numberFormats, marks } of sheets) {
    const sheet = workbook.addWorksheet(name);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === "" || value === null || value === undefined) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value;
        const format = numberFormats.get(`${r}:${c}`);
        if (format !== undefined) cell.numFmt = format;
      }),
    );
    for (const { rowIndex, columnIndex, mark } of marks) {
      sheet.getCell(rowIndex + 1, columnIndex + 1).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: FILLS[mark] },
      };
    }
    sheet.getColumn(1).width = name === "Resumo" ? 26 : 6;
    sheet.getColumn(2).width = 32;
    sheet.getColumn(3).width = 14;
    sheet.getColumn(4).width = 18;
    sheet.getColumn(5).width = 60;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
