// Offline check of the add-in manifest. `office-addin-manifest validate` asks Microsoft's online
// service, which this project's machines cannot reach; this checks, without network, Microsoft's XML
// schema (manifest-schema.ts) and then the mistakes the schema cannot see that make Office refuse or
// half-load an add-in. Usage: tsx scripts/check-manifest.ts [manifest] [assets dir]
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DOMParser, onErrorStopParsing, type Element } from "@xmldom/xmldom";
import { PNG } from "pngjs";
import { checkManifestSchema } from "./manifest-schema";

// Length limits of the manifest schema (bt:ShortString, bt:LongString, bt:Url) and of Excel for the
// custom functions namespace.
const LIMITS = { displayName: 125, description: 250, shortString: 125, longString: 250, url: 2048, namespace: 32 };

// Elements without which Office refuses this add-in (a task pane app with shared-runtime custom functions).
const REQUIRED: ReadonlyArray<[path: string, what: string]> = [
  ["Id", "identificador (GUID) do suplemento"],
  ["Version", "versão"],
  ["ProviderName", "nome do fornecedor"],
  ["DefaultLocale", "idioma padrão"],
  ["DisplayName", "nome exibido"],
  ["Description", "descrição"],
  ["IconUrl", "ícone"],
  ["HighResolutionIconUrl", "ícone de alta resolução"],
  ["SupportUrl", "endereço de suporte"],
  ["Hosts/Host", "aplicativo (Workbook)"],
  ["Requirements/Sets/Set", "conjuntos de requisitos"],
  ["DefaultSettings/SourceLocation", "página inicial"],
  ["Permissions", "permissões"],
  ["VersionOverrides", "comandos e funções (VersionOverrides)"],
  ["VersionOverrides/Hosts/Host/Runtimes/Runtime", "runtime compartilhado"],
  ["VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint/Script/SourceLocation", "script das funções"],
  ["VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint/Page/SourceLocation", "página das funções"],
  ["VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint/Metadata/SourceLocation", "metadados das funções"],
  ["VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint/Namespace", "namespace das funções"],
  ["VersionOverrides/Resources", "recursos (Resources)"],
];

// Ribbon icon sizes: Office requires 16, 32 and 80 px; 20, 24, 40, 48 and 64 px are the optional sizes
// it picks on high-DPI screens (the schema's ImageResourceReference documentation).
export const REQUIRED_RIBBON_SIZES = [16, 32, 80] as const;
export const OPTIONAL_RIBBON_SIZES = [20, 24, 40, 48, 64] as const;

const REQUIRED_SETS: ReadonlyArray<[name: string, minVersion: string]> = [
  ["SharedRuntime", "1.1"],
  ["CustomFunctionsRuntime", "1.2"],
];

const NOT_XML = "O manifesto não é um XML válido";

/**
 * Schema violations first, then the other problems, all in pt-BR; an empty list means the manifest passes.
 * XML that is not well formed gets one message, not the schema's echo of it.
 */
export async function validateManifest(xml: string, assetsDir: string): Promise<string[]> {
  const problems = checkManifest(xml, assetsDir);
  if (problems.some((problem) => problem.startsWith(NOT_XML))) return problems;
  return [...(await checkManifestSchema(xml)), ...problems];
}

/** Every problem the schema does not catch, in pt-BR; an empty list means the manifest passes them. */
export function checkManifest(xml: string, assetsDir: string): string[] {
  const problems: string[] = [];
  let root: Element;
  try {
    const document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml");
    root = document.documentElement as Element;
  } catch (error) {
    return [`${NOT_XML}: ${(error as Error).message}`];
  }
  if (root.localName !== "OfficeApp") return [`O elemento raiz deve ser OfficeApp, não ${root.localName}.`];

  for (const [path, what] of REQUIRED) {
    if (find(root, path).length === 0) problems.push(`Falta o elemento obrigatório ${path} (${what}).`);
  }
  checkTexts(root, problems);
  checkRequirementSets(root, problems);
  checkRuntime(root, problems);
  const resources = collectResources(root, problems);
  checkResids(root, resources, problems);
  checkUrls(root, problems);
  checkIcons(root, resources, assetsDir, problems);
  checkLengths(root, resources, problems);
  return problems;
}

function children(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).localName === name) found.push(node as Element);
  }
  return found;
}

/** Elements at a slash-separated path of local names below `from` (namespaces ignored). */
function find(from: Element, path: string): Element[] {
  return path
    .split("/")
    .reduce<Element[]>((level, name) => level.flatMap((element) => children(element, name)), [from]);
}

function all(root: Element): Element[] {
  const elements: Element[] = [];
  const visit = (element: Element) => {
    elements.push(element);
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === node.ELEMENT_NODE) visit(node as Element);
    }
  };
  visit(root);
  return elements;
}

function checkTexts(root: Element, problems: string[]): void {
  const id = find(root, "Id")[0]?.textContent?.trim();
  if (id !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    problems.push(`Id deve ser um GUID, não "${id}".`);
  }
  const version = find(root, "Version")[0]?.textContent?.trim();
  if (version !== undefined && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    problems.push(`Version deve ser como 1.0.0.0, não "${version}".`);
  }
  for (const name of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const element = find(root, name)[0];
    if (element && !element.getAttribute("DefaultValue")) problems.push(`${name} está sem DefaultValue.`);
  }
}

function checkRequirementSets(root: Element, problems: string[]): void {
  const sets = find(root, "Requirements/Sets/Set");
  for (const [name, minVersion] of REQUIRED_SETS) {
    const set = sets.find((element) => element.getAttribute("Name") === name);
    const declared =
      set?.getAttribute("MinVersion") ?? find(root, "Requirements/Sets")[0]?.getAttribute("DefaultMinVersion");
    if (!set) problems.push(`Falta o conjunto de requisitos ${name} ${minVersion}.`);
    else if (!declared || compareVersions(declared, minVersion) < 0) {
      problems.push(
        `O conjunto de requisitos ${name} deve ser ${minVersion} ou maior, não ${declared ?? "sem versão"}.`,
      );
    }
  }
}

function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function checkRuntime(root: Element, problems: string[]): void {
  for (const runtime of find(root, "VersionOverrides/Hosts/Host/Runtimes/Runtime")) {
    if (runtime.getAttribute("lifetime") !== "long") {
      problems.push('O runtime compartilhado deve ter lifetime="long", para as funções seguirem com o painel fechado.');
    }
  }
}

interface Resources {
  images: Map<string, string>;
  urls: Map<string, string>;
  shortStrings: Map<string, string>;
  longStrings: Map<string, string>;
}

function collectResources(root: Element, problems: string[]): Resources {
  const section = find(root, "VersionOverrides/Resources")[0];
  const read = (group: string, item: string) => {
    const map = new Map<string, string>();
    for (const element of section ? find(section, `${group}/${item}`) : []) {
      const id = element.getAttribute("id") ?? "";
      if (map.has(id)) problems.push(`O recurso "${id}" está declarado duas vezes em ${group}.`);
      map.set(id, element.getAttribute("DefaultValue") ?? "");
    }
    return map;
  };
  return {
    images: read("Images", "Image"),
    urls: read("Urls", "Url"),
    shortStrings: read("ShortStrings", "String"),
    longStrings: read("LongStrings", "String"),
  };
}

function checkResids(root: Element, resources: Resources, problems: string[]): void {
  const known = new Set(
    [resources.images, resources.urls, resources.shortStrings, resources.longStrings].flatMap((map) => [...map.keys()]),
  );
  for (const element of all(root)) {
    const resid = element.getAttribute("resid");
    if (resid !== null && !known.has(resid)) {
      problems.push(`${element.localName} usa resid="${resid}", que não existe em Resources.`);
    }
  }
}

function checkUrls(root: Element, problems: string[]): void {
  const urlElements = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"]);
  for (const element of all(root)) {
    const urls: string[] = [];
    if (urlElements.has(element.localName ?? "")) urls.push(element.getAttribute("DefaultValue") ?? "");
    if (element.localName === "AppDomain") urls.push(element.textContent?.trim() ?? "");
    if (
      element.localName === "Override" &&
      element.parentNode &&
      ["Image", "Url"].includes((element.parentNode as Element).localName ?? "")
    ) {
      urls.push(element.getAttribute("Value") ?? "");
    }
    for (const url of urls.filter((value) => value !== "")) {
      if (!url.startsWith("https://")) problems.push(`${element.localName}: o endereço "${url}" não usa https.`);
    }
  }
}

function checkIcons(root: Element, resources: Resources, assetsDir: string, problems: string[]): void {
  const expected = new Map<string, Set<number>>(); // url → sizes it must have
  const expect = (url: string | null | undefined, size: number) => {
    if (!url) return;
    expected.set(url, (expected.get(url) ?? new Set()).add(size));
  };
  expect(find(root, "IconUrl")[0]?.getAttribute("DefaultValue"), 32);
  expect(find(root, "HighResolutionIconUrl")[0]?.getAttribute("DefaultValue"), 64);
  const allowed = new Set<number>([...REQUIRED_RIBBON_SIZES, ...OPTIONAL_RIBBON_SIZES]);
  for (const element of all(root)) {
    if (element.localName === "Icon") checkIconList(element, problems);
    if (element.localName === "Image" && element.hasAttribute("size") && element.hasAttribute("resid")) {
      const size = Number(element.getAttribute("size"));
      if (!allowed.has(size)) {
        problems.push(
          `O ícone ${element.getAttribute("resid")} tem size="${element.getAttribute("size")}"; ` +
            `o Office aceita ${[...allowed].sort((a, b) => a - b).join(", ")}.`,
        );
        continue;
      }
      expect(resources.images.get(element.getAttribute("resid") ?? ""), size);
    }
  }
  for (const [url, sizes] of expected) {
    const file = join(assetsDir, basename(new URL(url, "https://invalid/").pathname));
    if (!existsSync(file)) {
      problems.push(`O ícone ${url} não existe em ${assetsDir}.`);
      continue;
    }
    let png: PNG;
    try {
      png = PNG.sync.read(readFileSync(file));
    } catch {
      problems.push(`O ícone ${file} não é um PNG válido.`);
      continue;
    }
    for (const size of sizes) {
      if (png.width !== size || png.height !== size) {
        problems.push(`O ícone ${basename(file)} tem ${png.width}x${png.height} pixels; deveria ter ${size}x${size}.`);
      }
    }
  }
}

/** Each ribbon Icon has the three sizes Office requires, each size once. */
function checkIconList(icon: Element, problems: string[]): void {
  const sizes = children(icon, "Image").map((image) => Number(image.getAttribute("size")));
  const owner = (icon.parentNode as Element | null)?.getAttribute("id") ?? "?";
  for (const size of REQUIRED_RIBBON_SIZES) {
    if (!sizes.includes(size)) problems.push(`O ícone de ${owner} não tem o tamanho obrigatório de ${size} pixels.`);
  }
  for (const size of new Set(sizes.filter((size, index) => sizes.indexOf(size) !== index))) {
    problems.push(`O ícone de ${owner} repete o tamanho de ${size} pixels.`);
  }
}

function checkLengths(root: Element, resources: Resources, problems: string[]): void {
  const tooLong = (what: string, text: string, limit: number) => {
    if (text.length > limit) problems.push(`${what} tem ${text.length} caracteres; o limite é ${limit}.`);
  };
  tooLong("DisplayName", find(root, "DisplayName")[0]?.getAttribute("DefaultValue") ?? "", LIMITS.displayName);
  tooLong("Description", find(root, "Description")[0]?.getAttribute("DefaultValue") ?? "", LIMITS.description);
  for (const [id, text] of resources.shortStrings) tooLong(`O texto "${id}"`, text, LIMITS.shortString);
  for (const [id, text] of resources.longStrings) tooLong(`O texto "${id}"`, text, LIMITS.longString);
  for (const [id, url] of resources.urls) tooLong(`O endereço "${id}"`, url, LIMITS.url);
  for (const namespace of find(root, "VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint/Namespace")) {
    const text = resources.shortStrings.get(namespace.getAttribute("resid") ?? "");
    if (text === undefined) continue; // reported as a missing resid
    tooLong("O namespace das funções", text, LIMITS.namespace);
    if (!/^[A-Za-z][A-Za-z0-9.]*$/.test(text))
      problems.push(`O namespace das funções "${text}" só pode ter letras, números e pontos.`);
  }
}

/** What Microsoft's own manifest reader (office-addin-manifest, offline) makes of the file. */
export async function describeWithOfficeTools(manifestPath: string): Promise<string> {
  // Loaded only here: the package pulls ES modules that plain CommonJS test runs cannot load.
  const { OfficeAddinManifest } = await import("office-addin-manifest");
  const info = await OfficeAddinManifest.readManifestFile(manifestPath);
  return `${info.displayName} ${info.version} (${info.officeAppType}, ${info.hosts?.join(", ")}, ${info.defaultLocale})`;
}

async function main(): Promise<void> {
  const [manifestPath = "manifest.xml", assetsDir = join(__dirname, "..", "assets")] = process.argv.slice(2);
  const problems = await validateManifest(readFileSync(manifestPath, "utf8"), assetsDir);
  if (problems.length > 0) {
    console.error(
      `Manifesto ${manifestPath}: ${problems.length} problema(s):\n${problems.map((p) => `- ${p}`).join("\n")}`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(
    `Manifesto ${manifestPath}: nenhum problema encontrado (esquema XML da Microsoft e verificação offline).`,
  );
  console.log(`Lido pelo office-addin-manifest: ${await describeWithOfficeTools(manifestPath)}.`);
}

if (require.main === module) void main();
