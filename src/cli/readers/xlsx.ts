// An .xlsx read cell by cell, in bounded time and memory. The zip's declared sizes are checked before
// anything is inflated (src/rules/import/xlsx-limits.ts), each part is inflated by fflate into a buffer of its
// declared size (a part that lies about its size is cut there, and its XML then fails to parse), and the
// sheet's XML is streamed through saxes. Only the cells the file holds are visited: nothing is allocated by the
// sheet's declared dimension or by the address of its last cell.
//
// Why not exceljs: workbook.xlsx.load builds every cell of the used range (a lone cell at XFD1048576 exhausts
// 4 GB), and its streaming WorkbookReader reads a formula's cached error or boolean as NaN or 1, ignores hidden
// sheets' order, stops on a cell written without its address, and inflates through unzipper with no byte
// bound. saxes is the XML parser exceljs itself streams with.
import { unzipSync } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import {
  checkXlsxZip,
  columnLetters,
  formatDate,
  fromExcelSerial,
  MAX_CELL_CHARS,
  MAX_XLSX_CELLS,
  MAX_XLSX_COLUMNS,
  noteKey,
  type CellValue,
  type Sheet,
  type ZipEntrySize,
} from "../../rules";
import { ReadError } from "./read-error";

export { MAX_XLSX_FILE_BYTES } from "../../rules";

/** Excel's error values as Excel in Portuguese shows them. */
const ERRORS_PT_BR = new Map([
  ["#N/A", "#N/D"],
  ["#VALUE!", "#VALOR!"],
  ["#REF!", "#REF!"],
  ["#DIV/0!", "#DIV/0!"],
  ["#NAME?", "#NOME?"],
  ["#NUM!", "#NÚM!"],
  ["#NULL!", "#NULO!"],
  ["#SPILL!", "#DESPEJAR!"],
  ["#CALC!", "#CALC!"],
  ["#GETTING_DATA", "#OBTENDO_DADOS"],
]);

export const DATE_NOTE = "célula formatada como data no Excel";
export const FORMULA_NOTE = "fórmula sem valor calculado: abra e salve no Excel";
export const LONG_TEXT_NOTE = `texto com mais de ${MAX_CELL_CHARS.toLocaleString("pt-BR")} caracteres, o limite de uma célula do Excel: lido só o começo`;

const UNREADABLE = "O arquivo não é uma planilha .xlsx legível";

/** One worksheet of the workbook, in the order of its tabs. */
interface SheetEntry {
  name: string;
  hidden: boolean;
  /** Path of its XML inside the zip. */
  path: string;
}

/** A worksheet of an .xlsx, from A1 so that addresses are the real ones. */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Sheet> {
  const check = checkXlsxZip(bytes);
  if (!check.ok) throw new ReadError(check.message);
  const zip = new ZipParts(bytes, check.entries);
  const workbookPath = partOf(relationships(zip, "_rels/.rels"), "officeDocument", "") || "xl/workbook.xml";
  const workbookRels = relationships(zip, relsPathOf(workbookPath));
  const { sheets, date1904 } = readWorkbook(zip.text(workbookPath), workbookRels, workbookPath);
  const chosen = chooseSheet(sheets, sheetName);
  const sharedStringsPath = partOf(workbookRels, "sharedStrings", workbookPath);
  const stylesPath = partOf(workbookRels, "styles", workbookPath);
  // Shared strings and styles are optional: a workbook of numbers only may have neither.
  const sharedStrings = zip.has(sharedStringsPath) ? readSharedStrings(zip.text(sharedStringsPath)) : [];
  const dateStyles = zip.has(stylesPath) ? readDateStyles(zip.text(stylesPath)) : [];
  const sheetBytes = zip.bytes(chosen.path);
  return { ...readWorksheet(sheetBytes, { sharedStrings, dateStyles, date1904 }), name: chosen.name, origin: "A1" };
}

/** The parts of the zip, inflated on demand into buffers of their declared sizes. */
class ZipParts {
  constructor(
    private readonly zip: Uint8Array,
    private readonly entries: Map<string, ZipEntrySize>,
  ) {}

  has(path: string): boolean {
    return this.entries.has(path);
  }

  bytes(path: string): Uint8Array {
    if (!this.entries.has(path)) throw new ReadError(`${UNREADABLE}: falta a parte "${path}".`);
    try {
      return unzipSync(this.zip, { filter: (file) => file.name === path })[path] ?? new Uint8Array(0);
    } catch {
      throw new ReadError(`${UNREADABLE}: a parte "${path}" está corrompida.`);
    }
  }

  text(path: string): string {
    return new TextDecoder("utf-8").decode(this.bytes(path));
  }
}

/** Parses XML, turning any failure into a pt-BR ReadError naming the part. */
function parseXml(
  chunks: Iterable<string>,
  part: string,
  handlers: {
    open?: (tag: SaxesTagPlain) => void;
    close?: (tag: SaxesTagPlain) => void;
    text?: (text: string) => void;
  },
): void {
  const parser = new SaxesParser();
  if (handlers.open) parser.on("opentag", handlers.open);
  if (handlers.close) parser.on("closetag", handlers.close);
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  try {
    for (const chunk of chunks) parser.write(chunk);
    parser.close();
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`${UNREADABLE}: o XML de "${part}" está corrompido ou incompleto.`);
  }
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);
const attribute = (tag: SaxesTagPlain, name: string): string | undefined =>
  Object.hasOwn(tag.attributes, name) ? tag.attributes[name] : undefined;

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relsPathOf(path: string): string {
  const at = path.lastIndexOf("/");
  return `${path.slice(0, at + 1)}_rels/${path.slice(at + 1)}.rels`;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationships(zip: ZipParts, path: string): Relationship[] {
  const found: Relationship[] = [];
  if (!zip.has(path)) return found;
  parseXml([zip.text(path)], path, {
    open: (tag) => {
      if (localName(tag.name) !== "Relationship") return;
      const target = attribute(tag, "Target");
      if (attribute(tag, "TargetMode") === "External" || target === undefined) return;
      found.push({ id: attribute(tag, "Id") ?? "", type: attribute(tag, "Type") ?? "", target });
    },
  });
  return found;
}

/** The zip path a relationship of the part at `from` points to. */
function resolvePath(from: string, target: string): string {
  const base = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** The part of a given relationship type ("styles", "sharedStrings"), as a zip path, or "". */
function partOf(rels: Relationship[], type: string, from: string): string {
  const rel = rels.find((candidate) => candidate.type.endsWith(`/${type}`));
  return rel ? resolvePath(from, rel.target) : "";
}

function readWorkbook(
  xml: string,
  rels: Relationship[],
  workbookPath: string,
): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml([xml], workbookPath, {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === "workbookPr") {
        const value = attribute(tag, "date1904");
        date1904 = value === "1" || value === "true";
      }
      if (name !== "sheet") return;
      const idName = Object.keys(tag.attributes).find((key) => key === "id" || key.endsWith(":id"));
      const id = idName === undefined ? undefined : attribute(tag, idName);
      const rel = rels.find((candidate) => candidate.id === id);
      // Chart sheets and dialog sheets hold no cells.
      if (!rel || !rel.type.endsWith("/worksheet")) return;
      const state = attribute(tag, "state");
      sheets.push({
        name: attribute(tag, "name") ?? "",
        hidden: state === "hidden" || state === "veryHidden",
        path: resolvePath(workbookPath, rel.target),
      });
    },
  });
  return { sheets, date1904 };
}

/** Names compared as Excel's users see them: case, accents and Unicode normalization (NFC/NFD) aside. */
function sheetKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("pt-BR").trim();
}

/** The sheet named with --planilha (hidden or not), else the first visible one. */
function chooseSheet(sheets: SheetEntry[], sheetName: string | undefined): SheetEntry {
  if (sheets.length === 0) throw new ReadError("A pasta de trabalho não tem planilhas com células.");
  if (sheetName === undefined) {
    const visible = sheets.find((sheet) => !sheet.hidden);
    if (!visible) {
      throw new ReadError(
        `Todas as planilhas estão ocultas; escolha uma com --planilha. Planilhas: ${listSheets(sheets)}.`,
      );
    }
    return visible;
  }
  const exact = sheets.find((sheet) => sheet.name === sheetName);
  const found = exact ?? sheets.find((sheet) => sheetKey(sheet.name) === sheetKey(sheetName));
  if (!found) throw new ReadError(`Não há planilha "${sheetName}". Planilhas: ${listSheets(sheets)}.`);
  return found;
}

function listSheets(sheets: SheetEntry[]): string {
  return sheets.map((sheet) => `"${sheet.name}"${sheet.hidden ? " (oculta)" : ""}`).join(", ");
}

/** A text capped at Excel's cell limit, and whether it was cut. */
class CappedText {
  text = "";
  cut = false;

  add(part: string): void {
    if (this.cut) return;
    const room = MAX_CELL_CHARS - this.text.length;
    if (part.length > room) {
      this.text += part.slice(0, room);
      this.cut = true;
    } else {
      this.text += part;
    }
  }
}

interface SharedString {
  text: string;
  cut: boolean;
}

/** The shared strings, in order: the text of each <si>, its runs joined, phonetic guides (<rPh>) left out. */
function readSharedStrings(xml: string): SharedString[] {
  const strings: SharedString[] = [];
  let current: CappedText | undefined;
  let inText = false;
  let phonetic = 0;
  parseXml([xml], "sharedStrings.xml", {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === "si") current = new CappedText();
      else if (name === "rPh") phonetic++;
      else if (name === "t") inText = phonetic === 0;
    },
    close: (tag) => {
      const name = localName(tag.name);
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && current) {
        strings.push({ text: current.text, cut: current.cut });
        current = undefined;
      }
    },
    text: (text) => {
      if (inText && current) current.add(text);
    },
  });
  return strings;
}

/** Excel's built-in number formats that show a date: 14–17 and 22, and the East Asian 27–36 and 50–58. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52]);
for (let id = 53; id <= 58; id++) BUILT_IN_DATE_FORMATS.add(id);

/** A format code that shows a date (d, y, or m without h or s), once quoted text, [colour] and escapes are out. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .toLowerCase();
  return /[dy]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
}

/** For each cell style (cellXfs, by index), whether its number format shows a date. */
function readDateStyles(xml: string): boolean[] {
  const customFormats = new Map<number, string>();
  const dateStyles: boolean[] = [];
  let inCellXfs = false;
  parseXml([xml], "styles.xml", {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === "numFmt") {
        customFormats.set(Number(attribute(tag, "numFmtId")), attribute(tag, "formatCode") ?? "");
      } else if (name === "cellXfs") {
        inCellXfs = true;
      } else if (name === "xf" && inCellXfs) {
        const id = Number(attribute(tag, "numFmtId") ?? 0);
        const custom = customFormats.get(id);
        dateStyles.push(custom === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormatCode(custom));
      }
    },
    close: (tag) => {
      if (localName(tag.name) === "cellXfs") inCellXfs = false;
    },
  });
  return dateStyles;
}

interface WorksheetContext {
  sharedStrings: SharedString[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** Rows between filled ones: one shared, frozen empty row, so a gap costs one reference per row. */
const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];
/** Serial of 01/01/1904 in the 1900 date system. */
const DATE_1904_OFFSET = 1462;
const CHUNK_BYTES = 1 << 20;

/** "XFD1048576" → [1048576, 16384]; undefined when it is not an address. */
function parseCellRef(ref: string): [number, number] | undefined {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
  return [Number(match[2]), column];
}

function* decodeInChunks(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder("utf-8");
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    yield decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: true });
  }
  yield decoder.decode();
}

/** The sheet's cells into rows (up to the last filled row, each up to its last filled cell) and notes. */
function readWorksheet(xml: Uint8Array, context: WorksheetContext): Pick<Sheet, "values" | "notes"> {
  const values: CellValue[][] = [];
  const notes = new Map<string, string>();
  let cells = 0;
  let rowNumber = 0;
  let columnNumber = 0;
  // The cell being read.
  let type = "";
  let style = 0;
  let hasFormula = false;
  let hasValue = false;
  let text: CappedText | undefined;
  let inSheetData = false;
  let inValue = false;
  let phonetic = 0;

  const store = (value: CellValue, note: string | undefined) => {
    if (columnNumber > MAX_XLSX_COLUMNS) {
      throw new ReadError(
        `A célula ${columnLetters(columnNumber)}${rowNumber} está além da coluna ${columnLetters(MAX_XLSX_COLUMNS)}, a última lida (limite de ${MAX_XLSX_COLUMNS.toLocaleString("pt-BR")} colunas): apague o conteúdo dela ou copie o anexo para uma planilha nova.`,
      );
    }
    if (++cells > MAX_XLSX_CELLS) {
      throw new ReadError(
        `A planilha tem mais de ${MAX_XLSX_CELLS.toLocaleString("pt-BR")} células preenchidas, o limite: copie só o anexo para uma planilha nova.`,
      );
    }
    const rowIndex = rowNumber - 1;
    while (values.length <= rowIndex) values.push(EMPTY_ROW);
    if (values[rowIndex] === EMPTY_ROW) values[rowIndex] = [];
    values[rowIndex][columnNumber - 1] = value;
    if (note !== undefined) notes.set(noteKey(rowIndex, columnNumber - 1), note);
  };

  const finishCell = () => {
    const raw = text?.text ?? "";
    const cutNote = text?.cut ? LONG_TEXT_NOTE : undefined;
    if (type === "e") {
      if (hasValue) store(ERRORS_PT_BR.get(raw) ?? raw, undefined);
      else if (hasFormula) store(null, FORMULA_NOTE);
      return;
    }
    if (!hasValue) {
      if (hasFormula) store(null, FORMULA_NOTE);
      return;
    }
    switch (type) {
      case "s": {
        const shared = context.sharedStrings[Number(raw)];
        if (shared === undefined) throw new ReadError(`${UNREADABLE}: um texto compartilhado não existe.`);
        if (shared.text !== "") store(shared.text, shared.cut ? LONG_TEXT_NOTE : undefined);
        return;
      }
      case "inlineStr":
      case "str":
        if (raw !== "") store(raw, cutNote);
        return;
      case "b":
        store(raw.trim() === "1" || raw.trim() === "true", undefined);
        return;
      case "d": {
        const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
        store(day ? `${day[3]}/${day[2]}/${day[1]}` : raw, DATE_NOTE);
        return;
      }
      default: {
        if (raw.trim() === "") return;
        const number = Number(raw);
        if (!Number.isFinite(number)) {
          store(raw, cutNote);
        } else if (context.dateStyles[style] === true) {
          const date = dateText(number, context.date1904);
          store(date ?? number, date === undefined ? undefined : DATE_NOTE);
        } else {
          store(number, undefined);
        }
      }
    }
  };

  parseXml(decodeInChunks(xml), "planilha", {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === "sheetData") {
        inSheetData = true;
      } else if (!inSheetData) {
        return;
      } else if (name === "row") {
        const r = Number(attribute(tag, "r"));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        columnNumber = 0;
      } else if (name === "c") {
        const ref = attribute(tag, "r");
        const at = ref === undefined ? undefined : parseCellRef(ref.toUpperCase());
        if (at) [rowNumber, columnNumber] = at;
        else columnNumber++;
        type = attribute(tag, "t") ?? "n";
        style = Number(attribute(tag, "s") ?? 0);
        hasFormula = false;
        hasValue = false;
        text = undefined;
      } else if (name === "f") {
        hasFormula = true;
      } else if (name === "v" || name === "is") {
        hasValue = true;
        text ??= new CappedText();
        inValue = name === "v";
      } else if (name === "t") {
        inValue = text !== undefined;
      } else if (name === "rPh") {
        phonetic++;
      }
    },
    close: (tag) => {
      const name = localName(tag.name);
      if (name === "sheetData") inSheetData = false;
      else if (name === "rPh") phonetic--;
      else if (name === "v" || name === "t") inValue = false;
      else if (name === "c" && inSheetData) finishCell();
    },
    text: (part) => {
      // Only the text of <v>, and of <t> inside <is>: a formula's own text (<f>) is not kept.
      if (inValue && text && phonetic === 0) text.add(part);
    },
  });
  return notes.size > 0 ? { values, notes } : { values };
}

/** A date serial as dd/mm/aaaa; undefined before 01/03/1900 or past 31/12/9999. */
function dateText(serial: number, date1904: boolean): string | undefined {
  try {
    return formatDate(fromExcelSerial(date1904 ? serial + DATE_1904_OFFSET : serial));
  } catch {
    return undefined;
  }
}
