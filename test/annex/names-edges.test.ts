import { validatePorteAnnex, type CellValue, type Problem, type Sheet } from "../../src/rules";
import { readIbgeCode } from "../../src/rules/annex/names/ibge-code";
import {
  closestMunicipality,
  expandAbbreviation,
  MunicipalityResolver,
  resolveName,
} from "../../src/rules/annex/names/municipalities";
import { annex, GOOD_ROWS } from "./support";

// Edges of the municipality names and IBGE codes: the length limit of a name, abbreviations that fit several
// municipalities, the distance limit of a suggestion, misreadings of PDF text, and the details of each problem.

const BELO_HORIZONTE = { code: "3106200", name: "Belo Horizonte", uf: "MG", key: "belo horizonte" };
const BETIM = { code: "3106705", name: "Betim", uf: "MG", key: "betim" };

/** The fields of a problem that say what it is and what was read. */
function described(sheet: Sheet): Array<Pick<Problem, "cell" | "code" | "message" | "found" | "suggestion">> {
  return validatePorteAnnex(sheet).problems.map(({ cell, code, message, found, suggestion }) => ({
    cell,
    code,
    message,
    found,
    suggestion,
  }));
}

describe("the length limit of a name (120 characters: four times the longest name of Minas Gerais)", () => {
  test("spaces around a name in its cell do not count", () => {
    // 5 letters and 130 spaces: the cell is past the limit, the name is not.
    expect(resolveName(`Betim${" ".repeat(130)}`)).toEqual({ kind: "mg", municipality: BETIM });
    expect(resolveName(`${" ".repeat(130)}Betim`)).toEqual({ kind: "mg", municipality: BETIM });
    // The annex used to call that cell "Betim" unknown: "não é um município de Minas Gerais (IBGE)".
    const padded = annex([...GOOD_ROWS, [4, `Betim${" ".repeat(130)}`, "Porte I", 35000]], "R$ 220.000,00");
    expect(described(padded)).toEqual([]);
  });

  test("at 120 characters exactly a name is still read", () => {
    // Leader dots, as a PDF's table lays them out after a name.
    expect(resolveName(`Belo Horizonte ${".".repeat(105)}`)).toEqual({ kind: "mg", municipality: BELO_HORIZONTE });
  });

  test("at 121 characters the text is no name, and is kept as written", () => {
    expect(resolveName("X".repeat(121))).toEqual({
      kind: "unknown",
      key: "X".repeat(121),
      suggestion: undefined,
      abbreviation: false,
    });
  });
});

describe("a resolver remembers the texts it met", () => {
  test("the same text is answered with the same resolution, not resolved again", () => {
    const resolver = new MunicipalityResolver();
    const first = resolver.resolve("Janaliba");
    expect(first).toEqual({
      kind: "unknown",
      key: "janaliba",
      suggestion: { code: "3135100", name: "Janaúba", uf: "MG", key: "janauba" },
      abbreviation: false,
    });
    expect(resolver.resolve("Janaliba")).toBe(first);
  });
});

describe("abbreviations", () => {
  test("initials that fit two municipalities suggest neither", () => {
    // JF: Juiz de Fora (its "de" is skipped) and Joaquim Felício.
    expect(resolveName("JF")).toEqual({ kind: "unknown", key: "jf", suggestion: undefined, abbreviation: false });
  });

  test("a connector is no initial", () => {
    expect(resolveName("CMD")).toEqual({
      kind: "unknown",
      key: "cmd",
      suggestion: { code: "3117504", name: "Conceição do Mato Dentro", uf: "MG", key: "conceicao do mato dentro" },
      abbreviation: true,
    });
  });

  test("a name written in full abbreviates nothing, not even itself", () => {
    expect(expandAbbreviation("betim")).toBeUndefined();
    expect(expandAbbreviation("belo horizonte")).toBeUndefined();
  });
});

describe("the closest name to a misspelling", () => {
  test("a long name allows a third of its letters changed", () => {
    // 16 letters, 3 changes (ll, s for z, tt): within the limit of 6.
    expect(closestMunicipality("bello horisontte")).toEqual(BELO_HORIZONTE);
  });

  test("at the limit exactly there is no suggestion", () => {
    // 8 letters, limit 3: Contagem with 3 letters replaced is too far, and nothing is nearer.
    expect(closestMunicipality("contxxxm")).toBeUndefined();
    expect(closestMunicipality("contxxem")).toEqual({ code: "3118601", name: "Contagem", uf: "MG", key: "contagem" });
  });

  test.each([
    ["aracliai", "Araçuaí"], // "u" read as "li"
    ["ltitinga", "Itutinga"], // "I" read as "l", "u" as "i"
    ["lgrape", "Igarapé"], // "I" read as "l", an "a" lost
  ])("the PDF misreading %s is %s", (key, name) => {
    expect(closestMunicipality(key)?.name).toBe(name);
  });

  test("the length cut is on the text as written, even when a repair would shorten it", () => {
    // 45 characters (limit 16): compared; "li" read as "u" leaves 13 letters more than the name.
    expect(closestMunicipality(`governador valadares${"li".repeat(12)}z`)).toEqual({
      code: "3127701",
      name: "Governador Valadares",
      uf: "MG",
      key: "governador valadares",
    });
    // 46 characters (limit 16): 30 more than the limit, as long as the longest name; not compared.
    expect(closestMunicipality(`governador valadares${"li".repeat(13)}`)).toBeUndefined();
  });
});

describe("IBGE code cells, edges", () => {
  test("a text code is quoted trimmed", () => {
    expect(readIbgeCode(" 31067 ")).toEqual({
      ok: false,
      text: "31067",
      message: 'Código IBGE "31067" não tem 7 dígitos.',
    });
  });

  test("eight digits are not a code, though seven of them are", () => {
    // An extra digit: the first seven are the code of Belo Horizonte.
    expect(readIbgeCode("31062000")).toEqual({
      ok: false,
      text: "31062000",
      message: 'Código IBGE "31062000" não tem 7 dígitos.',
    });
  });
});

describe("municipality problems, in detail", () => {
  const header = ["Nº", "Município", "Cód. IBGE", "Porte", "R$"];
  const withCodes = (rows: CellValue[][]) => ({
    values: [header, ...rows, ["TOTAL", "", "", "", `R$ ${(35 * rows.length).toLocaleString("pt-BR")}.000,00`]],
  });
  const row = (n: number, name: CellValue, code: CellValue) => [n, name, code, "Porte I", 35000];

  test("a blank name with an invalid code: both reported, the name without a hint", () => {
    expect(described(withCodes([row(1, "", "3106201")]))).toEqual([
      {
        cell: "C2",
        code: "ibge-invalid",
        message: "O código IBGE 3106201 não é de nenhum município de Minas Gerais; talvez 3106200 (Belo Horizonte).",
        found: "3106201",
        suggestion: "3106200",
      },
      {
        cell: "B2",
        code: "municipality-missing",
        message: "Município vazio.",
        found: undefined,
        suggestion: undefined,
      },
    ]);
  });

  test("every repetition points to the first cell, with the name as found", () => {
    const rows = [...GOOD_ROWS, [4, "ARAXA", "Porte I", 35000], [5, " araxá ", "Porte I", 35000]];
    expect(described(annex(rows, "R$ 255.000,00"))).toEqual([
      {
        cell: "B8",
        code: "municipality-duplicate",
        message: '"ARAXA" repete o município da célula B5.',
        found: "ARAXA",
        suggestion: undefined,
      },
      {
        cell: "B9",
        code: "municipality-duplicate",
        message: '"araxá" repete o município da célula B5.',
        found: "araxá",
        suggestion: undefined,
      },
    ]);
  });

  test("an excluded municipality, with the name as found", () => {
    const problems = described(annex([...GOOD_ROWS, [4, "BELO HORIZONTE", "Porte I", 35000]], "R$ 220.000,00"));
    expect(problems).toEqual([
      {
        cell: "B8",
        code: "municipality-excluded",
        message: "BELO HORIZONTE não é beneficiário: Art. 2º, parágrafo único da Res. 5978/2017.",
        found: "BELO HORIZONTE",
        suggestion: undefined,
      },
    ]);
  });

  test("a name of another state written with a UF that has no municipality of that name", () => {
    // Campinas is in São Paulo only, and Minas Gerais has none.
    const problems = described(annex([...GOOD_ROWS, [4, "Campinas/RJ", "Porte I", 35000]], "R$ 220.000,00"));
    expect(problems).toEqual([
      {
        cell: "B8",
        code: "municipality-not-mg",
        message: '"Campinas/RJ" tem a UF de Rio de Janeiro (RJ): não é município de Minas Gerais.',
        found: "Campinas/RJ",
        suggestion: undefined,
      },
    ]);
  });
});

describe("the table of other spellings", () => {
  const SPELLINGS = "../../src/rules/annex/names/municipality-spellings";

  afterEach(() => jest.dontMock(SPELLINGS));

  test("a spelling of a name the IBGE list lacks stops the tables from loading, naming it", async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock(SPELLINGS, () => ({
        MUNICIPALITY_SPELLINGS: [["Bello Horizonte", "Belo Horizonte de Minas"]],
        ABBREVIATED_WORDS: new Map(),
      }));
      await expect(import("../../src/rules/annex/names/municipality-tables")).rejects.toThrow(
        new Error('municipality-spellings: "Belo Horizonte de Minas" is not an IBGE name'),
      );
    });
  });
});
