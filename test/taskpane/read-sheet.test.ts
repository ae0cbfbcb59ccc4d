// Workbook.readSheet (the previous annex of "Comparar com…") and activeSheetName, in both implementations.
import { ExcelWorkbook } from "../../src/taskpane/workbook/excel-workbook";
import { MemoryWorkbook } from "../../src/taskpane/workbook/memory-workbook";
import { SHEET_ORIGINS_SETTING, type SheetOrigin } from "../../src/taskpane/workbook/workbook";
import { fakeSheet, installFakeExcel, type FakeState } from "../support/fake-excel";

const ANNEX = [
  ["", "", "", ""],
  ["", "Nº", "Município", "Porte", "R$"],
  ["", 1, "Araxá", "Porte III", 75000],
];
const USED = [
  ["Nº", "Município", "Porte", "R$"],
  [1, "Araxá", "Porte III", 75000],
];
const ORIGIN: SheetOrigin = { ocr: true, lines: [3, 4], readerProblems: [], rows: 2, pages: [1, 1] };

describe("MemoryWorkbook.readSheet", () => {
  test("reads the used range of a sheet that is not active, whatever the selection, with its origin", async () => {
    const workbook = new MemoryWorkbook([
      { name: "Ativa", values: [["x"]] },
      { name: "Anterior", values: ANNEX },
    ]);
    workbook.settings.set(SHEET_ORIGINS_SETTING, { Anterior: ORIGIN });
    workbook.select("A1:A1");
    expect(await workbook.activeSheetName()).toBe("Ativa");
    expect(await workbook.readSheet("Anterior")).toEqual({
      name: "Anterior",
      origin: "B2",
      values: USED,
      ocr: true,
    });
    expect(await workbook.activeSheetName()).toBe("Ativa");
  });

  test("a sheet read whole from published text (or a PDF) keeps its lines and pages", async () => {
    const workbook = new MemoryWorkbook([{ name: "PDF", values: USED }]);
    workbook.settings.set(SHEET_ORIGINS_SETTING, { PDF: ORIGIN });
    expect(await workbook.readSheet("PDF")).toMatchObject({ origin: "A1", lines: [3, 4], pages: [1, 1] });
  });

  test("an empty sheet and a missing one are pt-BR errors", async () => {
    const workbook = new MemoryWorkbook([
      { name: "Ativa", values: [["x"]] },
      { name: "Vazia", values: [] },
    ]);
    await expect(workbook.readSheet("Vazia")).rejects.toThrow('A planilha "Vazia" está vazia.');
    await expect(workbook.readSheet("Apagada")).rejects.toThrow('A planilha "Apagada" não existe mais.');
  });
});

describe("ExcelWorkbook.readSheet over Office.js (the fake)", () => {
  test("reads another sheet's used range in 2 syncs, without activating it; its origin by id", async () => {
    const state: FakeState = {
      sheets: [fakeSheet("Ativa", [["x"]]), fakeSheet("Anterior", ANNEX)],
      active: "Ativa",
      selection: "A1",
      // The fake's ids are the sheets' names.
      settings: { [SHEET_ORIGINS_SETTING]: { Anterior: ORIGIN } },
    };
    const { runs } = installFakeExcel(state);
    const workbook = new ExcelWorkbook();
    expect(await workbook.activeSheetName()).toBe("Ativa");
    expect(await workbook.readSheet("Anterior")).toEqual({ name: "Anterior", origin: "B2", values: USED, ocr: true });
    expect(runs.map((run) => run.syncs)).toEqual([1, 2]);
    expect(state.active).toBe("Ativa");
  });

  test("an empty sheet and a missing one are pt-BR errors", async () => {
    const state: FakeState = {
      sheets: [fakeSheet("Ativa", [["x"]]), fakeSheet("Vazia", [])],
      active: "Ativa",
      selection: "A1",
    };
    installFakeExcel(state);
    const workbook = new ExcelWorkbook();
    await expect(workbook.readSheet("Vazia")).rejects.toThrow('A planilha "Vazia" está vazia.');
    await expect(workbook.readSheet("Apagada")).rejects.toThrow('A planilha "Apagada" não existe mais.');
  });
});
