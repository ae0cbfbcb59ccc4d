import { PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";

// PDFs of annexes for the tests and the bench, written with pdf-lib as a word processor would: each cell of a
// row drawn at its column's x on one baseline, the table running over pages with its header repeated at the
// top of each page (or column), in one or two columns per page.

const PAGE = { width: 595, height: 842, top: 800, bottom: 50 };

/** A line of published text as the cells of an annex row ("1 | Araxá Porte III R$ 75.000,00"), when it is one. */
function cellsOf(line: string): string[] | null {
  const match = /^(?:(\d+)\s*[|!]?\s*)?(.*?)\s*(Porte\s*\S*)?\s*(R\$.*)?$/.exec(line.trim());
  if (match === null) return null;
  const [, number = "", name = "", porte = "", amount = ""] = match;
  if (porte === "" && amount === "" && number === "") return null;
  return [number, name, porte, amount];
}

const HEADER = /^n\S?\s+munic[ií]pio\s+porte\s+r\$$/i;

export interface AnnexPdfOptions {
  columns: 1 | 2;
  /** Font size; the rows are 1.5 times that apart. */
  size?: number;
}

/**
 * The published text as a PDF: lines before the header as a title across the page, then every line of the
 * table (rows drawn cell by cell at fixed x: Nº, Município, Porte, R$), then what follows the table. Blank
 * lines and "#" comments are left out. A new page (or column) starts with the header again.
 */
export async function annexPdf(text: string, { columns, size = columns === 1 ? 9 : 7 }: AnnexPdfOptions) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  const headerAt = lines.findIndex((line) => HEADER.test(line));
  const title = lines.slice(0, headerAt);
  const header = lines[headerAt];
  const body = lines.slice(headerAt + 1);
  const leading = size * 1.5;
  const margin = 40;
  const gutter = 24;
  const columnWidth = (PAGE.width - 2 * margin - (columns - 1) * gutter) / columns;
  // Column x's from the widest cell of each column, plus a gap.
  const widest = [0, 0, 0, 0];
  for (const line of body) {
    cellsOf(line)?.forEach((cell, i) => (widest[i] = Math.max(widest[i], font.widthOfTextAtSize(cell, size))));
  }
  const offsets = [0];
  for (let i = 1; i < 4; i++) offsets.push(offsets[i - 1] + widest[i - 1] + size * 1.2);
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.top;
  for (const line of title) {
    page.drawText(line, { x: margin, y, size, font });
    y -= leading;
  }
  const top = y;
  let column = 0;
  const left = () => margin + column * (columnWidth + gutter);
  const drawRow = (line: string) => {
    const cells = HEADER.test(line) ? line.split(/\s+/) : cellsOf(line);
    if (cells === null) draw(page, line, left(), y, size, font);
    else cells.forEach((cell, i) => cell !== "" && draw(page, cell, left() + offsets[i], y, size, font));
    y -= leading;
  };
  drawRow(header);
  let inTable = true;
  for (const line of body) {
    if (y < PAGE.bottom) {
      column++;
      if (column === columns) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        column = 0;
        y = PAGE.top;
      } else {
        y = top;
      }
      if (inTable) drawRow(header);
    }
    drawRow(line);
    if (/^total\b/i.test(line)) inTable = false;
  }
  return doc.save();
}

function draw(page: PDFPage, text: string, x: number, y: number, size: number, font: PDFFont) {
  page.drawText(text, { x, y, size, font });
}

/** A scan as far as text goes: a page with only a drawing on it. */
export async function drawingOnlyPdf() {
  const doc = await PDFDocument.create();
  const page = doc.addPage([PAGE.width, PAGE.height]);
  page.drawRectangle({ x: 50, y: 400, width: 300, height: 200, borderWidth: 2 });
  return doc.save();
}

/**
 * A PDF that asks for a password to open. pdf-lib cannot encrypt, but an /Encrypt dictionary of the standard
 * handler whose /U does not match the empty password is what a protected PDF is to a reader, which stops there.
 */
export async function passwordPdf() {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([PAGE.width, PAGE.height]).drawText("Nº Município Porte R$", { x: 50, y: 800, size: 9, font });
  const bytes32 = (seed: number) =>
    PDFHexString.of(
      Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, "0")).join(""),
    );
  const encrypt = doc.context.obj({
    Filter: PDFName.of("Standard"),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    O: bytes32(11),
    U: bytes32(97),
    P: PDFNumber.of(-44),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([bytes32(5), bytes32(5)]);
  return doc.save({ useObjectStreams: false });
}
