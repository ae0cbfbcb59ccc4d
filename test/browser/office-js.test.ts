// The built dist/ with the real Office.js (the @microsoft/office-js package, served where the CDN would be):
// outside an Office host, Office.onReady finds no host and the pane starts in preview mode, under the page's
// Content-Security-Policy, with no error.
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openPreview, serveStatic } from "../support/browser";
import { productionBuild } from "../support/production-build";

let browser: Browser;
let server: Server;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  const served = await serveStatic(productionBuild());
  server = served.server;
  browser = await launchChromium();
  page = await openPreview(browser, served.url, errors, { officeJs: "real" });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

test("the real Office.js loads, reports no host, and the pane opens in preview mode and validates", async () => {
  expect(await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).toBe("object");
  await page.getByRole("button", { name: "Validar", exact: true }).click();
  const summary = page.getByRole("region", { name: "Resumo" });
  await summary.waitFor();
  expect(await summary.locator("dt:text-is('Linhas') + dd").textContent()).toBe("172");
  expect(await summary.locator("dt:text-is('TOTAL declarado') + dd").textContent()).toBe("R$ 10.425.000,00");
  expect(errors).toEqual([]);
});
