import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateManifest } from "../scripts/check-manifest";
import { checkManifestSchema } from "../scripts/manifest-schema";
import { translateXmllint } from "../scripts/xmllint-messages";

const root = join(__dirname, "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const assets = join(root, "assets");

function mutated(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  if (changed === manifest) throw new Error(`test setup: ${String(from)} not found in manifest.xml`);
  return changed;
}

/** Line (1-based) of the first occurrence of `text` in the mutated manifest. */
function lineOf(xml: string, text: string): number {
  return xml.slice(0, xml.indexOf(text)).split("\n").length;
}

describe("manifest against Microsoft's XML schema (xmllint-wasm, offline)", () => {
  test("the project's manifest is valid", async () => {
    expect(await checkManifestSchema(manifest)).toEqual([]);
    expect(await validateManifest(manifest, assets)).toEqual([]);
  });

  // Each mutation is a mistake Office would refuse; the messages are the literal pt-BR lines shown to the user.
  const swapped = mutated(/(<DisplayName [^>]*\/>)(\s*)(<Description [^>]*\/>)/, "$3$2$1");
  const reorderedRuntimes = mutated(/(\s*<Runtimes>[\s\S]*?<\/Runtimes>)([\s\S]*?<\/AllFormFactors>)/, "$2$1");
  const reorderedHead = mutated(
    /(\s*<ProviderName>[^<]*<\/ProviderName>)(\s*<DefaultLocale>[^<]*<\/DefaultLocale>)/,
    "$2$1",
  );
  const cases: Array<[name: string, xml: string, message: string]> = [
    [
      "DisplayName and Description swapped",
      swapped,
      `Linha ${lineOf(swapped, "<Description ")}: <Description> não é esperado aqui; o esquema espera <DisplayName> nesta posição.`,
    ],
    [
      "Permissions ReadWrite",
      mutated("<Permissions>ReadWriteDocument", "<Permissions>ReadWrite"),
      `Linha ${lineOf(manifest, "<Permissions>")}: O valor "ReadWrite" de <Permissions> não é aceito; use um destes: Restricted, ReadDocument, ReadAllDocument, WriteDocument, ReadWriteDocument.`,
    ],
    [
      "an unknown xsi:type",
      mutated('xsi:type="ShowTaskpane"', 'xsi:type="MostrarPainel"'),
      `Linha ${lineOf(manifest, 'xsi:type="ShowTaskpane"')}: O tipo "MostrarPainel" (xsi:type) de <Action> não existe no esquema.`,
    ],
    [
      "Runtimes after AllFormFactors",
      reorderedRuntimes,
      `Linha ${lineOf(reorderedRuntimes, "<Runtimes>")}: <Runtimes> não é esperado aqui; o esquema espera <DesktopFormFactor> nesta posição.`,
    ],
    [
      "a missing Id",
      mutated(/\s*<Id>[^<]*<\/Id>/, ""),
      `Linha ${lineOf(manifest, "<Id>")}: <Version> não é esperado aqui; o esquema espera <Id> nesta posição.`,
    ],
    [
      "an Id that is not a GUID",
      mutated(/<Id>[^<]*<\/Id>/, "<Id>anexos-ses</Id>"),
      `Linha ${lineOf(manifest, "<Id>")}: O valor "anexos-ses" de <Id> não tem o formato exigido pelo esquema.`,
    ],
    [
      "a Version that is not n.n.n.n",
      mutated("<Version>1.0.0.0</Version>", "<Version>1.0.0-beta</Version>"),
      `Linha ${lineOf(manifest, "<Version>")}: O valor "1.0.0-beta" de <Version> não tem o formato exigido pelo esquema.`,
    ],
    [
      "an unknown element",
      mutated("<Hosts>\n    <Host", "<Cor>azul</Cor>\n  <Hosts>\n    <Host"),
      `Linha ${lineOf(manifest, "<Hosts>")}: <Cor> não é esperado aqui; o esquema espera <AppDomains>, <Hosts>, <Requirements> ou <DefaultSettings> nesta posição.`,
    ],
    [
      "DefaultLocale before ProviderName",
      reorderedHead,
      `Linha ${lineOf(reorderedHead, "<DefaultLocale>")}: <DefaultLocale> não é esperado aqui; o esquema espera <ProviderName> nesta posição.`,
    ],
    [
      "an invalid DefaultLocale",
      mutated("<DefaultLocale>pt-BR</DefaultLocale>", "<DefaultLocale>portugues</DefaultLocale>"),
      `Linha ${lineOf(manifest, "<DefaultLocale>")}: O valor "portugues" de <DefaultLocale> não tem o formato exigido pelo esquema.`,
    ],
    [
      "a relative SupportUrl",
      mutated('<SupportUrl DefaultValue="https://localhost:3000/ajuda.html"/>', '<SupportUrl DefaultValue="ajuda"/>'),
      'SupportUrl: o endereço "ajuda" não usa https.',
    ],
    [
      "a duplicate resource id",
      mutated('<bt:Url id="Taskpane.Url"', '<bt:Url id="Functions.Script.Url"'),
      'O recurso "Functions.Script.Url" está declarado duas vezes em Urls.',
    ],
    [
      "the wrong namespace",
      mutated(
        'xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"',
        'xmlns="http://schemas.microsoft.com/office/appforoffice/1.0"',
      ),
      `Linha ${lineOf(manifest, 'xsi:type="TaskPaneApp"')}: <OfficeApp> não é o elemento raiz do esquema; confira o xmlns (http://schemas.microsoft.com/office/appforoffice/1.1).`,
    ],
    [
      "an icon size that is not a number",
      mutated('<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="grande" resid="Icon.80x80"/>'),
      `Linha ${lineOf(manifest, '<bt:Image size="80" resid="Icon.80x80"/>')}: O valor "grande" do atributo size de <Image> não é válido (tipo integer).`,
    ],
    [
      "an unknown runtime lifetime",
      mutated('lifetime="long"', 'lifetime="eterno"'),
      `Linha ${lineOf(manifest, "<Runtime ")}: O valor "eterno" do atributo lifetime de <Runtime> não é aceito; use um destes: short, long.`,
    ],
    [
      "a resid over 32 characters",
      mutated('<Label resid="AnexosGroup.Label"/>', '<Label resid="AnexosGroup.Label.Muito.Longo.Demais"/>'),
      `Linha ${lineOf(manifest, '<Label resid="AnexosGroup.Label"/>')}: O atributo resid de <Label> tem 36 caracteres; o limite do esquema é 32.`,
    ],
    [
      "a Runtime without resid",
      mutated('<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime lifetime="long"/>'),
      `Linha ${lineOf(manifest, "<Runtime ")}: Falta em <Runtime> o atributo obrigatório resid.`,
    ],
    [
      "an attribute the schema does not know",
      mutated('<Group id="AnexosGroup">', '<Group id="AnexosGroup" cor="azul">'),
      `Linha ${lineOf(manifest, '<Group id="AnexosGroup">')}: O atributo cor de <Group> não é permitido pelo esquema.`,
    ],
    [
      "text inside an element-only element",
      mutated("<Hosts>\n    <Host", "<Hosts>texto\n    <Host"),
      `Linha ${lineOf(manifest, "<Hosts>")}: <Hosts> só pode conter elementos, não texto.`,
    ],
  ];

  test.each(cases)("catches %s with a pt-BR line", async (_, xml, message) => {
    expect(await validateManifest(xml, assets)).toContain(message);
  });

  test("shows no English from xmllint", async () => {
    const problems = (await Promise.all(cases.map(([, xml]) => validateManifest(xml, assets)))).flat();
    expect(problems.filter((problem) => /\b(Element|expected|attribute|value|Schemas)\b/.test(problem))).toEqual([]);
  });
});

describe("translation of xmllint's messages", () => {
  test("an unknown message still names the line and the element, in pt-BR", () => {
    expect(
      translateXmllint(
        "manifest.xml:12: Schemas validity error : Element '{http://schemas.microsoft.com/office/appforoffice/1.1}Hosts': Something new.",
        12,
      ),
    ).toBe("Linha 12: <Hosts> não segue o esquema do manifesto da Microsoft.");
  });

  test("a missing child element", () => {
    expect(
      translateXmllint(
        "manifest.xml:14: Schemas validity error : Element '{http://schemas.microsoft.com/office/appforoffice/1.1}Hosts': Missing child element(s). Expected is ( {http://schemas.microsoft.com/office/appforoffice/1.1}Host ).",
        14,
      ),
    ).toBe("Linha 14: Falta dentro de <Hosts> o elemento <Host>.");
  });
});
