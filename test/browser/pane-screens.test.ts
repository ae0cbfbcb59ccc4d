// Each screen of the pane at 320 and 450 px wide (the widths of Excel's task pane), from the built dist/ in
// Chromium: no horizontal overflow, no serious or critical axe-core violation, keyboard reach, one results
// area, progress and Cancelar on a big sheet, live mode. Screenshots of each screen go to test-artifacts/pane/.
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveStatic } from "../support/browser";
import { productionBuild } from "../support/production-build";

const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts", "pane");
const AXE = require.resolve("axe-core/axe.min.js");
const WIDTHS = [320, 450] as const;

let browser: Browser;
let server: Server;
let baseUrl: string;
let page: Page;
const errors: string[] = [];

/**
 * The pane in preview mode, office.js refused. The page's Content-Security-Policy (checked by preview.test.ts)
 * is bypassed here only so that axe-core can be injected as a script tag.
 */
async function open(query = ""): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 }, bypassCSP: true });
  const opened = await context.newPage();
  opened.on("pageerror", (error) => errors.push(error.message));
  await opened.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  await opened.goto(`${baseUrl}taskpane.html${query}`);
  await opened.getByRole("grid").waitFor();
  await opened.addScriptTag({ path: AXE });
  return opened;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const served = await serveStatic(productionBuild());
  server = served.server;
  baseUrl = served.url;
  browser = await launchChromium();
  page = await open();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Overflow {
  pane: { scrollWidth: number; clientWidth: number };
  page: { scrollWidth: number; clientWidth: number };
}

const overflowOf = (on: Page) =>
  on.evaluate((): Overflow => {
    const main = document.querySelector("main") as HTMLElement;
    const root = document.documentElement;
    return {
      pane: { scrollWidth: main.scrollWidth, clientWidth: main.clientWidth },
      page: { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth },
    };
  });

/** axe-core's serious and critical violations, as "rule: target" lines. */
const axeViolations = (on: Page) =>
  on.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeResults> } }).axe;
    type AxeResults = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
    // Tabster (Fluent UI's focus manager) puts aria-hidden <i tabindex> "dummy" elements at the edges of focus
    // groups that pass focus on to the real element; they are not content, so axe is not shown them.
    const results = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`));
  });

/** The screen at each width: no overflow, no serious axe violation, a screenshot. */
async function checkScreen(name: string, on: Page = page) {
  // Checked once the action has finished (while busy, the buttons are disabled and dimmed on purpose) and the
  // buttons' colour transitions back have ended: mid-transition, axe measures a contrast no one sees.
  await on.locator('main[aria-busy="false"]').waitFor();
  await on.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation instanceof CSSTransition)
          .map((animation) => animation.finished),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  for (const width of WIDTHS) {
    await on.setViewportSize({ width, height: 900 });
    const overflow = await overflowOf(on);
    expect({ screen: name, width, fits: overflow.pane.scrollWidth <= overflow.pane.clientWidth }).toEqual({
      screen: name,
      width,
      fits: true,
    });
    expect({ screen: name, width, fits: overflow.page.scrollWidth <= overflow.page.clientWidth }).toEqual({
      screen: name,
      width,
      fits: true,
    });
    expect({ screen: name, width, violations: await axeViolations(on) }).toEqual({
      screen: name,
      width,
      violations: [],
    });
    await on.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`) });
  }
}

const pane = () => page.locator("main");
const button = (name: string) => page.getByRole("button", { name, exact: true });
const results = () => page.locator("[data-results]");
const figure = (scope: ReturnType<Page["locator"]>, term: string) =>
  scope.locator(`dt:text-is('${term}') + dd`).textContent();

describe("the pane's screens at 320 and 450 px", () => {
  test("1. first run: the grid stacks below the pane, every action reachable by keyboard", async () => {
    await checkScreen("01-inicio");
    // The pane comes first on a narrow window, the grid below it.
    const paneBox = await pane().boundingBox();
    const gridBox = await page.getByRole("grid").boundingBox();
    expect((gridBox?.y ?? 0) >= (paneBox?.y ?? 0) + (paneBox?.height ?? 0) - 1).toBe(true);
    // Keyboard only: Tab from the top reaches each action.
    await page.locator("body").focus();
    const reached = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      reached.add(
        await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement;
          return focused.getAttribute("aria-label") ?? focused.textContent?.trim() ?? "";
        }),
      );
    }
    for (const action of ["Validar", "Limpar marcações", "Colar texto publicado", "Redigir anexo", "Regras"]) {
      expect([action, reached.has(action)]).toEqual([action, true]);
    }
  });

  test("2. Validar by keyboard: the result in the one results area, announced", async () => {
    await button("Validar").focus();
    await page.keyboard.press("Enter");
    const summary = results().getByRole("region", { name: "Resumo" });
    await summary.waitFor();
    await checkScreen("02-validado");
    expect(await figure(summary, "Linhas")).toBe("172");
    expect(await figure(summary, "TOTAL declarado")).toBe("R$ 10.425.000,00");
    expect(await page.locator("[data-results] [aria-live]").textContent()).toMatch(
      /^Planilha Anexo I validada: \d+ erros, \d+ avisos\.$/,
    );
    expect(await page.locator("[data-results]").count()).toBe(1);
    // The amounts never break.
    expect(
      await summary.locator("dt:text-is('TOTAL declarado') + dd").evaluate((dd) => getComputedStyle(dd).whiteSpace),
    ).toBe("nowrap");
  });

  test("3. Colar texto publicado and Regras: their forms fit, the band rows wrap", async () => {
    await button("Colar texto publicado").click();
    await checkScreen("03-colar");
    await button("Colar texto publicado").click();
    await button("Regras").click();
    await button("Nova regra").click();
    await page.getByRole("textbox", { name: "Faixa 2 · de" }).waitFor();
    await checkScreen("04-regras");
    await button("Cancelar").click();
    await button("Regras").click();
  });

  test("4. Redigir replaces the validation; the validation stays reachable as the previous result", async () => {
    await page.getByRole("tab", { name: "Lista de exemplo" }).click();
    await button("Redigir anexo").click();
    await page.getByRole("textbox", { name: "Número da resolução" }).fill("6.123");
    await page.getByRole("textbox", { name: "Ano" }).fill("2018");
    await page.getByRole("checkbox", { name: /gráfico do Excel/ }).check();
    await checkScreen("05-redigir");
    await button("Criar anexo").click();
    const drafted = results().getByRole("region", { name: "Anexo redigido" });
    await drafted.waitFor();
    await checkScreen("06-redigido");
    expect(await figure(drafted, "TOTAL")).toBe("R$ 485.000,00");
    expect(await results().getByRole("region", { name: "Resumo" }).count()).toBe(0);
    expect(await page.locator('[role="grid"] [data-address="A1"]').textContent()).toBe(
      "ANEXO I DA RESOLUÇÃO SES/MG Nº 6.123, DE [DATA] DE 2018",
    );
    expect(await drafted.getByText("Gráfico do Excel com o valor por porte adicionado ao lado do anexo.").count()).toBe(
      1,
    );
    await button("Resultado anterior").click();
    const previous = results().getByRole("region", { name: /^Resultado anterior: Planilha Anexo I validada/ });
    expect(await figure(previous.getByRole("region", { name: "Resumo" }), "Linhas")).toBe("172");
  });

  test("5. a recomposição sheet: the rule follows it (7.845/2021) and says why; charts per macrorregião", async () => {
    await page.getByRole("tab", { name: "Recomposição (exemplo)" }).click();
    await button("Validar").click();
    await results().getByRole("table", { name: "Por macrorregião" }).waitFor();
    await checkScreen("07-recomposicao");
    expect(await page.getByRole("combobox", { name: "Regra" }).textContent()).toBe(
      "7845/2021 (recomposição, pelo cabeçalho)",
    );
    expect(await page.getByText(/é um anexo de recomposição .*: vale a Res\. 7845\/2021/).count()).toBe(1);
    expect(await results().locator("figure figcaption").allTextContents()).toEqual([
      "Recomposição por macrorregião",
      "Recomposição por natureza jurídica",
    ]);
  });

  test("6. an edit of the validated sheet: the result says it no longer matches; live mode validates again", async () => {
    const setCell = (address: string, value: number) =>
      page.evaluate(
        ([a, v]) =>
          (
            window as unknown as { anexosPreview: { setCell: (s: string, a: string, v: number) => void } }
          ).anexosPreview.setCell("Recomposição (exemplo)", a as string, v as number),
        [address, value] as const,
      );
    await setCell("F3", 1100000.01);
    await page.getByText("A planilha mudou desde este resultado").waitFor();
    await page.getByRole("switch", { name: /Validar ao editar/ }).check();
    // H6 should be 0,00 (previsto 200.000,00 − Valora Minas 250.000,00 is negative), and the TOTAL (H8)
    // then R$ 1.050.000,55: F3 put back, H6 and H8 fixed.
    await setCell("F3", 1100000);
    await setCell("H6", 0);
    await setCell("H8", 1050000.55);
    await page.locator('[role="grid"] [data-address="H6"]:not([data-mark])').waitFor();
    await page.getByText("Anexo sem erros: 0 erros, 0 avisos.").waitFor();
    expect(await figure(results().getByRole("region", { name: "Resumo" }), "Soma das linhas")).toBe("R$ 1.050.000,55");
    expect(await page.locator('[role="grid"] [data-mark]').count()).toBe(0);
    expect(await page.getByText("A planilha mudou desde este resultado").count()).toBe(0);
    await checkScreen("08-ao-vivo");
  });

  test("7. a big sheet: progress and Cancelar; nothing is marked after the cancel", async () => {
    const big = await open("?grande=100000");
    await big.getByRole("tab", { name: "Planilha grande" }).click();
    await big.getByRole("button", { name: "Validar", exact: true }).click();
    const cancel = big.getByRole("button", { name: "Cancelar", exact: true });
    await cancel.waitFor();
    await cancel.scrollIntoViewIfNeeded();
    await big.screenshot({ path: join(ARTIFACTS, "09-progresso-320.png") });
    await cancel.click();
    await big.getByText("Cancelado: nada mais foi escrito na pasta de trabalho.").waitFor();
    expect(await big.locator('[role="grid"] [data-mark]').count()).toBe(0);
    expect(await big.locator("[data-results] [role=region]").count()).toBe(0);
    await checkScreen("10-cancelado", big);
    expect(errors).toEqual([]);
  });
});
