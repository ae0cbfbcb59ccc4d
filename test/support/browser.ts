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

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The real Office.js, from the @microsoft/office-js package (what the CDN serves), for tests without the internet. */
const OFFICE_JS_DIR = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");

/**
 * The pane in preview mode, outside Office. By default office.js (Microsoft's CDN) is refused, as on a machine
 * without the internet; with `officeJs: "real"` the CDN's files are served from the @microsoft/office-js package,
 * so the real Office.js runs and finds no Office host. Uncaught errors of the page, from its first script on,
 * are collected in `errors`.
 */
export async function openPreview(
  browser: Browser,
  baseUrl: string,
  errors: string[] = [],
  { officeJs = "refused" }: { officeJs?: "refused" | "real" } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (error) => errors.push(error.message));
  // Content-Security-Policy violations are reported on the console only.
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/.test(message.text())) errors.push(message.text());
  });
  await page.route(/^https?:\/\/(?!localhost)/, (route) => {
    const url = route.request().url();
    const file =
      officeJs === "real" && url.startsWith(OFFICE_CDN) ? join(OFFICE_JS_DIR, url.slice(OFFICE_CDN.length)) : "";
    if (file.startsWith(OFFICE_JS_DIR) && existsSync(file)) {
      void route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
    } else {
      void route.abort();
    }
  });
  await page.goto(`${baseUrl}taskpane.html`);
  await page.getByRole("grid").waitFor();
  return page;
}
