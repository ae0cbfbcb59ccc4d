// Validation of the manifest against Microsoft's XML manifest schemas (vendored in manifest-schemas/, see
// its README), offline, with libxml2 compiled to WebAssembly (xmllint-wasm): no native tool, no network.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";
import { translateXmllint } from "./xmllint-messages";

const SCHEMAS = join(__dirname, "manifest-schemas");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

function schemaFiles(): Array<{ fileName: string; contents: string }> {
  return readdirSync(SCHEMAS)
    .filter((file) => file.endsWith(".xsd"))
    .map((file) => ({ fileName: file, contents: readFileSync(join(SCHEMAS, file), "utf8") }));
}

/** Every schema violation, one pt-BR line each ("Linha 31: …"); an empty list means the manifest is valid. */
export async function checkManifestSchema(xml: string): Promise<string[]> {
  const files = schemaFiles();
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: files.filter((file) => file.fileName === ROOT_SCHEMA),
    // The root schema imports the others by file name.
    preload: files.filter((file) => file.fileName !== ROOT_SCHEMA),
  });
  if (result.valid) return [];
  const lines = result.errors.map((error) => translateXmllint(error.rawMessage, error.loc?.lineNumber));
  return [...new Set(lines)];
}
