// "Abrir PDF…" and "Comparar com…" (issue 16) in a real browser, preview mode, over the built dist/: pdf.js's
// lazy chunks and its Web Worker under the page's Content-Security-Policy, files chosen through the file picker.
import { mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openPreview, serveStatic } from "../support/browser";
import { annexPdf } from "../support/pdf-fixtures";
import { productionBuild } from "../support/production-build";

const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts", "pdf-compare");
const published = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");

let browser: Browser;
let server: Server;
let page: Page;
let baseUrl: string;
const errors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const served = await serveStatic(productionBuild());
  server = served.server;
  baseUrl = served.url;
  browser = await launchChromium();
  page = await openPreview(browser, served.url, errors);
  page.on("request", (request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
const cell = (address: string) => page.locator(`[role="grid"] [data-address="${address}"]`);
const markedCells = () =>
  page
    .locator('[role="grid"] [data-mark]')
    .evaluateAll((cells) => cells.map((c) => [c.getAttribute("data-address"), c.getAttribute("data-mark")]));

describe("Abrir PDF… and Comparar com… in Chromium, from the built dist/", () => {
  test("1. the published Anexo I as a PDF, chosen in the file picker: a new sheet of 172 rows, validated", async () => {
    const pdf = Buffer.from(await annexPdf(published, { columns: 1 }));
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Abrir PDF…" }).click();
    await (await chooser).setFiles({ name: "anexo-i-5978.pdf", mimeType: "application/pdf", buffer: pdf });
    const summary = page.getByRole("region", { name: "Resumo" });
    await summary.waitFor();
    await shot("01-pdf-validado");
    expect(await page.getByRole("tab", { name: "PDF publicado" }).getAttribute("aria-selected")).toBe("true");
    expect(await summary.locator("dt:text-is('Linhas') + dd").textContent()).toBe("172");
    expect(await summary.locator("dt:text-is('TOTAL declarado') + dd").textContent()).toBe("R$ 10.425.000,00");
    expect(await cell("B2").textContent()).toBe("Aguas Formosas");
    expect(await cell("D2").textContent()).toBe("R$ 60.000,00");
    expect(await cell("C2").getAttribute("data-mark")).toBe("error");
    // The problem of C2 says where it is in the PDF too.
    const c2 = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: "Ir para a célula C2", exact: true }) });
    expect(await c2.textContent()).toContain("(pág. 1, linha 4)");
    // pdf.js and its worker came from this site, nothing from anywhere else; no CSP violation.
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(requests.some((url) => /\/pdfjs-worker\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    expect(errors).toEqual([]);
  });

  test("2. Comparar com… a previous annex as .txt: the changed cells of Anexo I marked, totals and lists", async () => {
    const previous = published
      .replace("3| Alfenas PorteV R$ 105.000,00", "3| Alfenas Porte IV R$ 90.000,00")
      .replace("10| Arinos Porte | R$ 35.000,00", "10| Arinos Porte | R$ 30.000,00")
      .replace("11 | Bandeira do Sul Porte | R$ 35.000,00\n", "")
      .replace(
        "172 | Virgem da Lapa Porte | R$ 35.000,00",
        "172 | Virgem da Lapa Porte | R$ 35.000,00\n173 | Mariana Porte Il R$ 75.000,00",
      );
    await page.getByRole("tab", { name: "Anexo I", exact: true }).click();
    await page.getByRole("button", { name: "Comparar com…" }).click();
    const panel = page.getByRole("form", { name: "Comparar com…" });
    await panel.waitFor();
    await panel.locator('input[type="file"]').setInputFiles({
      name: "anexo-anterior.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(previous, "utf8"),
    });
    const result = page.getByRole("region", { name: "Comparação" });
    await result.waitFor();
    await shot("02-comparado");
    expect(await result.locator("dt:text-is('TOTAL anterior') + dd").textContent()).toBe("R$ 10.445.000,00");
    expect(await result.locator("dt:text-is('TOTAL novo') + dd").textContent()).toBe("R$ 10.425.000,00");
    expect(await result.locator("dt:text-is('Diferença') + dd").textContent()).toBe("-R$ 20.000,00");
    expect(await markedCells()).toEqual([
      ["C4", "warning"],
      ["D4", "warning"],
      ["D11", "warning"],
      ["B12", "warning"],
      ["B36", "error"],
      ["B77", "error"],
    ]);
    expect(await cell("D11").getAttribute("title")).toBe(
      "D11: Valor alterado: R$ 30.000,00 → R$ 35.000,00 (+R$ 5.000,00).",
    );
    expect(await cell("C4").getAttribute("title")).toBe(
      "C4: Porte alterado: Porte IV → Porte V; R$ 90.000,00 → R$ 105.000,00 (+R$ 15.000,00).",
    );
    expect(await result.getByRole("list", { name: "Incluídos" }).textContent()).toBe(
      "B12 Bandeira do Sul (3105301): Incluído: não estava no anexo anterior (R$ 35.000,00).",
    );
    expect(await result.getByRole("list", { name: "Excluídos" }).textContent()).toBe(
      "Mariana (3140001) · Porte III · R$ 75.000,00 · no anexo anterior, linha 184",
    );
    await result.getByRole("button", { name: "Ir para a célula D11" }).click();
    expect(await cell("D11").getAttribute("aria-selected")).toBe("true");
    expect(errors).toEqual([]);
  });
});
