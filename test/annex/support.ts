import { validatePorteAnnex, type CellValue, type Problem, type Report, type Sheet } from "../../src/rules";

export const TITLE = "ANEXO I DA RESOLUÇÃO SES/MG Nº 5.978, DE 23 DE NOVEMBRO DE 2017";
export const HEADER: CellValue[] = ["Nº", "Município", "Porte", "R$"];

/** Three correct rows of Res. 5.978/2017 (Art. 4 amounts), totalling R$ 185.000,00. */
export const GOOD_ROWS: CellValue[][] = [
  [1, "Araxá", "Porte III", "R$ 75.000,00"],
  [2, "Janaúba", "Porte III", 75000],
  [3, "Arinos", "Porte I", "35.000,00"],
];

/** An annex as analysts lay it out: title lines, the header on row 4, the rows, then TOTAL. */
export function annex(rows: CellValue[][], total: CellValue = "R$ 185.000,00", header: CellValue[] = HEADER): Sheet {
  return {
    values: [[TITLE], ["LISTAGEM DOS MUNICÍPIOS BENEFICIÁRIOS"], [], header, ...rows, ["TOTAL", "", "", total]],
  };
}

/** The problems of a sheet as [cell, code] pairs, the shortest readable form for assertions. */
export function found(sheet: Sheet): Array<[string | null, string]> {
  return validatePorteAnnex(sheet).problems.map((problem) => [problem.cell, problem.code]);
}

export function only(report: Report, code: string): Problem[] {
  return report.problems.filter((problem) => problem.code === code);
}
