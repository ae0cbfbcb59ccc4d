import { spawn } from "node:child_process";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { frameAncestors, sourceAllows } from "../scripts/hosting/office-origins";
import { verifyHosting } from "../scripts/hosting/verify";

const root = join(__dirname, "..");
const source = readFileSync(join(root, "manifest.xml"), "utf8");
const fixtures = join(__dirname, "fixtures", "hosting");
const key = readFileSync(join(fixtures, "self-signed.key"));
const cert = readFileSync(join(fixtures, "self-signed.crt"));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Headers per path suffix, replacing the good ones; a null value drops the header. */
type Overrides = Record<string, Record<string, string | null>>;

/** A static server for the add-in's files as a good host would send them, with `overrides` per file. */
function addinServer(base: () => string, overrides: Overrides = {}) {
  const seenOrigins: string[] = [];
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    seenOrigins.push(String(request.headers.origin));
    if (path.endsWith("/ausente.png")) {
      response.writeHead(404).end();
      return;
    }
    const ext = /\.[a-z]+$/.exec(path)?.[0] ?? "";
    const headers: Record<string, string> = { "Content-Type": TYPES[ext] ?? "application/octet-stream" };
    if (ext === ".json" || ext === ".js") headers["Access-Control-Allow-Origin"] = "*";
    for (const [suffix, changes] of Object.entries(overrides)) {
      if (!path.endsWith(suffix)) continue;
      for (const [name, value] of Object.entries(changes)) {
        for (const existing of Object.keys(headers))
          if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
        if (value !== null) headers[name] = value;
      }
    }
    const body = path.endsWith("manifest.xml") ? source.replaceAll("https://localhost:3000/", base()) : "conteúdo";
    response.writeHead(200, headers).end(body);
  };
  return { handler, seenOrigins };
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function withHttp<T>(overrides: Overrides, run: (base: string, origins: string[]) => Promise<T>): Promise<T> {
  let base = "";
  const { handler, seenOrigins } = addinServer(() => base, overrides);
  const server = createHttpServer(handler);
  base = `http://127.0.0.1:${await listen(server)}/anexos/`;
  try {
    return await run(base, seenOrigins);
  } finally {
    server.close();
  }
}

const manifestFor = (base: string) => source.replaceAll("https://localhost:3000/", base);

describe("verificar-hospedagem against a local server", () => {
  test("a well-configured host passes, and every request carries Excel on the web's Origin", async () => {
    await withHttp({}, async (base, origins) => {
      const result = await verifyHosting(manifestFor(base), { allowLocalHttp: true });
      expect(result.problems).toEqual([]);
      expect(result.urls.map((url) => url.slice(base.length)).sort()).toEqual([
        "ajuda.html",
        "assets/icon-16.png",
        "assets/icon-20.png",
        "assets/icon-24.png",
        "assets/icon-32.png",
        "assets/icon-40.png",
        "assets/icon-48.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
        "functions.js",
        "functions.json",
        "taskpane.html",
      ]);
      expect(new Set(origins)).toEqual(new Set(["https://excel.officeapps.live.com"]));
    });
  });

  test("http is refused without the test flag", async () => {
    await withHttp({}, async (base) => {
      const result = await verifyHosting(manifestFor(base), {});
      expect(result.problems).toContain(
        `${base}functions.json: não usa https; o Office só carrega suplementos por https.`,
      );
      expect(result.problems).toHaveLength(12);
    });
  });

  test("every header that breaks Excel is reported, in pt-BR", async () => {
    const overrides: Overrides = {
      "functions.json": { "Access-Control-Allow-Origin": null, "Content-Type": "text/plain" },
      "functions.js": { "Access-Control-Allow-Origin": "https://anexos.saude.mg.gov.br", "Content-Type": "text/plain" },
      "taskpane.html": {
        "X-Frame-Options": "SAMEORIGIN",
        "Content-Security-Policy": "default-src 'self'; frame-ancestors 'self' https://*.officeapps.live.com",
      },
      "ajuda.html": { "Content-Type": "application/octet-stream" },
    };
    await withHttp(overrides, async (base) => {
      const manifest = manifestFor(base).replace(`${base}assets/icon-80.png`, `${base}assets/ausente.png`);
      const result = await verifyHosting(manifest, { allowLocalHttp: true });
      expect(result.problems).toEqual([
        `${base}ajuda.html: Content-Type "application/octet-stream"; deveria ser text/html.`,
        `${base}taskpane.html: X-Frame-Options SAMEORIGIN impede o Office de mostrar a página; retire esse cabeçalho.`,
        `${base}taskpane.html: a Content-Security-Policy "frame-ancestors 'self' https://*.officeapps.live.com" não deixa o Office mostrar a página (recusa https://excel.cloud.microsoft, https://www.office.com); veja deploy/ para a lista de endereços do Office.`,
        `${base}assets/ausente.png: o servidor respondeu 404; o Excel precisa de 200.`,
        `${base}functions.js: Content-Type "text/plain"; deveria ser text/javascript.`,
        `${base}functions.js: Access-Control-Allow-Origin "https://anexos.saude.mg.gov.br" não libera o Excel na web (https://excel.officeapps.live.com); use "*".`,
        `${base}functions.json: Content-Type "text/plain"; deveria ser application/json.`,
        `${base}functions.json: falta o cabeçalho Access-Control-Allow-Origin; o Excel na web não consegue ler o arquivo (use "*").`,
      ]);
    });
  });
});

describe("verificar-hospedagem over HTTPS", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    server = createHttpsServer({ key, cert }, addinServer(() => base).handler);
    base = `https://127.0.0.1:${await listen(server)}/anexos/`;
  });
  afterAll(() => server.close());

  test("a certificate the machine does not trust is reported on every address", async () => {
    const result = await verifyHosting(manifestFor(base));
    expect(result.problems).toHaveLength(12);
    expect(result.problems).toContain(`${base}functions.json: erro de certificado (certificado autoassinado).`);
  });

  test("with the certificate trusted, the same host passes", async () => {
    expect((await verifyHosting(manifestFor(base), { ca: cert })).problems).toEqual([]);
  });

  /** Runs the CLI the way npm run verificar-hospedagem does; asynchronous, so this process keeps serving. */
  function cli(
    args: string[],
    env: NodeJS.ProcessEnv = {},
  ): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [require.resolve("tsx/cli"), "scripts/verify-hosting.ts", ...args], {
        cwd: root,
        env: { ...process.env, ...env },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
  }

  test("the command exits 0 when all is good (certificate trusted through NODE_EXTRA_CA_CERTS)", async () => {
    const run = await cli([base], { NODE_EXTRA_CA_CERTS: join(fixtures, "self-signed.crt") });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      `Hospedagem do manifesto ${base}manifest.xml: os 12 endereços respondem como o Excel precisa.\n`,
    );
    expect(run.status).toBe(0);
  });

  test("the command exits 2 when it cannot read the manifest", async () => {
    const run = await cli(["nao-existe.xml"]);
    expect(run.stderr).toBe("Não foi possível verificar a hospedagem: o arquivo nao-existe.xml não existe.\n");
    expect(run.status).toBe(2);
  });

  test("the command exits 2 when the manifest cannot be downloaded", async () => {
    const run = await cli([`${base}manifest.xml`]);
    expect(run.stderr).toBe(
      `Não foi possível verificar a hospedagem: não foi possível baixar ${base}manifest.xml: erro de certificado (certificado autoassinado).\n`,
    );
    expect(run.status).toBe(2);
  });

  test("the command exits 1 with the list of problems", async () => {
    const dir = mkdtempSync(join(tmpdir(), "anexos-hospedagem-"));
    try {
      writeFileSync(join(dir, "manifest.xml"), manifestFor(base));
      const run = await cli([join(dir, "manifest.xml")]);
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines[0]).toBe(
        `Hospedagem do manifesto ${join(dir, "manifest.xml")}: 12 problema(s) que impedem o suplemento no Excel:`,
      );
      expect(lines).toContain(`- ${base}taskpane.html: erro de certificado (certificado autoassinado).`);
      expect(lines).toHaveLength(13);
      expect(run.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("frame-ancestors", () => {
  test.each([
    ["*", true],
    ["https:", true],
    ["https://*.officeapps.live.com", true],
    ["*.officeapps.live.com", true],
    ["https://excel.officeapps.live.com:443", true],
    ["https://excel.officeapps.live.com:8443", false],
    ["http://excel.officeapps.live.com", false],
    ["https://officeapps.live.com", false],
    ["'self'", false],
    ["'none'", false],
  ])("%s allows https://excel.officeapps.live.com: %s", (sourceExpression, allowed) => {
    expect(sourceAllows(sourceExpression, "https://excel.officeapps.live.com")).toBe(allowed);
  });

  test("is found among the policy's directives, whatever its case", () => {
    expect(frameAncestors("default-src 'self'; Frame-Ancestors 'self' https://*.office.com ;")).toEqual([
      "'self'",
      "https://*.office.com",
    ]);
    expect(frameAncestors("default-src 'self'")).toBeUndefined();
  });
});
