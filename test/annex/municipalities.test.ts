import { columnsOf } from "../../src/rules/annex/header";
import { PORTE_COLUMNS } from "../../src/rules/annex/porte/columns";
import { readIbgeCode } from "../../src/rules/annex/names/ibge-code";
import { closestMunicipality, resolveName } from "../../src/rules/annex/names/municipalities";

/** The IBGE code a name resolves to in Minas Gerais, or what it is otherwise. */
function codeOf(text: string): string {
  const resolution = resolveName(text);
  if (resolution.kind === "mg") return resolution.municipality.code;
  if (resolution.kind === "elsewhere")
    return `elsewhere ${resolution.uf ?? ""} ${resolution.places.map((m) => m.code)}`;
  return `unknown ${resolution.abbreviation ? "abbreviation " : ""}${resolution.suggestion?.name ?? ""}`;
}

describe("names resolve to their IBGE code", () => {
  test.each([
    ["São João del Rei", "3162500"],
    ["SAO JOAO DEL REI", "3162500"],
    ["São João del-Rei", "3162500"],
    ["  são   joão del rei ", "3162500"],
    ["São João del Rei/MG", "3162500"],
    ["São João del Rei - MG", "3162500"],
    ["São João del Rei (MG)", "3162500"],
    ["São João del Rei-MG", "3162500"],
    ["São João del Rei, mg", "3162500"],
    ["Olhos-d'Água", "3145455"],
    ["Olhos d'Agua", "3145455"],
    ["Olhos d Água", "3145455"],
    ["OLHOS-D’ÁGUA", "3145455"],
    ["Pingo d'Água", "3150539"],
    ["Passa-Vinte", "3147808"],
    ["Sapucaí Mirim", "3165404"],
    // municipality-spellings.ts: old IBGE names and old spellings
    ["Brazópolis", "3108909"],
    ["Brasópolis", "3108909"],
    ["São Thomé das Letras", "3165206"],
    ["São Tomé das Letras", "3165206"],
    ["Gouvêa", "3127602"],
    ["Dona Eusébia", "3122900"],
    ["Barão de Monte Alto", "3105509"],
    ["Amparo da Serra", "3102506"],
  ])("%s → %s", (name, code) => {
    expect(codeOf(name)).toBe(code);
  });

  test.each([
    ["Campinas/SP", "elsewhere SP 3509502"],
    ["Campinas - SP", "elsewhere SP 3509502"],
    ["Campinas (SP)", "elsewhere SP 3509502"],
    ["Campinas-sp", "elsewhere SP 3509502"],
    ["Campinas SP", "elsewhere SP 3509502"],
    ["Campinas", "elsewhere  3509502"],
    ["Santa Luzia/BA", "elsewhere BA 2928059"],
    ["Bom Jesus", "elsewhere  2502201,2201903,2401701,4302303,4202537"],
    ["Belo Horizonte/SP", "elsewhere SP "],
  ])("%s is not of Minas Gerais: %s", (name, what) => {
    expect(codeOf(name)).toBe(what);
  });

  test.each([
    ["BH", "Belo Horizonte"],
    ["B. Horizonte", "Belo Horizonte"],
    ["S. João del Rei", "São João del Rei"],
    ["Sta. Luzia", "Santa Luzia"],
    ["Cel. Fabriciano", "Coronel Fabriciano"],
  ])("the abbreviation %s is unknown, suggesting %s", (name, official) => {
    expect(codeOf(name)).toBe(`unknown abbreviation ${official}`);
  });

  test("a misspelling is unknown, with the closest name", () => {
    expect(codeOf("Janaliba")).toBe("unknown Janaúba");
    expect(codeOf("ltalina")).toBe("unknown Itaúna");
    expect(codeOf("Xyzwvut")).toBe("unknown ");
  });

  test("absurd text is no name and costs no comparison", () => {
    const huge = "Belo Horizonte ".repeat(350_000); // about 5 MB
    expect(codeOf(huge)).toBe("unknown ");
    expect(closestMunicipality("a".repeat(5_000_000))).toBeUndefined();
    expect(closestMunicipality("janauba".repeat(10))).toBeUndefined();
  });
});

describe("IBGE code cells", () => {
  const read = (raw: string | number) => {
    const reading = readIbgeCode(raw);
    return reading.ok ? reading.municipality.name : [reading.message, reading.suggestion?.code];
  };

  test("seven digits, as a number or text; six digits (without the check digit) too", () => {
    expect(read(3106200)).toBe("Belo Horizonte");
    expect(read(" 3106705 ")).toBe("Betim");
    expect(read("310.620-0")).toBe("Belo Horizonte");
    expect(read("310620")).toBe("Belo Horizonte");
    expect(read(310670)).toBe("Betim");
  });

  test("not a code of Minas Gerais", () => {
    expect(read("31062")).toEqual(['Código IBGE "31062" não tem 7 dígitos.', undefined]);
    expect(read("BH")).toEqual(['Código IBGE "BH" não tem 7 dígitos.', undefined]);
    expect(read(3509502)).toEqual([
      "O código IBGE 3509502 é de Campinas, São Paulo (SP), não de Minas Gerais.",
      undefined,
    ]);
    expect(read("3106201")).toEqual([
      "O código IBGE 3106201 não é de nenhum município de Minas Gerais; talvez 3106200 (Belo Horizonte).",
      "3106200",
    ]);
    expect(read("3199999")).toEqual(["O código IBGE 3199999 não é de nenhum município de Minas Gerais.", undefined]);
  });

  test.each(["IBGE", "Código IBGE", "Cód. IBGE", "Cod IBGE", "Código do município", "Cód. município IBGE"])(
    "the header %s is the IBGE code column",
    (header) => {
      expect(columnsOf([header], PORTE_COLUMNS)).toEqual({ ibge: 0 });
    },
  );
});
