import { getMunicipalities } from "@brazilian-utils/brazilian-utils/get-municipalities";
import type { CellValue } from "../../src/rules";

const names = getMunicipalities("MG").map((municipality) => municipality.name);

/** A clean porte annex without a TOTAL row: header, then Porte I rows of R$ 35.000,00, official names in order. */
export function annexRows(rows: number): CellValue[][] {
  const values: CellValue[][] = [["Nº", "Município", "Porte", "Valor"]];
  for (let i = 0; i < rows; i++) values.push([i + 1, names[i % names.length], "Porte I", 35000]);
  return values;
}

/**
 * The cells Validar marks on the published Anexo I of Res. 5.978/2017 (src/data, the OCR text of
 * shared/legislacao), in the grid's order: the porte labels that read as another porte ("Porte I" or "Porte Il"
 * beside another porte's amount), the names misread ("Araguai", "Janaliba", "Minas Nova"…), and the four lines
 * that lost their Nº or their name (A36/B36, A77/B77, A118, A159).
 */
export const PUBLISHED_ANNEX_MARKS = (
  "C2 B8 C9 B13 C22 C32 A36 B36 C37 B44 B45 C46 B50 B57 C59 C62 C64 C65 B73 B75 A77 B77 B78 " +
  "B79 B80 B83 C84 B86 B87 C92 C95 B99 C99 C100 C102 B103 C103 C105 C112 A118 C118 B121 " +
  "B123 B125 C125 C127 B132 C135 B140 B142 B143 B145 B146 B147 B148 B149 B150 B151 B152 " +
  "B153 A159 B159 C159 C166 C172"
).split(" ");
