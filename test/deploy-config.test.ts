import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, onErrorStopParsing, type Element } from "@xmldom/xmldom";
import { frameAncestors, OFFICE_FRAME_ANCESTORS, refusedOrigins } from "../scripts/hosting/office-origins";
import { responseProblems } from "../scripts/hosting/response-checks";
import { parseNginx, type Directive } from "./support/nginx-conf";

const deploy = join(__dirname, "..", "deploy");
const FILES = ["taskpane.html", "ajuda.html", "functions.json", "functions.js", "assets/icon-80.png"];
const BASE = "https://suplementos.saude.mg.gov.br/anexos/";

describe("deploy/nginx.conf", () => {
  const conf = parseNginx(readFileSync(join(deploy, "nginx.conf"), "utf8"));
  const [location] = conf;
  const inside = (block: Directive[], name: string) => block.filter((directive) => directive.name === name);
  const types = new Map(
    inside(location.block ?? [], "types")[0].block?.flatMap((entry) => entry.args.map((ext) => [ext, entry.name])),
  );
  const cors = inside(location.block ?? [], "location")[0];

  /** The headers nginx sends for one file: the nested location's add_header replaces the outer ones. */
  function headersFor(file: string): Record<string, string> {
    const ext = file.slice(file.lastIndexOf(".") + 1);
    const nested = new RegExp(cors.args[1]).test(file);
    const adds = inside(nested ? (cors.block ?? []) : (location.block ?? []), "add_header");
    return {
      "content-type": types.get(ext) ?? "application/octet-stream",
      ...Object.fromEntries(adds.map((add) => [add.args[0].toLowerCase(), add.args[1]])),
    };
  }

  test("is one location block for the published folder", () => {
    expect(conf.map((directive) => [directive.name, directive.args])).toEqual([["location", ["/anexos/"]]]);
    expect(cors.args).toEqual(["~", "\\.(json|js)$"]);
  });

  test("serves functions.json as application/json and functions.js as JavaScript, with CORS for any origin", () => {
    expect(headersFor("functions.json")).toEqual({
      "content-type": "application/json",
      "access-control-allow-origin": "*",
    });
    expect(headersFor("functions.js")).toEqual({
      "content-type": "text/javascript",
      "access-control-allow-origin": "*",
    });
  });

  test("sends no X-Frame-Options, and its frame-ancestors lists the Office hosts", () => {
    const html = headersFor("taskpane.html");
    expect(html["content-type"]).toBe("text/html");
    expect(html["x-frame-options"]).toBeUndefined();
    const sources = frameAncestors(html["content-security-policy"]);
    expect(sources).toEqual(["'self'", ...OFFICE_FRAME_ANCESTORS]);
    expect(refusedOrigins(sources ?? [])).toEqual([]);
  });

  test("each file's headers pass verificar-hospedagem's checks", () => {
    for (const file of FILES) {
      expect(responseProblems(BASE + file, { status: 200, headers: headersFor(file) })).toEqual([]);
    }
  });
});

describe("deploy/web.config (IIS)", () => {
  const document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(
    readFileSync(join(deploy, "web.config"), "utf8"),
    "text/xml",
  );
  const elements = (from: Element | typeof document, name: string) =>
    Array.from(from.getElementsByTagName(name)) as Element[];
  const root = document.documentElement as Element;
  const server = elements(root, "system.webServer").find((element) => element.parentNode === root) as Element;
  const mime = new Map(
    elements(server, "mimeMap").map((map) => [map.getAttribute("fileExtension"), map.getAttribute("mimeType")]),
  );
  const added = (from: Element) =>
    Object.fromEntries(
      elements(from, "customHeaders").flatMap((headers) =>
        elements(headers, "add").map((add) => [add.getAttribute("name")?.toLowerCase(), add.getAttribute("value")]),
      ),
    );
  const locations = new Map(elements(root, "location").map((location) => [location.getAttribute("path"), location]));

  /** The headers IIS sends for one file: the site's, plus those of a <location> for that path. */
  function headersFor(file: string): Record<string, string> {
    const location = locations.get(file);
    return {
      "content-type":
        mime.get(file.slice(file.lastIndexOf("."))) ?? (file.endsWith(".html") ? "text/html" : "image/png"),
      ...added(server),
      ...(location ? added(location) : {}),
    };
  }

  test("maps .json to application/json and .js to JavaScript, replacing the server's own mappings", () => {
    expect(mime.get(".json")).toBe("application/json");
    expect(mime.get(".js")).toBe("text/javascript");
    const removed = elements(server, "remove").map((remove) => remove.getAttribute("fileExtension"));
    expect(removed).toEqual(expect.arrayContaining([".json", ".js"]));
  });

  test("sends Access-Control-Allow-Origin: * on functions.json and functions.js only", () => {
    expect([...locations.keys()]).toEqual(["functions.json", "functions.js"]);
    expect(headersFor("functions.json")["access-control-allow-origin"]).toBe("*");
    expect(headersFor("functions.js")["access-control-allow-origin"]).toBe("*");
    expect(headersFor("taskpane.html")["access-control-allow-origin"]).toBeUndefined();
  });

  test("removes X-Frame-Options and lists the Office hosts in frame-ancestors", () => {
    const removed = elements(server, "remove").map((remove) => remove.getAttribute("name"));
    expect(removed).toContain("X-Frame-Options");
    expect(headersFor("taskpane.html")["x-frame-options"]).toBeUndefined();
    const sources = frameAncestors(headersFor("taskpane.html")["content-security-policy"]);
    expect(sources).toEqual(["'self'", ...OFFICE_FRAME_ANCESTORS]);
  });

  test("each file's headers pass verificar-hospedagem's checks", () => {
    for (const file of FILES) {
      expect(responseProblems(BASE + file, { status: 200, headers: headersFor(file) })).toEqual([]);
    }
  });
});
