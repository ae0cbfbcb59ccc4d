import { readPdfLines, type PdfJsLike } from "../../src/rules";
import { asyncRefusal } from "../support/refusal";

// readPdfLines driven by a fake pdf.js: the page and text-item limits, marked content, scans (no text) and the
// loading task always destroyed, with the exact pt-BR messages.

interface FakePdf {
  pdfjs: PdfJsLike;
  /** How many times the loading task was destroyed. */
  destroyed: () => number;
  /** The pages asked for, in order. */
  pagesRead: number[];
}

function fakePdf(pages: readonly (readonly object[])[], numPages = pages.length): FakePdf {
  let destroyed = 0;
  const pagesRead: number[] = [];
  const pdfjs: PdfJsLike = {
    getDocument: () => ({
      promise: Promise.resolve({
        numPages,
        getPage: async (pageNumber: number) => {
          pagesRead.push(pageNumber);
          return {
            getTextContent: async () => ({ items: pages[pageNumber - 1] ?? [] }),
            cleanup: () => undefined,
          };
        },
      }),
      destroy: async () => {
        destroyed++;
      },
    }),
  };
  return { pdfjs, destroyed: () => destroyed, pagesRead };
}

/** A pdf.js TextItem: its position is the transform's last two numbers. */
const textItem = (str: string, x: number, y: number, width = str.length * 5) => ({
  str,
  dir: "ltr",
  transform: [10, 0, 0, 10, x, y],
  width,
  height: 10,
  fontName: "g_d0_f1",
  hasEOL: false,
});
const markedContent = { type: "beginMarkedContent", tag: "Artifact" };
const bytes = new Uint8Array([37, 80, 68, 70]);

describe("readPdfLines: pages", () => {
  test("500 pages are read, each at its number", async () => {
    const pages = Array.from({ length: 500 }, (_, i) =>
      i === 0 || i === 499 ? [textItem(`página ${i + 1}`, 40, 700)] : [],
    );
    const pdf = fakePdf(pages);
    expect(await readPdfLines(pdf.pdfjs, bytes, "diario.pdf")).toEqual([
      { text: "página 1", page: 1, line: 1 },
      { text: "página 500", page: 500, line: 1 },
    ]);
    expect(pdf.pagesRead).toHaveLength(500);
    expect(pdf.destroyed()).toBe(1);
  });

  test("501 pages are refused before any page is read", async () => {
    const pdf = fakePdf([[textItem("Nº", 40, 700)]], 501);
    const error = await asyncRefusal(readPdfLines(pdf.pdfjs, bytes, "diario.pdf"));
    expect([error.kind, error.message]).toEqual([
      "invalid",
      'O PDF "diario.pdf" tem 501 páginas, acima do limite de 500. Salve só as páginas do anexo num PDF menor e confira esse arquivo.',
    ]);
    expect(pdf.pagesRead).toEqual([]);
    expect(pdf.destroyed()).toBe(1);
  });
});

describe("readPdfLines: text items", () => {
  test("marked content (no str) is skipped; the text items keep their page and position", async () => {
    const pdf = fakePdf([
      [markedContent, textItem("Nº", 40, 700), { type: "endMarkedContent" }, textItem("Município", 60, 700)],
      [markedContent, textItem("TOTAL", 40, 700)],
    ]);
    expect(await readPdfLines(pdf.pdfjs, bytes, "anexo.pdf")).toEqual([
      { text: "Nº Município", page: 1, line: 1 },
      { text: "TOTAL", page: 2, line: 1 },
    ]);
    expect(pdf.destroyed()).toBe(1);
  });

  test("1.000.000 text items are read; marked content does not count", async () => {
    const blank = textItem(" ", 40, 100);
    const first = [textItem("Nº", 40, 700), ...new Array<object>(599_999).fill(blank), markedContent];
    const second = [...new Array<object>(400_000).fill(blank), markedContent, markedContent];
    const pdf = fakePdf([first, second]);
    expect(await readPdfLines(pdf.pdfjs, bytes, "anexo.pdf")).toEqual([{ text: "Nº", page: 1, line: 1 }]);
  });

  test("one text item more is refused, naming the page it was reached on", async () => {
    const blank = textItem(" ", 40, 100);
    const first = [textItem("Nº", 40, 700), ...new Array<object>(599_999).fill(blank)];
    const second = [...new Array<object>(400_001).fill(blank)];
    const pdf = fakePdf([first, second, [textItem("TOTAL", 40, 700)]]);
    const error = await asyncRefusal(readPdfLines(pdf.pdfjs, bytes, "anexo.pdf"));
    expect([error.kind, error.message]).toEqual([
      "invalid",
      'O PDF "anexo.pdf" tem texto demais (mais de 1.000.000 trechos até a página 2). Salve só as páginas do anexo num PDF menor e confira esse arquivo.',
    ]);
    expect(pdf.pagesRead).toEqual([1, 2]);
    expect(pdf.destroyed()).toBe(1);
  });
});

describe("readPdfLines: a PDF with no text", () => {
  const scanMessage =
    'O PDF "escaneado.pdf" não tem texto, só imagem: parece um documento digitalizado (escaneado). ' +
    "Passe-o por um programa de OCR (reconhecimento de texto) e confira o texto obtido, salvo como .txt, " +
    "ou copie o texto do anexo de uma versão do documento que tenha texto e salve-o como .txt.";

  test.each([
    ["no text items at all", [[markedContent], []]],
    ["only blank text items", [[textItem(" ", 40, 700), textItem("", 60, 700)], [textItem("\t", 40, 700)]]],
  ])("%s: refused as a scan", async (_, pages) => {
    const pdf = fakePdf(pages);
    const error = await asyncRefusal(readPdfLines(pdf.pdfjs, bytes, "escaneado.pdf"));
    expect([error.kind, error.message]).toEqual(["invalid", scanMessage]);
    expect(pdf.destroyed()).toBe(1);
  });

  test("a single text item with a letter is enough", async () => {
    const pdf = fakePdf([[textItem(" ", 40, 700)], [textItem("1", 40, 700)]]);
    expect(await readPdfLines(pdf.pdfjs, bytes, "anexo.pdf")).toEqual([{ text: "1", page: 2, line: 1 }]);
  });
});
