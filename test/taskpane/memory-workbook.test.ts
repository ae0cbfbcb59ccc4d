import { MemoryWorkbook } from "../../src/taskpane/workbook/memory-workbook";

const values = [
  ["ANEXO I", "", ""],
  ["Nº", "Município", "R$"],
  [1, "Abaeté", 35000],
  [2, "Açucena", 60000],
];

describe("MemoryWorkbook behaves like the Excel one where the pane can tell", () => {
  test("one selected cell reads the used range; a selection reads its part of the used range", async () => {
    const workbook = new MemoryWorkbook([{ name: "Anexo", values }]);
    expect(await workbook.readAnnex()).toEqual({ name: "Anexo", origin: "A1", values });
    workbook.select("B3:F9");
    expect(await workbook.readAnnex()).toEqual({
      name: "Anexo",
      origin: "B3",
      values: [
        ["Abaeté", 35000],
        ["Açucena", 60000],
      ],
    });
    workbook.select("E7:F9");
    await expect(workbook.readAnnex()).rejects.toThrow("A seleção não tem nenhuma célula preenchida.");
  });

  test("marks sit beside the values: an error wins over a warning, clearing leaves the sheet as it was", async () => {
    const workbook = new MemoryWorkbook([{ name: "Anexo", values }]);
    const before = workbook.getState();
    await workbook.mark("Anexo", [
      { cell: "B3", severity: "warning", note: "aviso" },
      { cell: "B3", severity: "error", note: "erro" },
      { cell: "C4", severity: "warning", note: "outro aviso" },
    ]);
    const marked = workbook.getState().sheets[0];
    expect([...marked.marks.values()].map((mark) => `${mark.cell} ${mark.severity}`)).toEqual([
      "B3 error",
      "C4 warning",
    ]);
    expect(marked.values).toBe(values);
    await workbook.clearMarks();
    expect(workbook.getState().sheets[0]).toEqual(before.sheets[0]);
  });

  test("a new sheet with a taken name is refused; a sheet that does not exist is a pt-BR error", async () => {
    const workbook = new MemoryWorkbook([{ name: "Anexo", values }]);
    await expect(workbook.addSheet({ name: "ANEXO", values: [], numberFormats: [] })).rejects.toThrow(
      'Já existe uma planilha chamada "ANEXO".',
    );
    await expect(workbook.selectCell("Outra", "A1")).rejects.toThrow('A planilha "Outra" não existe mais.');
  });
});
