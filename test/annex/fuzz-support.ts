// Shared by the reader fuzz tests: a valid porte annex of Res. 5.978/2017 in every format, and the checks that
// a reader failed only with a clear pt-BR error.
import ExcelJS from "exceljs";
import { RuleError, type CellValue, type Report } from "../../src/rules";
import { ReadError } from "../../src/cli/readers/read-error";

/** 20 real MG municipalities with a porte and its Art. 4 amount (R$ 35.000,00 … R$ 120.000,00). */
export const ROWS: ReadonlyArray<readonly [string, string, number]> = [
  ["Araxá", "Porte III", 75000],
  ["Arinos", "Porte I", 35000],
  ["Janaúba", "Porte III", 75000],
  ["Betim", "Porte V", 105000],
  ["Bicas", "Porte I", 35000],
  ["Alfenas", "Porte V", 105000],
  ["Almenara", "Porte II", 60000],
  ["Barbacena", "Porte V", 105000],
  ["Berilo", "Porte I", 35000],
  ["Berizal", "Porte I", 35000],
  ["Bocaiúva", "Porte II", 60000],
  ["Bom Despacho", "Porte II", 60000],
  ["Contagem", "Porte VI", 120000],
  ["Divinópolis", "Porte IV", 90000],
  ["Juiz de Fora", "Porte VI", 120000],
  ["Montes Claros", "Porte VI", 120000],
  ["Patos de Minas", "Porte IV", 90000],
  ["São João del Rei", "Porte III", 75000],
  ["Teófilo Otoni", "Porte IV", 90000],
  ["Uberaba", "Porte VI", 120000],
];
/** R$ 1.610.000,00. */
export const TOTAL_REAIS = 1610000;
export const TITLE = "ANEXO I DA RESOLUÇÃO SES/MG Nº 5.978, DE 23 DE NOVEMBRO DE 2017";

/** 75000 → "75.000,00". */
export const reais = (amount: number) => `${amount.toLocaleString("pt-BR")},00`;

export type Format = "text" | "csv;" | "csv," | "xlsx";

/** A line (text, CSV) or row (xlsx) of the annex, and what it is: what the mutation oracle reasons on. */
export type Tag =
  | { kind: "title" | "junk" }
  | { kind: "header"; intact: boolean }
  | { kind: "data"; index: number; intact: boolean }
  | { kind: "total"; intact: boolean };

export interface Line {
  /** Text and CSV: the line; xlsx: the row's cells. */
  content: string | CellValue[];
  tag: Tag;
}

/** The valid annex in one format, line by line. */
export function annexLines(format: Format): Line[] {
  const total = `R$ ${reais(TOTAL_REAIS)}`;
  const title: Line = { content: format === "xlsx" ? [TITLE] : TITLE, tag: { kind: "title" } };
  const data = (content: string | CellValue[], index: number): Line => ({
    content,
    tag: { kind: "data", index, intact: true },
  });
  switch (format) {
    case "text":
      return [
        title,
        { content: "Nº Município Porte R$", tag: { kind: "header", intact: true } },
        ...ROWS.map(([name, porte, amount], i) => data(`${i + 1} | ${name} ${porte} R$ ${reais(amount)}`, i)),
        { content: `TOTAL ${total}`, tag: { kind: "total", intact: true } },
      ];
    case "csv;":
      return [
        title,
        { content: "Nº;Município;Porte;Valor", tag: { kind: "header", intact: true } },
        ...ROWS.map(([name, porte, amount], i) => data(`${i + 1};${name};${porte};R$ ${reais(amount)}`, i)),
        { content: `TOTAL;;;${total}`, tag: { kind: "total", intact: true } },
      ];
    case "csv,":
      return [
        title,
        { content: "Nº,Município,Porte,Valor", tag: { kind: "header", intact: true } },
        ...ROWS.map(([name, porte, amount], i) => data(`${i + 1},${name},${porte},"R$ ${reais(amount)}"`, i)),
        { content: `TOTAL,,,"${total}"`, tag: { kind: "total", intact: true } },
      ];
    case "xlsx":
      return [
        title,
        { content: ["Nº", "Município", "Porte", "Valor"], tag: { kind: "header", intact: true } },
        ...ROWS.map(([name, porte, amount], i) => data([i + 1, name, porte, amount], i)),
        { content: ["TOTAL", null, null, TOTAL_REAIS], tag: { kind: "total", intact: true } },
      ];
  }
}

/** An .xlsx as Excel writes it (exceljs), one sheet "Anexo I" with the rows from A1. */
export async function xlsxOf(rows: readonly CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Anexo I");
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined && value !== "") sheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Words that only an English or a programmer's message has: a pt-BR message never holds them. */
const NOT_PT_BR = /undefined|\bnull\b|\bNaN\b|Error:|Cannot|\bis not\b|unexpected|\[object|Infinity|\bat \w+ \(/i;

/** The message is a pt-BR sentence: not empty and no English or programmer's words. */
export function expectPtBr(message: string): void {
  expect(message).not.toMatch(NOT_PT_BR);
  expect(message.trim()).not.toBe("");
}

/** A reader's failure: only RuleError or ReadError, with a pt-BR message; anything else fails the test. */
export function expectClearRefusal(error: unknown): void {
  if (!(error instanceof RuleError || error instanceof ReadError)) throw error;
  expectPtBr(error.message);
}

/** Every problem of a report in pt-BR, and the report consistent with its problems. */
export function expectPtBrReport(report: Report): void {
  for (const problem of report.problems) expectPtBr(problem.message);
  expect(report.valid).toBe(report.summary.errors === 0);
}
