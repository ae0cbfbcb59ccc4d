import { getMunicipalities } from "@brazilian-utils/brazilian-utils/get-municipalities";
import type { CellValue } from "../../src/rules";

const names = getMunicipalities("MG").map((municipality) => municipality.name);

/** A clean porte annex without a TOTAL row: header, then Porte I rows of R$ 35.000,00, official names in order. */
export function annexRows(rows: number): CellValue[][] {
  const values: CellValue[][] = [["Nº", "Município", "Porte", "Valor"]];
  for (let i = 0; i < rows; i++) values.push([i + 1, names[i % names.length], "Porte I", 35000]);
  return values;
}
