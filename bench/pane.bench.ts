// The task pane: what it costs to load (gzip sizes of the production build) and to validate the bundled
// Anexo I in preview mode, in headless Chromium. Targets: functions chunk ≤ 20 kB (no zod, no decimal.js: it
// loads at every workbook open), everything ≤ 300 kB.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium, openPreview, serveStatic } from "../test/support/browser";
import { round2 } from "./measure";

const root = process.env.ANEXOS_ROOT ?? process.cwd();
const gzKb = (file: string) => round2(gzipSync(readFileSync(file)).length / 1024);

function build(out: string) {
  const webpack = join(root, "node_modules", "webpack", "bin", "webpack.js");
  const run = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
    cwd: root,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
}

export async function benchPane(): Promise<Record<string, number>> {
  const out = mkdtempSync(join(tmpdir(), "anexos-bench-dist-"));
  try {
    build(out);
    // What taskpane.html loads until the pane is on screen (functions.js, taskpane.js, the pane's chunks), as
    // Chromium requests it in preview mode; the chunks loaded later, on demand (a custom rule set's zod, a PDF's
    // pdf.js), apart. Every .js of the build is in one of the two.
    const scripts = readdirSync(out).filter((file) => file.endsWith(".js"));
    const loaded = await scriptsLoadedAtStart(out);
    const gz = (files: string[]) => round2(files.reduce((sum, file) => sum + gzKb(join(out, file)), 0));
    return {
      functions_chunk_gz_kb: gzKb(join(out, "functions.js")),
      functions_chunk_target_gz_kb: 20,
      taskpane_total_gz_kb: gz(scripts.filter((file) => loaded.has(file))),
      taskpane_total_target_gz_kb: 300,
      on_demand_chunks_gz_kb: gz(scripts.filter((file) => !loaded.has(file))),
      preview_validate_ms: await previewValidateMs(out),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The .js files the page requests from its own server until the pane shows, in preview mode. */
async function scriptsLoadedAtStart(dist: string): Promise<Set<string>> {
  const { url, server } = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files = new Set<string>();
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname.slice(1);
      if (request.url().startsWith(url) && path.endsWith(".js")) files.add(path);
    });
    await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
    await page.goto(`${url}taskpane.html`);
    await page.getByRole("button", { name: "Validar", exact: true }).waitFor();
    await page.waitForLoadState("networkidle");
    return files;
  } finally {
    await browser.close();
    server.close();
  }
}

/** From the click on Validar to the summary on screen, for the bundled Anexo I (172 rows); median of 7. */
async function previewValidateMs(dist: string): Promise<number> {
  const { url, server } = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await openPreview(browser, url);
    const times: number[] = [];
    for (let round = 0; round < 7; round++) {
      await page.getByRole("button", { name: "Limpar marcações" }).click();
      await page.getByRole("region", { name: "Resumo" }).waitFor({ state: "detached" });
      const elapsed = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Validar");
            const observer = new MutationObserver(() => {
              if (document.getElementById("resumo-titulo")) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            button?.click();
          }),
      );
      times.push(elapsed);
    }
    return round2(times.sort((a, b) => a - b)[3]);
  } finally {
    await browser.close();
    server.close();
  }
}
