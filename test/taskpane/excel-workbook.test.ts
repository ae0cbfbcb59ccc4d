import { CHANGE_DEBOUNCE_MS, ExcelWorkbook, MARK_TAG } from "../../src/taskpane/workbook/excel-workbook";
import { WorkbookError, type Mark } from "../../src/taskpane/workbook/workbook";
import { validateActiveSheet } from "../../src/taskpane/annex-actions";
import { fakeSheet, installFakeExcel, type FakeState } from "../support/fake-excel";
import { annexRows } from "./support";

/** A sheet as an analyst formats it: a currency column, a bold header, a fill, borders and a rule of their own. */
function userState(rows: number): FakeState {
  const sheet = fakeSheet("Anexo I", annexRows(rows), { fill: "#FFFFFF", borders: "thin" });
  sheet.formats[0].forEach((format) => (format.font.bold = true));
  sheet.formats.slice(1).forEach((row) => (row[3].numberFormat = '"R$" #,##0.00'));
  sheet.conditionalFormats.push(
    { id: "user-1", type: "Custom", formula: "=$D2>100000", fill: "#00FF00", font: null, areas: "D2:D9" },
    { id: "user-2", type: "ColorScale", formula: null, fill: null, font: null, areas: "A1:A9" },
  );
  return { sheets: [sheet], active: "Anexo I", selection: "A1" };
}

const marksOn = (state: FakeState) =>
  state.sheets[0].conditionalFormats.filter((format) => format.formula?.includes(MARK_TAG));

describe("ExcelWorkbook over Office.js (a fake with load/sync semantics)", () => {
  test.each([100, 50_000])("reading %i rows takes 2 syncs, marking 2, clearing 2", async (rows) => {
    const state = userState(rows);
    const { runs } = installFakeExcel(state);
    const workbook = new ExcelWorkbook();
    const sheet = await workbook.readAnnex();
    expect(runs[0].syncs).toBe(2);
    expect(sheet).toMatchObject({ name: "Anexo I", origin: "A1" });
    expect(sheet.values).toHaveLength(rows + 1);
    const marks: Mark[] = Array.from({ length: rows }, (_, i) => ({
      cell: `B${i + 2}`,
      severity: i % 2 ? "error" : "warning",
      note: "x",
    }));
    await workbook.mark("Anexo I", marks);
    expect(runs[1].syncs).toBe(2);
    // Every other row: warnings on B2, B4…, errors on B3, B5…; no two cells of a style are adjacent.
    const cellsIn = (fill: string) =>
      marksOn(state)
        .filter((format) => format.fill === fill)
        .flatMap((format) => format.areas.split(","));
    expect(cellsIn("#FFEB9C")).toEqual(Array.from({ length: rows / 2 }, (_, i) => `B${2 * i + 2}`));
    expect(cellsIn("#FFC7CE")).toEqual(Array.from({ length: rows / 2 }, (_, i) => `B${2 * i + 3}`));
    await workbook.clearMarks("Anexo I");
    expect(runs[2].syncs).toBe(2);
  });

  test("validating marks the problem cells with two styles and writes no value", async () => {
    const state = userState(10);
    state.sheets[0].values[3][1] = "Janaliba"; // B4: unknown municipality (warning)
    state.sheets[0].values[5][2] = "Porte IX"; // C6: unreadable porte (error)
    const { runs } = installFakeExcel(state);
    const { report } = await validateActiveSheet(new ExcelWorkbook());
    expect(report.problems.map((problem) => `${problem.cell} ${problem.code}`)).toEqual([
      "B4 municipality-unknown",
      "C6 porte-invalid",
      "null total-missing",
    ]);
    expect(runs.reduce((total, run) => total + run.syncs, 0)).toBe(4);
    expect(runs.flatMap((run) => run.valueWrites)).toEqual([]);
    const ours = marksOn(state).map(({ areas, fill, font }) => ({ areas, fill, font }));
    expect(ours).toEqual([
      { areas: "C6", fill: "#FFC7CE", font: "#9C0006" },
      { areas: "B4", fill: "#FFEB9C", font: "#9C5700" },
    ]);
  });

  test("clearing, and every new validation, leaves values, formats and the user's own rules exactly as they were", async () => {
    const state = userState(30);
    state.sheets[0].values[4][1] = "Belo Horizonte";
    const before = structuredClone(state);
    installFakeExcel(state);
    const workbook = new ExcelWorkbook();
    await validateActiveSheet(workbook);
    expect(marksOn(state)).toHaveLength(1);
    await validateActiveSheet(workbook); // the marks are replaced, not added to
    expect(marksOn(state)).toHaveLength(1);
    expect(state.sheets[0].values).toEqual(before.sheets[0].values);
    expect(state.sheets[0].formats).toEqual(before.sheets[0].formats);
    await workbook.clearMarks();
    expect(state).toEqual(before);
  });

  test("marks on many scattered cells go in several conditional formats, each address list under Excel's limit", async () => {
    const state = userState(20_000);
    installFakeExcel(state);
    const marks: Mark[] = Array.from({ length: 10_000 }, (_, i) => ({
      cell: `C${2 * i + 2}`,
      severity: "error",
      note: "x",
    }));
    await new ExcelWorkbook().mark("Anexo I", marks);
    const ours = marksOn(state);
    // C2, C4… C20000 (none adjacent: 10,000 areas), 64,448 characters with their commas, in lists filled up to
    // 4,000 characters: 7 of 3,995, then 9 of 3,996 once the areas have 6 characters, and the rest, 503.
    expect(ours.map((format) => format.areas.length)).toEqual([...Array(7).fill(3995), ...Array(9).fill(3996), 503]);
    expect(ours.flatMap((format) => format.areas.split(","))).toEqual(
      Array.from({ length: 10_000 }, (_, i) => `C${2 * i + 2}`),
    );
  });

  test("the selection, when it has more than one cell, is what gets read, with its own origin", async () => {
    const state = { ...userState(10), selection: "B3:D40" };
    installFakeExcel(state);
    const sheet = await new ExcelWorkbook().readAnnex();
    expect(sheet.origin).toBe("B3");
    expect(sheet.values).toHaveLength(9); // rows 3 to 11: the used range ends at row 11
    expect(sheet.values[0]).toEqual(["Abaeté", "Porte I", 35000]);
  });

  test("an empty sheet is a pt-BR error, not an empty report", async () => {
    installFakeExcel({ sheets: [fakeSheet("Vazia", [])], active: "Vazia", selection: "A1" });
    await expect(new ExcelWorkbook().readAnnex()).rejects.toThrow(new WorkbookError('A planilha "Vazia" está vazia.'));
  });

  test("a new sheet gets text cells as text and amounts as numbers in reais, in one sync", async () => {
    const state: FakeState = { sheets: [fakeSheet("Plan1", [["x"]])], active: "Plan1", selection: "A1" };
    const { runs } = installFakeExcel(state);
    const workbook = new ExcelWorkbook();
    await workbook.addSheet({
      name: "Texto publicado",
      values: [
        ["Nº", "Município"],
        [1, "Porte Il", 35000],
      ],
      numberFormats: [
        ["@", "@"],
        ["General", "@", "[$R$-416] #,##0.00"],
      ],
    });
    expect(runs[0].syncs).toBe(1);
    expect(state.active).toBe("Texto publicado");
    const added = state.sheets[1];
    expect(added.values).toEqual([
      ["Nº", "Município", ""],
      [1, "Porte Il", 35000],
    ]);
    expect(added.formats[1].map((format) => format.numberFormat)).toEqual(["General", "@", "[$R$-416] #,##0.00"]);
    expect(await workbook.listSheets()).toEqual(["Plan1", "Texto publicado"]);
  });

  test("a drafted sheet gets its formulas and values in one write, in one sync", async () => {
    const state: FakeState = { sheets: [fakeSheet("Lista", [["x"]])], active: "Lista", selection: "A1" };
    const { runs } = installFakeExcel(state);
    await new ExcelWorkbook().addSheet({
      name: "Anexo I (rascunho)",
      values: [["Porte I", 35000, 2000000]],
      formulas: [["=SES.PORTE(C1)", "=SES.INCENTIVO(A1)", null]],
      numberFormats: [["General", "[$R$-416] #,##0.00", "[$R$-416] #,##0.00"]],
    });
    expect(runs[0].syncs).toBe(1);
    expect(state.sheets[1].values).toEqual([["=SES.PORTE(C1)", "=SES.INCENTIVO(A1)", 2000000]]);
  });

  test("the analyst's rule sets are kept in the workbook's settings, one sync to write and one to read", async () => {
    const state: FakeState = { sheets: [fakeSheet("Plan1", [["x"]])], active: "Plan1", selection: "A1" };
    const { runs } = installFakeExcel(state);
    const workbook = new ExcelWorkbook();
    expect(await workbook.readRuleSets()).toEqual([]);
    await workbook.writeRuleSets([{ id: "minha-2018" }]);
    expect(state.settings).toEqual({ "anexos-ses.regras": [{ id: "minha-2018" }] });
    expect(await workbook.readRuleSets()).toEqual([{ id: "minha-2018" }]);
    expect(runs.map((run) => run.syncs)).toEqual([1, 1, 1]);
  });

  test("selecting a cell shows its sheet; a sheet deleted meanwhile is a pt-BR error", async () => {
    const state = userState(5);
    state.sheets.push(fakeSheet("Outra", [["a"]]));
    state.active = "Outra";
    installFakeExcel(state);
    const workbook = new ExcelWorkbook();
    await workbook.selectCell("Anexo I", "C4");
    expect(state).toMatchObject({ active: "Anexo I", selection: "C4" });
    await expect(workbook.selectCell("Apagada", "A1")).rejects.toThrow('A planilha "Apagada" não existe mais.');
  });
});

describe("ExcelWorkbook: a chart of the drafted annex, and the change signal", () => {
  test("addChart: a clustered column chart of the amounts per porte, porte labels on the axis, beside the annex", async () => {
    const state: FakeState = {
      sheets: [fakeSheet("Anexo I (rascunho)", [["x"]])],
      active: "Anexo I (rascunho)",
      selection: "A1",
    };
    const { runs } = installFakeExcel(state);
    await new ExcelWorkbook().addChart("Anexo I (rascunho)", {
      title: "Anexo I por porte (competência 2018)",
      categories: "A15:A20",
      values: "D15:D20",
      anchor: "G2",
    });
    expect(runs[0].syncs).toBe(1);
    expect(state.charts).toEqual([
      {
        sheet: "Anexo I (rascunho)",
        type: "ColumnClustered",
        seriesBy: "Columns",
        values: "D15:D20",
        categories: "A15:A20",
        title: "Anexo I por porte (competência 2018)",
        legendVisible: false,
        seriesName: "R$",
        position: "G2",
      },
    ]);
  });

  test("onChanged: a burst of edits of one sheet is heard once, by name, after the pause; stop removes the handler", async () => {
    jest.useFakeTimers();
    try {
      const state = userState(3);
      installFakeExcel(state);
      const heard: string[] = [];
      const stop = new ExcelWorkbook().onChanged((sheetName) => heard.push(sheetName));
      await jest.advanceTimersByTimeAsync(0);
      expect(state.changeHandlers).toHaveLength(1);
      const [handler] = state.changeHandlers ?? [];
      // The fake's worksheet ids are the sheets' names.
      await handler({ worksheetId: "Anexo I" });
      await handler({ worksheetId: "Anexo I" });
      await jest.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS - 1);
      expect(heard).toEqual([]);
      await jest.advanceTimersByTimeAsync(1);
      expect(heard).toEqual(["Anexo I"]);
      stop();
      await jest.advanceTimersByTimeAsync(0);
      expect(state.changeHandlers).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });
});
