/** @jest-environment jsdom */
import "../support/dom";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { porte } from "../../src/functions/functions";
import { PUBLISHED_RULES } from "../../src/rules";
import { setWorkbookRules, workbookRules } from "../../src/functions/workbook-rules";
import { App } from "../../src/taskpane/components/App";
import { MemoryWorkbook } from "../../src/taskpane/workbook/memory-workbook";
import { RULE_SETS_SETTING } from "../../src/taskpane/workbook/workbook";
import { exportRuleSets, importRuleSets } from "../../src/taskpane/rule-set-actions";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";

beforeAll(installCustomFunctionsStub);
afterEach(() => setWorkbookRules(PUBLISHED_RULES));

const workbook = () => new MemoryWorkbook([{ name: "Plan1", values: [["x"]] }]);

async function click(name: string) {
  await act(async () => fireEvent.click(screen.getByRole("button", { name })));
}

function type(group: string, label: string | RegExp, value: string) {
  const scope = group ? within(screen.getByRole("group", { name: group })) : screen;
  fireEvent.change(scope.getByRole("textbox", { name: label }), { target: { value } });
}

/** A new rule from 5.978/2017: Porte I up to R$ 2.500.000,00, paid R$ 40.000,00. */
async function makeRule(id: string, porteIIFrom = "R$ 2.500.000,01") {
  await click("Regras");
  await click("Nova regra");
  type("", /Identificador/, id);
  type("Porte I", "Faixa 1 · até", "R$ 2.500.000,00");
  type("Porte I", "Faixa 1 · incentivo (Porte I)", "R$ 40.000,00");
  type("Porte II", "Faixa 2 · de", porteIIFrom);
  await click("Salvar regra");
}

describe("rule sets made in the pane", () => {
  test("saved in the workbook, offered for validation, and seen at once by =SES.PORTE", async () => {
    const book = workbook();
    render(<App workbook={book} />);
    await makeRule("minha-2018");

    const stored = book.settings.get(RULE_SETS_SETTING) as Array<{ id: string }>;
    expect(stored.map((data) => data.id)).toEqual(["minha-2018"]);
    expect(porte([[2500000]], "minha-2018")).toEqual([["Porte I"]]);
    expect(porte([[2500000]])).toEqual([["Porte II"]]); // 5.978/2017 is untouched
    expect(screen.getByText(/Salvas na pasta de trabalho \(viajam com o arquivo\): minha-2018/)).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Regra" }).textContent).toContain("minha-2018");
  });

  test("saved, then exported: each is the result in the one results area, the one before it 'resultado anterior'", async () => {
    const book = workbook();
    const copied: string[] = [];
    render(<App workbook={book} copy={async (text) => void copied.push(text)} />);
    await makeRule("minha-2018");
    const results = () => within(document.querySelector<HTMLElement>("[data-results]")!);
    expect(results().getByRole("status").textContent).toBe("Regra minha-2018 salva na pasta.");

    await click("Exportar regras");
    const field = results().getByRole("textbox", { name: "Regras em JSON (copiadas; use com anexos --regra-arquivo)" });
    expect((field as HTMLTextAreaElement).value).toBe(copied[0]);
    expect(results().getByRole("status").textContent).toBe("Regras exportadas em JSON.");
    await act(async () => fireEvent.click(results().getByRole("button", { name: "Copiar JSON" })));
    expect(copied).toHaveLength(2);
    await act(async () => fireEvent.click(results().getByRole("button", { name: "Resultado anterior" })));
    expect(
      results().getByRole("region", { name: "Resultado anterior: Regra minha-2018 salva na pasta." }),
    ).toBeTruthy();
  });

  test("a band that leaves a gap is refused with the message on the field at fault, and nothing is stored", async () => {
    const book = workbook();
    render(<App workbook={book} />);
    await makeRule("minha-2018", "R$ 2.500.000,02");
    const field = within(screen.getByRole("group", { name: "Porte II" }));
    expect(
      field.getByText("lacuna de mais de um centavo entre R$ 2.500.000,00 (Porte I) e R$ 2.500.000,02 (Porte II)"),
    ).toBeTruthy();
    // Below the form, the fields as the form names them, not their path in the JSON.
    expect(screen.getByText(/^A regra não foi salva:/).textContent).toBe(
      "A regra não foi salva:\n- Faixa 2 · de: lacuna de mais de um centavo entre R$ 2.500.000,00 (Porte I) e R$ 2.500.000,02 (Porte II)",
    );
    expect(book.settings.has(RULE_SETS_SETTING)).toBe(false);
    expect(() => workbookRules().porte("minha-2018")).toThrow(/Regra desconhecida/);
  });

  test("amounts are typed the Brazilian way and shown as reais when the field is left", async () => {
    render(<App workbook={workbook()} />);
    await click("Regras");
    await click("Nova regra");
    const field = within(screen.getByRole("group", { name: "Porte I" })).getByRole("textbox", {
      name: "Faixa 1 · até",
    });
    fireEvent.change(field, { target: { value: "2.500.000,5" } });
    fireEvent.blur(field);
    expect((field as HTMLInputElement).value).toBe("R$ 2.500.000,50");
    fireEvent.change(field, { target: { value: "dois milhões" } });
    fireEvent.blur(field);
    expect((field as HTMLInputElement).value).toBe("dois milhões"); // left for the check to name the field
  });

  test("the id of a published resolution is refused", async () => {
    render(<App workbook={workbook()} />);
    await makeRule("5978/2017");
    expect(screen.getByText("já é a regra de uma resolução publicada; escolha outro.")).toBeTruthy();
  });

  test("exported from one workbook, imported into another; bad JSON is refused in pt-BR", async () => {
    const first = workbook();
    render(<App workbook={first} />);
    await makeRule("minha-2018");
    const json = await exportRuleSets(first);
    setWorkbookRules(PUBLISHED_RULES); // another workbook opens

    const second = workbook();
    const imported = await importRuleSets(second, json);
    expect(imported.porte("minha-2018").incentives.items["Porte I"]).toBe(4_000_000);
    expect(workbookRules().porte("minha-2018").incentives.items["Porte I"]).toBe(4_000_000);
    expect(((await second.readRuleSets()) as Array<{ id: string }>).map((data) => data.id)).toEqual(["minha-2018"]);
    await expect(importRuleSets(second, "{ não")).rejects.toThrow(
      "O texto colado não é um JSON válido: erro na linha 1, coluna 3.",
    );
    await importRuleSets(second, `\uFEFF${json}`); // a UTF-8 BOM, as Windows editors save it
  });

  test("a workbook opened with a broken stored rule set still works with the published ones, and says so", async () => {
    const book = workbook();
    book.settings.set(RULE_SETS_SETTING, [{ id: "quebrada", kind: "porte" }]);
    render(<App workbook={book} />);
    expect(await screen.findByText(/Regra salva na pasta ignorada\. Regra "quebrada" inválida/)).toBeTruthy();
  });

  test("a workbook that cannot store the rule keeps the published rules; the form says why until it is reopened", async () => {
    const book = workbook();
    book.writeRuleSets = () => Promise.reject(new Error("a pasta está somente leitura"));
    render(<App workbook={book} />);
    await makeRule("minha-2018");
    expect(screen.getByRole("alert").textContent).toBe(
      "A regra não foi salva na pasta de trabalho: a pasta está somente leitura",
    );
    expect(screen.getByRole("combobox", { name: "Regra" }).textContent).not.toContain("minha-2018");
    expect(screen.getByText("Nenhuma regra própria: valem as das resoluções publicadas.")).toBeTruthy();

    await click("Nova regra");
    await click("Nova regra");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
