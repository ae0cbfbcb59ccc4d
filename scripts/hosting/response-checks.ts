// What in one HTTP answer would break the add-in in Excel, in pt-BR. Excel on the web fetches
// functions.json (and the functions script) cross-origin, so they need CORS; the pages are shown in a
// frame of an Office site, so they must not forbid framing.
import { EXCEL_WEB_ORIGIN, frameAncestors, refusedOrigins } from "./office-origins";

export interface HostedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

const EXPECTED_TYPES: Record<string, { pattern: RegExp; name: string }> = {
  ".json": { pattern: /^application\/json\b/, name: "application/json" },
  ".js": { pattern: /^(text|application)\/(x-)?javascript\b/, name: "text/javascript" },
  ".html": { pattern: /^text\/html\b/, name: "text/html" },
  ".png": { pattern: /^image\/png\b/, name: "image/png" },
};

function header(response: HostedResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function extension(url: string): string {
  return /\.[a-z0-9]+$/i.exec(new URL(url).pathname)?.[0].toLowerCase() ?? "";
}

/** Problems of one answer to a GET of `url` sent with Origin: EXCEL_WEB_ORIGIN. */
export function responseProblems(url: string, response: HostedResponse): string[] {
  if (response.status !== 200) {
    return [`${url}: o servidor respondeu ${response.status}; o Excel precisa de 200.`];
  }
  const problems: string[] = [];
  const ext = extension(url);
  const type = header(response, "content-type")?.toLowerCase().trim();
  const expected = EXPECTED_TYPES[ext];
  if (expected && !(type && expected.pattern.test(type))) {
    problems.push(`${url}: Content-Type "${type ?? "(ausente)"}"; deveria ser ${expected.name}.`);
  }
  if (ext === ".json" || ext === ".js") {
    const allowOrigin = header(response, "access-control-allow-origin")?.trim();
    if (allowOrigin === undefined) {
      problems.push(
        `${url}: falta o cabeçalho Access-Control-Allow-Origin; o Excel na web não consegue ler o arquivo (use "*").`,
      );
    } else if (allowOrigin !== "*" && allowOrigin !== EXCEL_WEB_ORIGIN) {
      problems.push(
        `${url}: Access-Control-Allow-Origin "${allowOrigin}" não libera o Excel na web (${EXCEL_WEB_ORIGIN}); use "*".`,
      );
    }
  }
  if (ext === ".html") problems.push(...framingProblems(url, response));
  return problems;
}

function framingProblems(url: string, response: HostedResponse): string[] {
  const problems: string[] = [];
  const frameOptions = header(response, "x-frame-options")?.trim().toUpperCase();
  if (frameOptions && /\b(DENY|SAMEORIGIN)\b/.test(frameOptions)) {
    problems.push(
      `${url}: X-Frame-Options ${frameOptions} impede o Office de mostrar a página; retire esse cabeçalho.`,
    );
  }
  // Several Content-Security-Policy headers arrive joined by commas; each one must allow the frame.
  for (const policy of (header(response, "content-security-policy") ?? "").split(",")) {
    const sources = frameAncestors(policy);
    if (!sources) continue;
    const refused = refusedOrigins(sources);
    if (refused.length > 0) {
      problems.push(
        `${url}: a Content-Security-Policy "frame-ancestors ${sources.join(" ")}" não deixa o Office mostrar a ` +
          `página (recusa ${refused.join(", ")}); veja deploy/ para a lista de endereços do Office.`,
      );
    }
  }
  return problems;
}
