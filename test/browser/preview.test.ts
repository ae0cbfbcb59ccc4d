// The built dist/ in a real browser (Debian's Chromium), in preview mode, step by step as an analyst would go.
import { mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openPreview, serveStatic } from "../support/browser";
import { productionBuild } from "../support/production-build";

/** Screenshots of each step, kept as test artifacts. */
const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts", "preview");
const published = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");

let browser: Browser;
let server: Server;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const served = await serveStatic(productionBuild());
  server = served.server;
  browser = await launchChromium();
  page = await openPreview(browser, served.url, errors);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
const cell = (address: string) => page.locator(`[role="grid"] [data-address="${address}"]`);
const marked = () => page.locator('[role="grid"] [data-mark]');
/** The cells Validar marks on the published Anexo I of Res. 5.978/2017, in the grid's order. */
const MARKED = (
  "C2 B8 C9 B13 C22 C32 A36 B36 C37 B44 B45 C46 B50 B57 C59 C62 C64 C65 B73 B75 A77 B77 B78 " +
  "B79 B80 B83 C84 B86 B87 C92 C95 B99 C99 C100 C102 B103 C103 C105 C112 A118 C118 B121 " +
  "B123 B125 C125 C127 B132 C135 B140 B142 B143 B145 B146 B147 B148 B149 B150 B151 B152 " +
  "B153 A159 B159 C159 C166 C172"
).split(" ");

describe("preview mode in Chromium, from the built dist/ over plain http", () => {
  test("1. the pane opens beside a read-only grid of Anexo I, with the three buttons", async () => {
    await shot("01-aberto");
    for (const name of ["Validar", "Limpar marcações", "Colar texto publicado"]) {
      await expect(page.getByRole("button", { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    expect(await cell("B2").textContent()).toBe("Aguas Formosas");
    expect(await cell("D2").textContent()).toBe("R$ 60.000,00");
    expect(await cell("A1").getAttribute("aria-selected")).toBe("true");
  });

  test("2. Validar shows the summary and the problems, and marks their cells", async () => {
    await page.getByRole("button", { name: "Validar", exact: true }).click();
    const summary = page.getByRole("region", { name: "Resumo" });
    await summary.waitFor();
    await shot("02-validado");
    expect(await summary.locator("dt:text-is('Linhas') + dd").textContent()).toBe("172");
    expect(await summary.locator("dt:text-is('TOTAL declarado') + dd").textContent()).toBe("R$ 10.425.000,00");
    // The sheet is pasted published text: "Porte Il" beside R$ 60.000,00 (C5) agrees with its amount;
    // "Porte I" beside R$ 60.000,00 (C2) does not.
    expect(await cell("C5").getAttribute("data-mark")).toBeNull();
    expect(await cell("C2").getAttribute("data-mark")).toBe("error");
    expect(await cell("C2").getAttribute("title")).toContain('Porte incerto no texto publicado: "Porte I"');
    // Every cell of the OCR text's slips (shared/legislacao, rules.md): the porte labels read as another porte
    // ("Porte I" or "Porte Il" beside another porte's amount), the names misread ("Araguai", "Janaliba",
    // "Minas Nova"…), and the four lines that lost their Nº or their name (A36/B36, A77/B77, A118, A159).
    expect(await marked().evaluateAll((cells) => cells.map((c) => c.getAttribute("data-address")))).toEqual(MARKED);
  });

  test("3. a click on a problem selects its cell in the grid", async () => {
    await page.getByRole("button", { name: "Ir para a célula C2", exact: true }).click();
    await shot("03-celula-selecionada");
    expect(await cell("C2").getAttribute("aria-selected")).toBe("true");
    expect(await cell("A1").getAttribute("aria-selected")).toBe("false");
  });

  test("4. Limpar marcações removes every mark", async () => {
    await page.getByRole("button", { name: "Limpar marcações" }).click();
    await page.getByRole("region", { name: "Resumo" }).waitFor({ state: "detached" });
    await shot("04-marcacoes-limpas");
    expect(await marked().count()).toBe(0);
  });

  test("5. the published text pasted becomes a new sheet, validated as published text", async () => {
    await page.getByRole("button", { name: "Colar texto publicado" }).click();
    await page.getByRole("textbox", { name: /Texto do anexo/ }).fill(published);
    await shot("05-texto-colado");
    await page.getByRole("button", { name: "Criar planilha e validar" }).click();
    const summary = page.getByRole("region", { name: "Resumo" });
    await summary.waitFor();
    await shot("06-texto-validado");
    expect(await page.getByRole("tab", { name: "Texto publicado" }).getAttribute("aria-selected")).toBe("true");
    expect(await summary.locator("dt:text-is('Linhas') + dd").textContent()).toBe("172");
    // "Porte Il" beside R$ 60.000,00 agrees with its amount in published text: no mark.
    expect(await cell("C5").getAttribute("data-mark")).toBeNull();
  });

  test("6. Redigir anexo turns the example list into an annex sheet and shows the articles", async () => {
    await page.getByRole("tab", { name: "Lista de exemplo" }).click();
    await page.getByRole("button", { name: "Redigir anexo" }).click();
    await page.getByRole("button", { name: "Criar anexo" }).click();
    const result = page.getByRole("region", { name: "Anexo redigido" });
    await result.waitFor();
    await shot("07-anexo-redigido");
    expect(await page.getByRole("tab", { name: "Anexo I (rascunho)" }).getAttribute("aria-selected")).toBe("true");
    expect(await cell("B6").textContent()).toBe("Águas Formosas");
    expect(await result.locator("dt:text-is('TOTAL') + dd").textContent()).toBe("R$ 485.000,00");
    expect(await result.getByRole("textbox").inputValue()).toMatch(/^Art\. 3º - /);
  });

  test("7. the recomposição example (Res. 7.845/2021): its kind told by the header, the wrong cell marked", async () => {
    await page.getByRole("tab", { name: "Recomposição (exemplo)" }).click();
    await page.getByRole("button", { name: "Validar", exact: true }).click();
    const summary = page.getByRole("region", { name: "Resumo" });
    await summary.getByRole("table", { name: "Por macrorregião" }).waitFor();
    await shot("08-recomposicao");
    expect(
      await page
        .locator('[role="grid"] [data-mark]')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute("data-address"))),
    ).toEqual(["H6"]);
    // Hospital Exemplo D: Valora Minas (R$ 250.000,00) covers its previsto 2021 (R$ 200.000,00): zero (Art. 3º).
    expect(await cell("H6").getAttribute("title")).toBe(
      "H6: A recomposição R$ 50.000,00 não é 100% de previsto 2021 (R$ 200.000,00) menos Valora Minas " +
        "(R$ 250.000,00): R$ 0,00 (Art. 3º).",
    );
    expect(errors).toEqual([]);
  });
});
