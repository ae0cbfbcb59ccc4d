import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { checkManifest } from "../scripts/check-manifest";

const root = join(__dirname, "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const assets = join(root, "assets");

function replaced(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  if (changed === manifest) throw new Error(`test setup: ${String(from)} not found in manifest.xml`);
  return changed;
}

describe("offline manifest check", () => {
  test("the project's manifest passes", () => {
    expect(checkManifest(manifest, assets)).toEqual([]);
  });

  test("npm run validate passes, and Microsoft's manifest reader sees an Excel task pane add-in in pt-BR", () => {
    const tsx = require.resolve("tsx/cli");
    const run = spawnSync(process.execPath, [tsx, "scripts/check-manifest.ts", "manifest.xml"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "Manifesto manifest.xml: nenhum problema encontrado (esquema XML da Microsoft e verificação offline).",
    );
    expect(run.stdout).toContain(
      "Lido pelo office-addin-manifest: Anexos SES/MG 1.0.0.0 (TaskPaneApp, Workbook, pt-BR).",
    );
  });

  test("npm run validate fails with exit code 1 on a broken manifest", () => {
    const dir = mkdtempSync(join(tmpdir(), "anexos-manifest-"));
    try {
      writeFileSync(join(dir, "manifest.xml"), manifest.replace('lifetime="long"', 'lifetime="short"'));
      const tsx = require.resolve("tsx/cli");
      const run = spawnSync(process.execPath, [tsx, "scripts/check-manifest.ts", join(dir, "manifest.xml"), assets], {
        cwd: root,
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('O runtime compartilhado deve ter lifetime="long"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("its version is package.json's: Office sees an update when the add-in changes", () => {
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
    expect(/<Version>([\d.]+)<\/Version>/.exec(manifest)?.[1]).toBe(`${version}.0`);
  });

  test("the manifest has the shared runtime, the SES namespace and pt-BR", () => {
    expect(manifest).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(manifest).toContain('<bt:String id="Functions.Namespace" DefaultValue="SES"/>');
    expect(manifest).toContain("<DefaultLocale>pt-BR</DefaultLocale>");
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });

  test.each([
    [
      "a missing required element",
      replaced(/\s*<SupportUrl [^>]*\/>/, ""),
      "Falta o elemento obrigatório SupportUrl (endereço de suporte).",
    ],
    [
      "a missing Runtimes element",
      replaced(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/, ""),
      "Falta o elemento obrigatório VersionOverrides/Hosts/Host/Runtimes/Runtime",
    ],
    [
      "a resid with no resource",
      replaced('resid="TaskpaneButton.Tooltip"', 'resid="TaskpaneButton.Dica"'),
      'Description usa resid="TaskpaneButton.Dica", que não existe em Resources.',
    ],
    [
      "a non-https URL",
      replaced(
        'DefaultValue="https://localhost:3000/functions.json"',
        'DefaultValue="http://localhost:3000/functions.json"',
      ),
      'Url: o endereço "http://localhost:3000/functions.json" não usa https.',
    ],
    [
      "an icon missing from assets/",
      replaced(/icon-80\.png/, "icone-80.png"),
      "O ícone https://localhost:3000/assets/icone-80.png não existe em",
    ],
    [
      "a Namespace over 32 characters",
      replaced('DefaultValue="SES"', `DefaultValue="${"S".repeat(33)}"`),
      "O namespace das funções tem 33 caracteres; o limite é 32.",
    ],
    [
      "a DisplayName over 125 characters",
      replaced('<DisplayName DefaultValue="Anexos SES/MG"/>', `<DisplayName DefaultValue="${"A".repeat(126)}"/>`),
      "DisplayName tem 126 caracteres; o limite é 125.",
    ],
    [
      "a short-lived runtime",
      replaced('lifetime="long"', 'lifetime="short"'),
      'O runtime compartilhado deve ter lifetime="long"',
    ],
    [
      "a missing CustomFunctionsRuntime set",
      replaced(/\s*<Set Name="CustomFunctionsRuntime"[^>]*\/>/, ""),
      "Falta o conjunto de requisitos CustomFunctionsRuntime 1.2.",
    ],
    ["an id that is not a GUID", replaced(/<Id>[^<]*<\/Id>/, "<Id>anexos</Id>"), 'Id deve ser um GUID, não "anexos".'],
    ["broken XML", manifest.replace("</OfficeApp>", ""), "O manifesto não é um XML válido"],
    [
      "a ribbon icon without its required 80 px size",
      replaced(/(<Group id="AnexosGroup">[\s\S]*?)\s*<bt:Image size="80" resid="Icon.80x80"\/>/, "$1"),
      "O ícone de AnexosGroup não tem o tamanho obrigatório de 80 pixels.",
    ],
    [
      "a ribbon icon size Office does not know",
      replaced(
        '<bt:Image size="20" resid="Icon.20x20"/>\n                  <bt:Image size="24"',
        '<bt:Image size="20" resid="Icon.20x20"/>\n                  <bt:Image size="28"',
      ),
      'O ícone Icon.24x24 tem size="28"; o Office aceita 16, 20, 24, 32, 40, 48, 64, 80.',
    ],
  ])("fails on %s", (_, xml, message) => {
    const problems = checkManifest(xml, assets);
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
  });

  describe("with icons of the wrong size", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "anexos-assets-"));
      for (const size of [16, 20, 24, 40, 48, 64, 80])
        copyFileSync(join(assets, `icon-${size}.png`), join(dir, `icon-${size}.png`));
      writeFileSync(join(dir, "icon-32.png"), PNG.sync.write(new PNG({ width: 16, height: 16 })));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("names the icon and both sizes", () => {
      expect(checkManifest(manifest, dir)).toContain("O ícone icon-32.png tem 16x16 pixels; deveria ter 32x32.");
    });
  });

  test("the icons in assets/ are real PNGs of 16, 20, 24, 32, 40, 48, 64 and 80 pixels", () => {
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) {
      const png = PNG.sync.read(readFileSync(join(assets, `icon-${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
    }
  });
});
