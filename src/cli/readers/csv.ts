import Papa from "papaparse";
import type { Sheet } from "../../rules";
import { decodeText } from "./decode";

/** A CSV as Excel opens it: row 1 is the first line, column A the first field; ";" or "," between fields. */
export function readCsv(bytes: Uint8Array): Sheet {
  const parsed = Papa.parse<string[]>(decodeText(bytes), { delimitersToGuess: [";", ","], skipEmptyLines: false });
  return { values: parsed.data, origin: "A1" };
}
