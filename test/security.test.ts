// What the built add-in may do, checked on the production build (dist/) as it would be deployed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { productionBuild, TEST_PROD_URL } from "./support/production-build";

let dist: string;
beforeAll(() => {
  dist = productionBuild();
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const scripts = () => files(dist).filter((path) => path.endsWith(".js"));
/**
 * pdf.js's chunks ("Abrir PDF…", loaded on the first PDF): Mozilla's code, checked apart. It can load a PDF, its
 * character maps, fonts and wasm decoders from URLs (fetch, XMLHttpRequest); the pane gives it only the bytes of
 * a file the analyst chose and no URL, and the page's connect-src keeps it on this site anyway.
 */
const isPdfjs = (path: string) => /^pdfjs(-worker)?\.[0-9a-f]{8}\.js$/.test(relative(dist, path));
const ourScripts = () => scripts().filter((path) => !isPdfjs(path));
const pdfjsScripts = () => scripts().filter(isPdfjs);

/** Strings in pdf.js that look like URLs and are never requested: XML namespaces, and URL-parsing bases. */
const PDFJS_URLS_NEVER_FETCHED = new Set([
  "http://example.com",
  "https://foo.bar",
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1999/XSL/Transform",
  "http://www.w3.org/2000/09/xmldsig",
  "http://ns.adobe.com/xdp/",
  "http://ns.adobe.com/xdp/pdf/",
  "http://ns.adobe.com/xfdf/",
  "http://ns.adobe.com/xmpmeta/",
  "http://www.xfa.org/schema/xci/",
  "http://www.xfa.org/schema/xdc/",
  "http://www.xfa.org/schema/xfa-connection-set/",
  "http://www.xfa.org/schema/xfa-data/",
  "http://www.xfa.org/schema/xfa-data/1.0/",
  "http://www.xfa.org/schema/xfa-form/",
  "http://www.xfa.org/schema/xfa-locale-set/",
  "http://www.xfa.org/schema/xfa-source-set/",
  "http://www.xfa.org/schema/xfa-template/",
]);
const read = (path: string) => readFileSync(path, "utf8");

/**
 * URLs that appear in the bundles as plain strings and are never requested: XML namespaces React and the
 * browser need for SVG and MathML, the address React puts in its error messages, and the JSON Schema ids zod
 * writes into schemas it exports.
 */
const URLS_NEVER_FETCHED = new Set([
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/1998/Math/MathML",
  "https://react.dev/errors/",
  "https://json-schema.org/draft/2020-12/schema",
  "http://json-schema.org/draft-07/schema",
  "http://json-schema.org/draft-04/schema",
]);

describe("the production build", () => {
  test("a made-up production URL: no localhost anywhere in dist/", () => {
    const withLocalhost = files(dist).filter((path) => /localhost/i.test(read(path)));
    expect(withLocalhost.map((path) => relative(dist, path))).toEqual([]);
    expect(read(join(dist, "manifest.xml"))).toContain(TEST_PROD_URL);
  });

  test("no network API in any bundle: no fetch, XMLHttpRequest, WebSocket, EventSource or beacon", () => {
    for (const path of ourScripts()) {
      // papaparse (the CSV reader of "Comparar com…") has a download mode over XMLHttpRequest: never used, the
      // pane parses the text of a file already read. That one use is allowed, no other.
      const code = read(path).replace(/new XMLHttpRequest,this\._config\.withCredentials/, "");
      for (const api of [/\bfetch\s*\(/, /XMLHttpRequest/, /WebSocket/, /EventSource/, /sendBeacon/]) {
        expect([relative(dist, path), api.test(code)]).toEqual([relative(dist, path), false]);
      }
    }
  });

  test("pdf.js's chunks: two of them, lazy, and no WebSocket, EventSource, beacon nor other server's URL", () => {
    expect(pdfjsScripts().map((path) => relative(dist, path).replace(/\.[0-9a-f]{8}\./, "."))).toEqual([
      "pdfjs-worker.js",
      "pdfjs.js",
    ]);
    for (const path of pdfjsScripts()) {
      const code = read(path);
      for (const api of [/WebSocket/, /EventSource/, /sendBeacon/]) {
        expect([relative(dist, path), api.test(code)]).toEqual([relative(dist, path), false]);
      }
      const urls = code.match(/https?:\/\/[\w.-]+(?:\/[\w./%-]*)?/g) ?? [];
      expect(urls.filter((url) => !PDFJS_URLS_NEVER_FETCHED.has(url))).toEqual([]);
    }
    // Lazy: the page itself loads neither (only the pane's chunk imports them, on a PDF).
    expect(read(join(dist, "taskpane.html"))).not.toMatch(/pdfjs/);
  });

  test("no URL of anyone else's server in the bundles; the page loads only Office.js from Microsoft's CDN", () => {
    const urls = new Set(ourScripts().flatMap((path) => read(path).match(/https?:\/\/[\w.-]+(?:\/[\w./%-]*)?/g) ?? []));
    expect([...urls].filter((url) => !URLS_NEVER_FETCHED.has(url))).toEqual([]);
    const html = read(join(dist, "taskpane.html"));
    const sources = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((match) => match[1]);
    expect(sources.filter((src) => /^https?:/.test(src))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script
  });

  test("no eval; the only Function constructors are libraries' probes inside try/catch (zod is set jitless)", () => {
    const found = ourScripts().flatMap(
      (path) => read(path).match(/.{0,20}\b(?:eval\s*\(|new Function\s*\().{0,30}/g) ?? [],
    );
    expect(found.every((snippet) => !/\beval\s*\(/.test(snippet))).toBe(true);
    // zod's "can this page eval?" test and a globalThis fallback, both inside try/catch.
    const probes = found.map((snippet) => snippet.replace(/^.*?(new Function)/, "$1"));
    expect(probes).toHaveLength(2);
    expect(probes[0]).toMatch(/^new Function\(""\),!0\}catch\(e\)\{return!1\}/);
    expect(probes[1]).toMatch(/^new Function\("return this"\)\(\)\}catch\(e\)/);
  });

  test("pdf.js: no eval; its Function constructors are its probe and the font compiler it skips (isEvalSupported: false)", () => {
    const found = pdfjsScripts().flatMap((path) =>
      (read(path).match(/.{0,40}\b(?:eval\s*\(|new Function\s*\().{0,30}/g) ?? []).map((snippet) => [
        relative(dist, path).replace(/\.[0-9a-f]{8}\./, "."),
        snippet,
      ]),
    );
    expect(found.every(([, snippet]) => !/\beval\s*\(/.test(snippet))).toBe(true);
    expect(found.map(([file, snippet]) => [file, snippet.replace(/^.*?(new Function)/, "$1").slice(0, 16)])).toEqual([
      ["pdfjs-worker.js", 'new Function("")'],
      ["pdfjs-worker.js", 'new Function("sr'],
      ["pdfjs.js", 'new Function("")'],
    ]);
  });

  test("a Content-Security-Policy as strict as Office.js allows", () => {
    const html = read(join(dist, "taskpane.html"));
    // The HTML is minified: attribute quotes may be gone.
    const policy = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = Object.fromEntries(
      policy
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["connect-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["style-src"]).toEqual(["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    // pdf.js's worker ("Abrir PDF…") is a chunk of this site: no blob: nor data: workers.
    expect(directives["worker-src"]).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });
});

describe("our code", () => {
  const source = (dir: string): string[] =>
    files(join(__dirname, "..", dir)).filter((path) => /\.(ts|tsx|js|html)$/.test(path));

  test("never evaluates text as code nor writes HTML from text", () => {
    const forbidden =
      /\beval\s*\(|new Function\s*\(|innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/;
    const offenders = source("src").filter((path) => forbidden.test(read(path)));
    expect(offenders.map((path) => relative(join(__dirname, ".."), path))).toEqual([]);
  });
});
