/** @jest-environment jsdom */
import "../support/dom";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
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
    expect(leste.textContent).toMatch(/^Lestecontinua4R\$ [\d.]+,\d\d$/);
    expect(within(summary).getByRole("table", { name: "Por natureza jurídica" })).toBeTruthy();

    const grid = screen.getByRole("grid");
    const marked = [...grid.querySelectorAll("[data-mark]")].map((cell) => cell.getAttribute("data-address"));
    expect(marked).toEqual(["A6", "P10"]);
    expect(grid.querySelector('[data-address="P10"]')?.getAttribute("title")).toMatch(
      /^P10: A recomposição R\$ .* não é 100% de previsto 2021/,
    );
    await click("Ir para a célula P10");
    expect(grid.querySelector('[data-address="P10"]')?.getAttribute("aria-selected")).toBe("true");
  });
});
