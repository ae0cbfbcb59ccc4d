import type { CellValue, Sheet } from "./sheet";
import { normalizeText } from "./text";

// A line of the annex as copied from the Diário's PDF: "2 | Além Paraiba Porte 111 R$ 75.000,00".
// Number, name and label may each be missing; the amount ends the line.
const AMOUNT_AT_END = /^(.*?)\s*(R\$\s*-?[\d.]+,\d{2})\s*$/;
const ROW_PARTS = /^(?:(\d+)\s*\|?\s*)?(.*?)\s*(porte\s*\S*)?\s*$/i;

/**
 * Reads an annex copied from a published PDF into a sheet: the titles, the header line, one row per line
 * that carries an amount (Nº · Município · Porte · R$, each kept verbatim so the checks can report it),
 * and the TOTAL, whose amount often stands on a line of its own.
 */
export function readPublishedText(text: string): Sheet {
  const values: CellValue[][] = [];
  let headerSeen = false;
  let totalPending = false;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const normalized = normalizeText(trimmed);
    if (!headerSeen && /^(n|no|n o|numero)\s+municipio\s+porte\s+(r\$|valor)/.test(normalized)) {
      values.push(["Nº", "Município", "Porte", "R$"]);
      headerSeen = true;
      continue;
    }
    if (normalized === "total") {
      totalPending = true;
      continue;
    }
    const amountLine = AMOUNT_AT_END.exec(trimmed);
    if (!headerSeen) {
      values.push([trimmed]); // a title above the table
    } else if (amountLine && totalPending && amountLine[1] === "") {
      values.push(["TOTAL", "", "", amountLine[2]]);
      totalPending = false;
    } else if (amountLine && normalizeText(amountLine[1]).startsWith("total")) {
      values.push(["TOTAL", "", "", amountLine[2]]);
    } else if (amountLine) {
      const [, number = "", municipality = "", porte = ""] = ROW_PARTS.exec(amountLine[1]) ?? [];
      values.push([number, municipality, porte, amountLine[2]]);
    }
  }
  if (totalPending) values.push(["TOTAL", "", "", ""]);
  return { values, ocr: true };
}
