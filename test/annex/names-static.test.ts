import { validatePorteAnnex } from "../../src/rules";
import { readIbgeCode } from "../../src/rules/annex/names/ibge-code";
import { closestMunicipality, municipalityIdentity, resolveName } from "../../src/rules/annex/names/municipalities";
import { ABBREVIATED_WORDS, MUNICIPALITY_SPELLINGS } from "../../src/rules/annex/names/municipality-spellings";
import { ELSEWHERE_BY_KEY, MINAS_GERAIS } from "../../src/rules/annex/names/municipality-tables";
import { normalizeText } from "../../src/rules/annex/text";
import { annex, GOOD_ROWS } from "./support";

// The module-level tables and patterns of the municipality names: the UF written after a name, the connectors
// left out of initials, the words abbreviated otherwise than by their start, the other spellings, and the tables
// of Minas Gerais and of the other states.

const BELO_HORIZONTE = { code: "3106200", name: "Belo Horizonte", uf: "MG", key: "belo horizonte" };
const CAMPINAS_SP = { code: "3509502", name: "Campinas", uf: "SP", key: "campinas" };
const GOUVEIA = { code: "3127602", name: "Gouveia", uf: "MG", key: "gouveia" };

/** What resolveName says of an abbreviation of `municipality`: unknown as written, but read as that one. */
function abbreviationOf(key: string, municipality: { code: string; name: string; uf: string; key: string }) {
  return { kind: "unknown", key, suggestion: municipality, abbreviation: true };
}

describe("a UF written in parentheses after the name", () => {
  test.each([
    ["Campinas(SP)", "no space before the parenthesis"],
    ["Campinas ( SP)", "a space after the opening parenthesis"],
    ["Campinas (SP )", "a space before the closing parenthesis"],
  ])("%s is Campinas of São Paulo (%s)", (text) => {
    expect(resolveName(text)).toEqual({
      kind: "elsewhere",
      name: "Campinas",
      key: "campinas",
      uf: "SP",
      places: [CAMPINAS_SP],
      inMinas: undefined,
    });
  });

  test("a UF of Minas Gerais in parentheses against the name is still Minas Gerais", () => {
    expect(resolveName("Belo Horizonte(MG)")).toEqual({ kind: "mg", municipality: BELO_HORIZONTE });
  });
});

describe("a capital UF after a space", () => {
  test("several spaces before it are read as one", () => {
    expect(resolveName("Campinas   SP")).toEqual({
      kind: "elsewhere",
      name: "Campinas",
      key: "campinas",
      uf: "SP",
      places: [CAMPINAS_SP],
      inMinas: undefined,
    });
  });
});

describe("connectors are no initials", () => {
  test.each([
    { text: "OA", key: "oa", municipality: { code: "3145455", name: "Olhos-d'Água", uf: "MG", key: "olhos d agua" } },
    {
      text: "VP",
      key: "vp",
      municipality: { code: "3170800", name: "Várzea da Palma", uf: "MG", key: "varzea da palma" },
    },
    {
      text: "STL",
      key: "stl",
      municipality: { code: "3165206", name: "São Tomé das Letras", uf: "MG", key: "sao tome das letras" },
    },
    {
      text: "SPF",
      key: "spf",
      municipality: { code: "3164001", name: "São Pedro dos Ferros", uf: "MG", key: "sao pedro dos ferros" },
    },
  ])("$text is the initials of $municipality.name, its connector left out", ({ text, key, municipality }) => {
    expect(resolveName(text)).toEqual(abbreviationOf(key, municipality));
  });
});

describe("words abbreviated otherwise than by their start", () => {
  test.each([
    [
      "Sto. Antônio do Amparo",
      "sto antonio do amparo",
      { code: "3159902", name: "Santo Antônio do Amparo", uf: "MG", key: "santo antonio do amparo" },
    ],
    ["Sra. do Porto", "sra do porto", { code: "3166105", name: "Senhora do Porto", uf: "MG", key: "senhora do porto" }],
    ["Pe. Paraíso", "pe paraiso", { code: "3146305", name: "Padre Paraíso", uf: "MG", key: "padre paraiso" }],
    ["Fco. Sá", "fco sa", { code: "3126703", name: "Francisco Sá", uf: "MG", key: "francisco sa" }],
  ])("%s is an abbreviation, not a misspelling", (text, key, municipality) => {
    expect(resolveName(text)).toEqual(abbreviationOf(key, municipality));
  });

  test("an abbreviation is that municipality for duplicates and exclusions", () => {
    expect(municipalityIdentity(resolveName("Sto. Antônio do Amparo"))).toBe("3159902");
  });

  test("the annex asks for the name in full", () => {
    const sheet = annex([...GOOD_ROWS, [4, "Pe. Paraíso", "Porte I", 35000]], "R$ 220.000,00");
    expect(
      validatePorteAnnex(sheet).problems.map(({ cell, message, suggestion }) => [cell, message, suggestion]),
    ).toEqual([
      [
        "B8",
        '"Pe. Paraíso" parece abreviação de "Padre Paraíso": escreva o nome do município por extenso, como no IBGE.',
        "Padre Paraíso",
      ],
    ]);
  });

  test("every word of the table stands for a word of some name of Minas Gerais that does not start with it", () => {
    const useless = [...ABBREVIATED_WORDS].filter(
      ([short, full]) => full.startsWith(short) || !MINAS_GERAIS.some((m) => m.key.split(" ").includes(full)),
    );
    expect(useless).toEqual([]);
  });
});

describe("the other spellings", () => {
  test.each(["Gouvêa", "Gouvea", "GOUVÊA"])("%s is Gouveia", (text) => {
    expect(resolveName(text)).toEqual({ kind: "mg", municipality: GOUVEIA });
  });

  test("an empty text is no municipality", () => {
    expect(resolveName("")).toEqual({ kind: "unknown", key: "", suggestion: undefined, abbreviation: false });
  });

  test("every spelling of the table is needed: no IBGE name of Minas Gerais nor another entry reads the same", () => {
    const official = new Set(MINAS_GERAIS.map((m) => m.key));
    const keys = MUNICIPALITY_SPELLINGS.map(([spelling]) => normalizeText(spelling));
    expect(keys.filter((key, i) => official.has(key) || keys.indexOf(key) !== i)).toEqual([]);
  });
});

describe("the table of Minas Gerais holds its municipalities only", () => {
  test("853 municipalities, all of MG", () => {
    expect(MINAS_GERAIS.length).toBe(853);
    expect(MINAS_GERAIS.filter((m) => m.uf !== "MG")).toEqual([]);
  });

  test("a name only São Paulo has is of another state", () => {
    expect(resolveName("Campinas")).toEqual({
      kind: "elsewhere",
      name: "Campinas",
      key: "campinas",
      uf: undefined,
      places: [CAMPINAS_SP],
      inMinas: undefined,
    });
  });

  test("a misspelling is never taken for a name of another state", () => {
    // Campinas (SP) is one change away; no name of Minas Gerais is within the 2 changes allowed for 8 letters.
    expect(closestMunicipality("campinaz")).toBeUndefined();
  });

  test("the code of a municipality of another state is not of Minas Gerais", () => {
    expect(readIbgeCode("3509502")).toEqual({
      ok: false,
      text: "3509502",
      message: "O código IBGE 3509502 é de Campinas, São Paulo (SP), não de Minas Gerais.",
    });
  });
});

describe("codes of six digits, without the check digit", () => {
  test("the six digits are the municipality", () => {
    expect(readIbgeCode("310620")).toEqual({ ok: true, municipality: BELO_HORIZONTE });
  });

  test("a wrong check digit suggests the code of the first six", () => {
    expect(readIbgeCode("3106201")).toEqual({
      ok: false,
      text: "3106201",
      message: "O código IBGE 3106201 não é de nenhum município de Minas Gerais; talvez 3106200 (Belo Horizonte).",
      suggestion: BELO_HORIZONTE,
    });
  });
});

describe("the table of the other states holds none of Minas Gerais", () => {
  test("a name of Minas Gerais only is not in it", () => {
    expect(ELSEWHERE_BY_KEY.get("belo horizonte")).toBeUndefined();
  });

  test("a name of several states lists the others only", () => {
    expect(ELSEWHERE_BY_KEY.get("santa luzia")?.map((m) => `${m.code} ${m.uf}`)).toEqual([
      "2928059 BA",
      "2110005 MA",
      "2513406 PB",
    ]);
  });
});
