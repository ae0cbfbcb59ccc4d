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
    // Everything taskpane.html loads: functions.js, taskpane.js and the chunks loaded when the pane shows.
    const scripts = readdirSync(out).filter((file) => file.endsWith(".js"));
    const total = scripts.reduce((sum, file) => sum + gzKb(join(out, file)), 0);
    return {
      functions_chunk_gz_kb: gzKb(join(out, "functions.js")),
      functions_chunk_target_gz_kb: 20,
      taskpane_total_gz_kb: round2(total),
      taskpane_total_target_gz_kb: 300,
      preview_validate_ms: await previewValidateMs(out),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
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
