import { ANNEX_KINDS, validateAnnex } from "../../src/rules";
import { equipesAnnex } from "./made-up-kind";

// A third kind of annex is a folder (here, in the test folder) and a line in the list of kinds.
const kinds = [...ANNEX_KINDS, equipesAnnex];

const SHEET = {
  values: [
    ["ANEXO III"],
    ["Equipe", "Município", "Valor"],
    ["Regulação 1", "Araxá", "R$ 10.000,00"],
    ["Regulação 2", "Arinos", "R$ 12.000,00"],
    ["TOTAL", "", "R$ 22.000,00"],
  ],
};

describe("a third kind of annex, registered from the test folder", () => {
  test("is found by its header and checked by its own rules, with the shared walk, TOTAL check and report", () => {
    const report = validateAnnex(SHEET, { kinds });
    expect(report.kind).toBe("equipes");
    expect(report.ruleSet).toBe("equipes-exemplo");
    expect(report.summary).toMatchObject({ rows: 2, sum: "22000.00", declaredTotal: "22000.00", errors: 1 });
    expect(report.problems.map((p) => [p.code, p.cell, p.message])).toEqual([
      ["value-mismatch", "C4", "R$ 12.000,00 não é R$ 10.000,00 por equipe."],
    ]);
    expect(report.annex?.tables).toEqual([
      { number: 1, kind: "equipes", title: "ANEXO III", cell: "A2", line: null, page: null },
    ]);
  });

  test("the kinds built in know nothing of it", () => {
    expect(validateAnnex(SHEET).problems.map((p) => p.code)).toEqual(["header-not-found"]);
  });

  test("beside a porte annex in the same sheet, each table is checked by its kind", () => {
    const values = [
      ["Nº", "Município", "Porte", "Valor"],
      [1, "Araxá", "Porte III", 75000],
      ["TOTAL", "", "", 75000],
      [],
      ...SHEET.values,
    ];
    expect(validateAnnex({ values }, { kinds }).kind).toBe("porte");
    expect(validateAnnex({ values }, { kinds, annex: 2 }).kind).toBe("equipes");
  });
});
