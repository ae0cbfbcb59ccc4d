import Papa from "papaparse";
import type { Sheet } from "../../rules";
import { decodeText } from "./decode";

/** A CSV as Excel opens it: row 1 is the first line, column A the first field; ";" or "," between fields. */
export function readCsv(bytes: Uint8Array): Sheet {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  return { values: parsed.data, origin: "A1" };
}

/**
 * The more frequent of ";" and "," outside quotes in the first lines. Papa Parse's own guess needs many rows
 * that agree, and picks "," for a two-line list exported with ";" (amounts like 35.000,00 stay unquoted there).
 */
function delimiterOf(text: string): string {
  const head = text
    .split(/\r?\n/)
    .slice(0, 50)
    .join("\n")
    .replace(/"[^"]*"/g, "");
  const count = (delimiter: string) => head.split(delimiter).length - 1;
  return count(",") > count(";") ? "," : ";";
}
