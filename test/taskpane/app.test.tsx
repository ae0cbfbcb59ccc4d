/** @jest-environment jsdom */
import "../support/dom";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App } from "../../src/taskpane/components/App";
import { previewWorkbook } from "../../src/taskpane/preview-workbook";
import { MemoryWorkbook } from "../../src/taskpane/workbook/memory-workbook";
import { PUBLISHED_ANNEX_MARKS } from "./support";

const published = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");

const grid = () => screen.getByRole("grid");
const cell = (address: string) => grid().querySelector(`[data-address="${address}"]`) as HTMLElement;
const markedCells = () =>
  [...grid().querySelectorAll("[data-mark]")].map((element) => element.getAttribute("data-address"));

/** A figure of the summary, by its term ("Linhas" → "172"). */
const figure = (summary: HTMLElement, term: string) =>
  within(summary).getByText(term, { selector: "dt" }).nextSibling?.textContent;

async function click(name: string) {
  await act(async () => fireEvent.click(screen.getByRole("button", { name })));
}

describe("a sheet with two annexes", () => {
  test("Validar checks the first, says there are two, and the choice checks the second", async () => {
    const workbook = new MemoryWorkbook([
      {
        name: "Diário",
        values: [
          ["ANEXO I"],
          ["Nº", "Município", "Porte", "Valor"],
          [1, "Araxá", "Porte III", 75000],
          ["TOTAL", "", "", 75000],
          [],
          ["ANEXO II"],
          ["Nº", "Município", "Porte", "Valor"],
          [1, "Arinos", "Porte I", 35000],
          [2, "Janaúba", "Porte III", 60000],
          ["TOTAL", "", "", 95000],
        ],
      },
    ]);
    render(<App workbook={workbook} preview={workbook} />);
    await click("Validar");
    const choice = screen.getByRole("combobox", { name: "Anexo conferido" });
    expect(choice.textContent).toBe("Anexo 1 — ANEXO I (cabeçalho em A2)");
    expect(screen.getByText("A planilha tem 2 anexos; o conferido é o 1 (o primeiro, por padrão).")).toBeTruthy();
    expect(figure(screen.getByRole("region", { name: "Resumo" }), "Linhas")).toBe("1");
    expect(markedCells()).toEqual([]);

    await act(async () => fireEvent.click(choice));
    await act(async () =>
      fireEvent.click(screen.getByRole("option", { name: "Anexo 2 — ANEXO II (cabeçalho em A7)" })),
    );
    expect(figure(screen.getByRole("region", { name: "Resumo" }), "Linhas")).toBe("2");
    // Janaúba, Porte III, is paid R$ 75.000,00 (Art. 4º), not R$ 60.000,00.
    expect(markedCells()).toEqual(["D9"]);
  });
});

describe("task pane in preview mode (the bundled Anexo I in memory)", () => {
  test("Validar shows the summary of Anexo I, marks the problem cells, and a click on a problem selects its cell", async () => {
    const workbook = previewWorkbook();
    render(<App workbook={workbook} preview={workbook} />);
    expect(markedCells()).toEqual([]);
    await click("Validar");

    const summary = screen.getByRole("region", { name: "Resumo" });
    // Res. 5.978/2017, Anexo I: 172 municipalities, TOTAL R$ 10.425.000,00 (Art. 5: the same limit).
    expect(figure(summary, "Linhas")).toBe("172");
    expect(figure(summary, "Soma das linhas")).toBe("R$ 10.425.000,00");
    expect(figure(summary, "TOTAL declarado")).toBe("R$ 10.425.000,00");
    const byPorte = within(summary).getByRole("table", { name: "Linhas e soma por porte" });
    const rows = within(byPorte)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      "Porte I63R$ 2.205.000,00",
      "Porte II40R$ 2.400.000,00",
      "Porte III45R$ 3.375.000,00",
      "Porte IV8R$ 720.000,00",
      "Porte V13R$ 1.365.000,00",
      "Porte VI3R$ 360.000,00",
    ]);

    // The sheet was pasted from the published text, and is still read as such: "Porte Il" (C5: Almenara,
    // R$ 60.000,00) is Porte II by its amount; "Porte I" with R$ 60.000,00 (C2: Águas Formosas) is not.
    expect(cell("C5").dataset.mark).toBeUndefined();
    expect(cell("C2")).toHaveProperty("dataset.mark", "error");
    expect(cell("C2").getAttribute("title")).toContain('Porte incerto no texto publicado: "Porte I"');
    expect(markedCells()).toEqual(PUBLISHED_ANNEX_MARKS);

    await click("Ir para a célula C2");
    expect(cell("C2").getAttribute("aria-selected")).toBe("true");
    expect(cell("A1").getAttribute("aria-selected")).toBe("false");

    await click("Limpar marcações");
    expect(markedCells()).toEqual([]);
    expect(screen.queryByRole("region", { name: "Resumo" })).toBeNull();
  });

  test("Colar texto publicado writes a new sheet and validates it as published text", async () => {
    const workbook = new MemoryWorkbook([{ name: "Plan1", values: [["minha planilha"]] }]);
    render(<App workbook={workbook} preview={workbook} />);
    await click("Colar texto publicado");
    fireEvent.change(screen.getByRole("textbox", { name: /Texto do anexo/ }), { target: { value: published } });
    await click("Criar planilha e validar");

    expect(workbook.getState().activeSheet).toBe("Texto publicado");
    expect(workbook.getState().sheets[0].values).toEqual([["minha planilha"]]);
    expect(screen.getByRole("tab", { name: "Texto publicado" }).getAttribute("aria-selected")).toBe("true");
    const summary = screen.getByRole("region", { name: "Resumo" });
    expect(figure(summary, "Linhas")).toBe("172");
    // Read as published text: "Porte Il" beside R$ 60.000,00 agrees with its amount, so C5 is not marked.
    expect(cell("C5").textContent).toBe("Porte Il");
    expect(cell("C5").dataset.mark).toBeUndefined();
    expect(cell("D5").textContent).toBe("R$ 60.000,00");
  });

  test("pasting text without the annex says what to copy, and creates no sheet", async () => {
    const workbook = new MemoryWorkbook([{ name: "Plan1", values: [["x"]] }]);
    render(<App workbook={workbook} preview={workbook} />);
    await click("Colar texto publicado");
    fireEvent.change(screen.getByRole("textbox", { name: /Texto do anexo/ }), { target: { value: "bom dia" } });
    await click("Criar planilha e validar");
    expect(screen.getByText(/Não encontrei o anexo no texto colado/)).toBeTruthy();
    expect(workbook.getState().sheets).toHaveLength(1);
  });

  test("a validation error from the workbook is shown in pt-BR and nothing is marked", async () => {
    const workbook = new MemoryWorkbook([{ name: "Vazia", values: [] }]);
    render(<App workbook={workbook} preview={workbook} />);
    await click("Validar");
    expect(screen.getByText('A planilha "Vazia" está vazia.')).toBeTruthy();
  });

  test("in an Excel without the APIs it needs, the pane says so and its buttons are disabled", () => {
    const workbook = new MemoryWorkbook([{ name: "Plan1", values: [["x"]] }]);
    render(<App workbook={workbook} unsupported="Esta versão do Excel não oferece a API de que o painel precisa." />);
    expect(screen.getByText(/Esta versão do Excel não oferece/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Validar" }).hasAttribute("disabled")).toBe(true);
    expect(screen.queryByRole("grid")).toBeNull();
  });
});

describe("drafting in the pane", () => {
  test("Redigir anexo makes the annex sheet from the example list and shows the articles, ready to copy", async () => {
    const workbook = previewWorkbook();
    const copied: string[] = [];
    render(<App workbook={workbook} preview={workbook} copy={async (text) => void copied.push(text)} />);
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Lista de exemplo" })));
    await click("Redigir anexo");
    await click("Criar anexo");

    expect(workbook.getState().activeSheet).toBe("Anexo I (rascunho)");
    const drafted = workbook.getState().sheets[3];
    // Alphabetical in Portuguese, Belo Horizonte left out (Art. 2, sole paragraph).
    expect(drafted.values.slice(5, 12).map((row) => row.slice(1, 4))).toEqual([
      ["Águas Formosas", "Porte I", 35000],
      ["Além Paraíba", "Porte III", 75000],
      ["Alfenas", "Porte V", 105000],
      ["Almenara", "Porte II", 60000],
      ["Araxá", "Porte IV", 90000],
      ["Uberlândia", "Porte VI", 120000],
      ["", "", 485000],
    ]);
    expect(drafted.formulas?.[5][2]).toBe("=SES.PORTE(E6)");

    const result = screen.getByRole("region", { name: "Anexo redigido" });
    expect(figure(result, "TOTAL")).toBe("R$ 485.000,00");
    expect(within(result).getByText(/Fora do anexo, pela resolução: Belo Horizonte/)).toBeTruthy();
    await act(async () => fireEvent.click(within(result).getByRole("button", { name: "Copiar artigos" })));
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^Art\. 3º - /);
    expect(copied[0]).toContain("no limite de R$ 485.000,00 (quatrocentos e oitenta e cinco mil reais)");
    expect(within(result).getByRole("status").textContent).toBe("Texto copiado.");
  });

  test("a sheet that is not a list of municipalities and Teto MAC creates nothing and says why", async () => {
    const workbook = previewWorkbook();
    render(<App workbook={workbook} preview={workbook} />);
    await click("Redigir anexo");
    await click("Criar anexo");
    expect(screen.getByText(/A lista tem problemas; nada foi criado:/).textContent).toContain(
      "Cabeçalho não encontrado: a lista precisa das colunas Município e Teto MAC numa mesma linha.",
    );
    expect(workbook.getState().sheets).toHaveLength(3);
  });
});

describe("cell text is always shown as text", () => {
  test("markup typed in a cell, and echoed in a problem message, never becomes HTML", async () => {
    const attack = '<img src=x onerror="globalThis.pwned=1">';
    const workbook = new MemoryWorkbook([
      {
        name: "Anexo",
        values: [
          ["Nº", "Município", "Porte", "R$"],
          [1, attack, "Porte I", 35000],
        ],
      },
    ]);
    render(<App workbook={workbook} preview={workbook} />);
    await click("Validar");
    expect(cell("B2").textContent).toBe(attack);
    expect(screen.getByText(/não é um município de Minas Gerais/).textContent).toContain(attack);
    expect(document.querySelector("img")).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe("first run", () => {
  test("says what the pane does, validates the active sheet, opens the bundled example and links to the help", async () => {
    const workbook = new MemoryWorkbook([{ name: "Plan1", values: [["meus dados"]] }]);
    render(<App workbook={workbook} preview={workbook} />);
    const intro = screen.getByRole("group", { name: "Primeiros passos" });
    expect(within(intro).getAllByRole("listitem")).toHaveLength(3);
    expect(within(intro).getByRole("link", { name: /Ajuda/ }).getAttribute("href")).toBe("ajuda.html");

    await click("Ver exemplo");
    expect(workbook.getState().activeSheet).toBe("Exemplo Anexo I 5.978");
    expect(workbook.getState().sheets[0].values).toEqual([["meus dados"]]);
    expect(figure(screen.getByRole("region", { name: "Resumo" }), "Linhas")).toBe("172");
    expect(screen.queryByRole("group", { name: "Primeiros passos" })).toBeNull();
  });

  test("Validar a planilha ativa does what Validar does", async () => {
    const workbook = previewWorkbook();
    render(<App workbook={workbook} preview={workbook} />);
    await click("Validar a planilha ativa");
    expect(figure(screen.getByRole("region", { name: "Resumo" }), "Linhas")).toBe("172");
  });
});
