import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "../scripts/check-manifest";
import { OPERATIONS } from "../src/operations";
import { functionDrift, readMetadata } from "./support/operation-drift";
import { productionBuild, TEST_PROD_URL } from "./support/production-build";

// The production build, as `npm run build` makes it, shared with the browser test.
const root = join(__dirname, "..");
const PROD_URL = TEST_PROD_URL;
let out: string;

beforeAll(() => {
  out = productionBuild();
});

const read = (file: string) => readFileSync(join(out, file), "utf8");

describe("production build", () => {
  test("functions.json is generated from the JSDoc, with every function in pt-BR", () => {
    const metadata = JSON.parse(read("functions.json"));
    const byId = Object.fromEntries(metadata.functions.map((f: { id: string }) => [f.id, f]));
    expect(Object.keys(byId).sort()).toEqual([
      "EXTENSO",
      "FIMTRANSICAO",
      "INCENTIVO",
      "PARCELA",
      "PORTE",
      "POSFIXADO",
      "PRAZOASSINATURA",
      "PREFIXADO",
      "PROPORCIONAL2021",
      "RECOMPOSICAO",
    ]);
    expect(byId.PORTE.description).toMatch(/^Porte do município pelo Teto MAC anual/);
    expect(byId.INCENTIVO.description).toMatch(/^Incentivo do porte em reais/);
    expect(byId.RECOMPOSICAO.description).toMatch(/^Recomposição anual do hospital/);
    expect(byId.PORTE.parameters.map((p: { name: string }) => p.name)).toEqual(["tetoMAC", "regra"]);
    // Declared as "any" matrices, so Excel hands over blanks and text instead of coercing them.
    expect(byId.PORTE.parameters[0]).toMatchObject({ type: "any", dimensionality: "matrix" });
    expect(byId.PORTE.parameters[1]).toMatchObject({ optional: true });
  });

  test("functions.json says of each function what src/operations says: names, parameters, descriptions", () => {
    expect(functionDrift(OPERATIONS, readMetadata(read("functions.json")))).toEqual([]);
  });

  test("taskpane.html loads Office.js and the functions code (shared runtime)", () => {
    const html = read("taskpane.html");
    expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    expect(html).toMatch(/<script defer(="defer")? src="?functions\.js"?>/);
    expect(html).toMatch(/src="?taskpane\.js"?/);
    expect(read("functions.js")).toContain('CustomFunctions.associate("PORTE"');
  });

  test("the functions chunk holds no UI: React and Fluent UI come in chunks loaded when the pane shows", () => {
    const functions = read("functions.js");
    expect(functions).toContain('CustomFunctions.associate("PORTE"');
    expect(functions).not.toMatch(/react\.dev\/errors|fui-FluentProvider/);
    const pane = readdirSync(out).filter((file) => /^pane\.[0-9a-f]{8}\.js$/.test(file));
    expect(pane).toHaveLength(1);
    expect(read(pane[0])).toContain("Limpar marcações");
  });

  test("ships no source maps: no .map file in dist/, no sourceMappingURL in the code", () => {
    const files = readdirSync(out, { recursive: true, encoding: "utf8" });
    expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
    const code = files.filter((file) => /\.(js|css|html)$/.test(file));
    expect(code).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "taskpane.html", "ajuda.css"]));
    expect(code.filter((file) => read(file).includes("sourceMappingURL"))).toEqual([]);
  });

  test("the functions chunk loads neither zod nor decimal.js, nor the legal-nature table", () => {
    const functions = read("functions.js");
    // zod's and decimal.js's own texts, and a name from @brazilian-utils' CONCLA table (nature.ts, pane only).
    expect(functions).not.toMatch(/ZodError|\$ZodType|DecimalError|Sociedade Anônima Aberta/);
    expect(functions).toContain('CustomFunctions.associate("PRAZOASSINATURA"');
  });

  test("the manifest in dist/ holds only the production URL, every occurrence replaced", () => {
    const source = readFileSync(join(root, "manifest.xml"), "utf8");
    const built = read("manifest.xml");
    expect(built).not.toContain("localhost");
    const devCount = source.split("https://localhost:3000/").length - 1;
    expect(devCount).toBeGreaterThan(5);
    expect(built.split(PROD_URL).length - 1).toBe(devCount);
    const hosts = new Set([...built.matchAll(/https:\/\/[^"<\s]+/g)].map(([url]) => url.slice(0, PROD_URL.length)));
    expect([...hosts]).toEqual([PROD_URL]);
  });

  test("the built manifest passes the offline check against the built icons", () => {
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(out, "assets", `icon-${size}.png`))).toBe(true);
    expect(checkManifest(read("manifest.xml"), join(out, "assets"))).toEqual([]);
  });
});

describe("production URL", () => {
  const config: (env: object, options: object) => Promise<unknown> = jest.requireActual("../webpack.config.js");
  const previous = process.env.ANEXOS_PROD_URL;
  afterEach(() => {
    process.env.ANEXOS_PROD_URL = previous;
  });

  test.each(["http://anexos.saude.mg.gov.br/", "https://anexos.saude.mg.gov.br", "https://localhost:3000/"])(
    "refuses %s with a pt-BR message",
    async (url) => {
      process.env.ANEXOS_PROD_URL = url;
      await expect(config({}, { mode: "production" })).rejects.toThrow(`Endereço de produção inválido: "${url}"`);
    },
  );

  test("the argument (--env url=…) wins over the environment variable, and is checked the same way", async () => {
    process.env.ANEXOS_PROD_URL = "https://variavel.saude.mg.gov.br/";
    await expect(config({ url: "http://argumento.saude.mg.gov.br/" }, { mode: "production" })).rejects.toThrow(
      'Endereço de produção inválido: "http://argumento.saude.mg.gov.br/"',
    );
    const built = (await config({ url: "https://argumento.saude.mg.gov.br/" }, { mode: "production" })) as {
      plugins: Array<{ patterns?: Array<{ to: string; transform: (content: Buffer) => string }> }>;
    };
    const manifest = built.plugins
      .flatMap((plugin) => plugin.patterns ?? [])
      .find((pattern) => pattern.to === "manifest.xml");
    const copied = manifest?.transform(
      Buffer.from('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>'),
    );
    expect(copied).toBe('<SourceLocation DefaultValue="https://argumento.saude.mg.gov.br/taskpane.html"/>');
  });
});
