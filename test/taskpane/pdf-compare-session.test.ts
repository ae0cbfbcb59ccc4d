// "Abrir PDF…" and "Comparar com…" (issue 16) driven through the session's commands, without rendering. pdf.js
// is handed in as the pane's commands take it: here its Node build with the worker in this thread (as the CLI
// loads it); in the pane, its browser build with a Web Worker (src/taskpane/files/pdfjs-browser.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PdfJsLike } from "../../src/rules";
import type { AnnexFile } from "../../src/taskpane/files/file-actions";
import { compare, openPdf, selectComparedCell, toggleCompare, validate } from "../../src/taskpane/session/commands";
import { initialSession, sessionReducer, type SessionAction } from "../../src/taskpane/session/session";
import { previewWorkbook } from "../../src/taskpane/preview-workbook";
import type { MemoryWorkbook } from "../../src/taskpane/workbook/memory-workbook";
import { annexPdf, drawingOnlyPdf, passwordPdf } from "../support/pdf-fixtures";

const published = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");

/** pdf.js's Node build, its worker in this thread; it warns in English through console.log while loading. */
async function nodePdfjs(): Promise<PdfJsLike> {
  const log = console.log;
  console.log = () => {};
  try {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return pdfjs;
  } finally {
    console.log = log;
  }
}

const fileOf = (name: string, bytes: Uint8Array): AnnexFile => ({ name, size: bytes.length, read: async () => bytes });
const textFile = (name: string, text: string) => fileOf(name, new TextEncoder().encode(text));

function session() {
  let state = initialSession();
  const actions: string[] = [];
  const dispatch = (action: SessionAction) => {
    state = sessionReducer(state, action);
    actions.push(action.type);
  };
  return {
    get state() {
      return state;
    },
    dispatch,
    actions,
  };
}

const marksOn = (workbook: MemoryWorkbook, sheetName: string) =>
  new Map(
    [...(workbook.getState().sheets.find((sheet) => sheet.name === sheetName)?.marks ?? [])].map(([cell, mark]) => [
      cell,
      mark.severity,
    ]),
  );

describe("Abrir PDF…", () => {
  test("the published Anexo I as a PDF: a new sheet of 172 rows, validated, problems at their page and line", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    const pdf = await annexPdf(published, { columns: 1 });
    await openPdf(workbook, pane.state, pane.dispatch, fileOf("anexo-i.pdf", pdf), nodePdfjs);

    expect(pane.state.error).toBeNull();
    expect(pane.actions).toEqual(["started", "marksCleared", "pdfOpened", "finished"]);
    const validation = pane.state.validation;
    expect(validation?.sheetName).toBe("PDF publicado");
    expect(workbook.getState().activeSheet).toBe("PDF publicado");
    expect(validation?.report.summary).toMatchObject({ rows: 172, sum: "10425000.00", declaredTotal: "10425000.00" });
    // The same problems as the text pasted, each on a row with its page and line too.
    const c2 = validation?.report.problems.find((problem) => problem.cell === "C2");
    expect(c2).toMatchObject({ code: "porte-invalid", page: 1, line: 4 });
    expect(validation?.report.problems.filter((p) => p.cell !== null && p.page === null)).toEqual([]);
    expect(marksOn(workbook, "PDF publicado").get("C2")).toBe("error");
    // Validar on that sheet later gives the same problems, pages included (the sheet keeps its origin).
    await validate(workbook, pane.state, pane.dispatch);
    expect(pane.state.validation?.report.problems).toEqual(validation?.report.problems);
  });

  test.each([
    ["escaneado.pdf", drawingOnlyPdf, 'O PDF "escaneado.pdf" não tem texto, só imagem'],
    ["com-senha.pdf", passwordPdf, 'O PDF "com-senha.pdf" está protegido por senha'],
    [
      "truncado.pdf",
      async () => (await annexPdf(published, { columns: 1 })).slice(0, 3000),
      'O arquivo "truncado.pdf" não pôde ser lido como PDF: está danificado, incompleto ou não é um PDF.',
    ],
  ])("%s: the CLI's message, nothing created", async (name, make, message) => {
    const workbook = previewWorkbook();
    const pane = session();
    await openPdf(workbook, pane.state, pane.dispatch, fileOf(name, await make()), nodePdfjs);
    expect(pane.state.error).toContain(message);
    expect(pane.state.validation).toBeNull();
    expect(await workbook.listSheets()).toEqual(["Anexo I", "Lista de exemplo", "Recomposição (exemplo)"]);
  });

  test("a file that is not a .pdf is refused before reading it", async () => {
    const pane = session();
    await openPdf(previewWorkbook(), pane.state, pane.dispatch, textFile("anexo.txt", published), nodePdfjs);
    expect(pane.state.error).toBe('"anexo.txt" não é um PDF: escolha um arquivo .pdf com o texto do anexo.');
  });
});

/** The previous annex: Alfenas Porte IV (R$ 90.000,00), Arinos R$ 30.000,00, no Bandeira do Sul, and Mariana. */
const previous = published
  .replace("3| Alfenas PorteV R$ 105.000,00", "3| Alfenas Porte IV R$ 90.000,00")
  .replace("10| Arinos Porte | R$ 35.000,00", "10| Arinos Porte | R$ 30.000,00")
  .replace("11 | Bandeira do Sul Porte | R$ 35.000,00\n", "")
  .replace(
    "172 | Virgem da Lapa Porte | R$ 35.000,00",
    "172 | Virgem da Lapa Porte | R$ 35.000,00\n173 | Mariana Porte Il R$ 75.000,00",
  );

describe("Comparar com…", () => {
  test("opening the panel offers the other sheets", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await toggleCompare(workbook, pane.state, pane.dispatch);
    expect(pane.state.panel).toBe("compare");
    expect(pane.state.compareSheets).toEqual(["Lista de exemplo", "Recomposição (exemplo)"]);
    await toggleCompare(workbook, pane.state, pane.dispatch);
    expect(pane.state.panel).toBeNull();
  });

  test("the active Anexo I with a previous annex as .txt: each change, the totals, the changed cells marked", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await validate(workbook, pane.state, pane.dispatch);
    await compare(workbook, pane.state, pane.dispatch, { file: textFile("anterior.txt", previous) });

    expect(pane.state.error).toBeNull();
    const result = pane.state.comparison;
    expect(pane.state.validation).toBeNull();
    expect(result?.sheetName).toBe("Anexo I");
    expect(result?.previous).toBe('arquivo "anterior.txt"');
    const { comparison } = result!;
    expect(comparison.totals).toEqual({ before: "10445000.00", after: "10425000.00", difference: "-20000.00" });
    expect(comparison.added.map((row) => [row.name, row.cell, row.amount])).toEqual([
      ["Bandeira do Sul", "B12", "35000.00"],
    ]);
    expect(comparison.removed.map((row) => [row.name, row.amount])).toEqual([["Mariana", "75000.00"]]);
    expect(comparison.porteChanged.map((c) => [c.name, c.before.porte, c.after.porte, c.difference])).toEqual([
      ["Alfenas", "Porte IV", "Porte V", "15000.00"],
    ]);
    expect(comparison.amountChanged.map((c) => [c.name, c.difference])).toEqual([["Arinos", "5000.00"]]);
    expect(result?.cells.map(({ cell, kind, message }) => [cell, kind, message])).toEqual([
      ["C4", "porte", "Porte alterado: Porte IV → Porte V; R$ 90.000,00 → R$ 105.000,00 (+R$ 15.000,00)."],
      ["D4", "porte", "Porte alterado: Porte IV → Porte V; R$ 90.000,00 → R$ 105.000,00 (+R$ 15.000,00)."],
      ["D11", "amount", "Valor alterado: R$ 30.000,00 → R$ 35.000,00 (+R$ 5.000,00)."],
      ["B12", "added", "Incluído: não estava no anexo anterior (R$ 35.000,00)."],
      ["B36", "unmatched", "Não identificado: Município vazio."],
      ["B77", "unmatched", "Não identificado: Município vazio."],
    ]);
    // The validation's marks gave way to the comparison's, on the same sheet.
    expect([...marksOn(workbook, "Anexo I")].sort()).toEqual([
      ["B12", "warning"],
      ["B36", "error"],
      ["B77", "error"],
      ["C4", "warning"],
      ["D11", "warning"],
      ["D4", "warning"],
    ]);
    await selectComparedCell(workbook, pane.state, pane.dispatch, "D11");
    expect(workbook.getState()).toMatchObject({ activeSheet: "Anexo I", selection: "D11" });
  });

  test("with another sheet: the previous annex pasted as a sheet; the same sheet is refused", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await workbook.addSheet({
      name: "Anterior",
      values: [
        ["Nº", "Município", "Porte", "R$"],
        [1, "Araxá", "Porte III", 75000],
      ],
      numberFormats: [],
    });
    workbook.select("A1", "Anexo I");
    await compare(workbook, pane.state, pane.dispatch, { sheet: "Anexo I" });
    expect(pane.state.error).toBe('O anexo novo já está na planilha "Anexo I": escolha outra para comparar.');
    await compare(workbook, pane.state, pane.dispatch, { sheet: "Anterior" });
    expect(pane.state.error).toBeNull();
    const { comparison } = pane.state.comparison!;
    expect(comparison.removed).toEqual([]);
    expect(comparison.added).toHaveLength(169); // 172 rows, Araxá in both, two rows without a name
    expect(comparison.totals).toEqual({ before: "75000.00", after: "10425000.00", difference: "10350000.00" });
  });

  test("with the same annex as a PDF: nothing changed but the rows the OCR left without a name", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    const pdf = await annexPdf(published, { columns: 2 });
    await compare(workbook, pane.state, pane.dispatch, { file: fileOf("anexo.pdf", pdf) }, nodePdfjs);
    expect(pane.state.error).toBeNull();
    const { comparison, cells } = pane.state.comparison!;
    expect([comparison.added, comparison.removed, comparison.porteChanged, comparison.amountChanged]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(comparison.totals.difference).toBe("0.00");
    expect(comparison.unmatched.filter((row) => row.side === "before").map((row) => row.page)).toEqual([1, 1]);
    expect(cells.map((cell) => cell.cell)).toEqual(["B36", "B77"]);
  });

  test("a file of another format is refused in pt-BR", async () => {
    const pane = session();
    await compare(previewWorkbook(), pane.state, pane.dispatch, { file: textFile("anexo.xlsx", "") });
    expect(pane.state.error).toMatch(/^Formato não suportado: "anexo.xlsx"\. Use \.pdf \(com texto\), \.txt/);
  });
});
