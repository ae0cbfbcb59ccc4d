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
    expect(await marked().count()).toBeGreaterThan(10);
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
    expect(await cell("H6").getAttribute("title")).toContain("R$ 0,00 (Art. 3º)");
    expect(errors).toEqual([]);
  });
});
