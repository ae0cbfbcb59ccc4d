// Debian's Chromium driven by playwright-core, against a static HTTP server on localhost. Never a browser
// download: .ci/run installs the chromium package (scripts/install-chromium.sh).
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves a folder over plain http on localhost, as any static server would. Returns the base URL. */
export async function serveStatic(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !extname(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://localhost:${port}/`, server };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium não encontrado em ${CHROMIUM}: rode sh scripts/install-chromium.sh (o .ci/run já roda).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // This machine's network is closed: without these, Chromium keeps trying to reach Google's services.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * The pane in preview mode: office.js (Microsoft's CDN) is refused, as on a machine without the internet.
 * Uncaught errors of the page, from its first script on, are collected in `errors`.
 */
export async function openPreview(browser: Browser, baseUrl: string, errors: string[] = []): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (error) => errors.push(error.message));
  // Content-Security-Policy violations are reported on the console only.
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/.test(message.text())) errors.push(message.text());
  });
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  await page.goto(`${baseUrl}taskpane.html`);
  await page.getByRole("grid").waitFor();
  return page;
}
