/** @jest-environment jsdom */
import "../support/dom";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { validateActiveSheet } from "../../src/taskpane/annex-actions";
import { App } from "../../src/taskpane/components/App";
import { MemoryWorkbook } from "../../src/taskpane/workbook/memory-workbook";
import { COLUMN, recomposicaoAnnex } from "../support/recomposicao-fixture";

async function click(name: string) {
  await act(async () => fireEvent.click(screen.getByRole("button", { name })));
}

describe("a recomposição annex in preview mode", () => {
  test("Validar tells the kind by the header: totals per macrorregião and natureza, the wrong cells marked", async () => {
    const values = recomposicaoAnnex(30);
    values[5][COLUMN.cnes] = "21000"; // A6: not 7 digits
    values[9][COLUMN.recomposicao] = (values[9][COLUMN.recomposicao] as number) + 1; // P10
    values[32][COLUMN.recomposicao] = (values[32][COLUMN.recomposicao] as number) + 1; // TOTAL follows: no total-mismatch
    const workbook = new MemoryWorkbook([{ name: "Recomposição", values }]);
    render(<App workbook={workbook} preview={workbook} />);
    await click("Validar");

    const summary = screen.getByRole("region", { name: "Resumo" });
    expect(within(summary).getByText("Total anual", { selector: "dt" }).nextSibling?.textContent).toBe(
      "R$ 238.233.844,83 (Art. 5º da Res. 7845/2021)",
    );
    const macro = within(summary).getByRole("table", { name: "Por macrorregião" });
    const leste = within(macro).getByRole("row", { name: /^Leste/ });
    // The fixture's four Leste hospitals; Oeste holds hospital 8 (row 10), whose recomposição gained R$ 1,00.
    expect(leste.textContent).toBe("Lestecontinua4R$ 1.992.079,02");
    expect(within(macro).getByRole("row", { name: /^Oeste/ }).textContent).toBe("Oestetermina3R$ 1.381.775,48");
    const natureza = within(summary).getByRole("table", { name: "Por natureza jurídica" });
    expect(within(natureza).getByRole("row", { name: /^Filantrópica sem/ }).textContent).toBe(
      "Filantrópica sem fins lucrativos7R$ 2.670.691,17",
    );

    const grid = screen.getByRole("grid");
    const marked = [...grid.querySelectorAll("[data-mark]")].map((cell) => cell.getAttribute("data-address"));
    expect(marked).toEqual(["A6", "P10"]);
    expect(grid.querySelector('[data-address="P10"]')?.getAttribute("title")).toBe(
      "P10: A recomposição R$ 1.151.017,22 não é 100% de previsto 2021 (R$ 1.984.510,72) menos Valora Minas " +
        "(R$ 833.494,50): R$ 1.151.016,22 (Art. 3º).",
    );
    await click("Ir para a célula P10");
    expect(grid.querySelector('[data-address="P10"]')?.getAttribute("aria-selected")).toBe("true");
  });
});

describe("a negative amount in a recomposição annex", () => {
  test("Previsto 2021 and Valora Minas below zero are value-invalid at their cells, marked, never thrown", async () => {
    const values = recomposicaoAnnex(5);
    values[3][COLUMN.previsto] = -1500000; // L4
    values[4][COLUMN.valora] = "-R$ 1.265.443,44"; // O5
    const workbook = new MemoryWorkbook([{ name: "Recomposição", values }]);
    const { report, sheetName } = await validateActiveSheet(workbook);
    expect(sheetName).toBe("Recomposição");
    expect(report.problems.map((p) => [p.cell, p.code, p.message])).toEqual([
      ["L4", "value-invalid", 'Previsto 2021 ilegível ou negativo: "-1500000"; escreva como R$ 1.265.443,44.'],
      ["O5", "value-invalid", 'Valora Minas ilegível ou negativo: "-R$ 1.265.443,44"; escreva como R$ 1.265.443,44.'],
    ]);
    const sheet = workbook.getState().sheets[0];
    expect([...sheet.marks.keys()]).toEqual(["L4", "O5"]);
  });
});
