import { storedFormula } from "../../src/rules";

// Excel saves a custom function call as _xldudf_ + namespace + "_" + name; the CLI writes that form.
describe("storedFormula", () => {
  test.each([
    ["SES.PORTE(E6)", "_xldudf_SES_PORTE(E6)"],
    ["=SES.PORTE(E6)", "=_xldudf_SES_PORTE(E6)"],
    ['SES.INCENTIVO(C6,"minha-2018")', '_xldudf_SES_INCENTIVO(C6,"minha-2018")'],
    ["=SES.RECOMPOSICAO(D2:D100,SES.PARCELA(E2,1))", "=_xldudf_SES_RECOMPOSICAO(D2:D100,_xldudf_SES_PARCELA(E2,1))"],
    ["=ses.porte(E6)", "=_xldudf_SES_PORTE(E6)"],
    ["=SES.FIMTRANSICAO()", "=_xldudf_SES_FIMTRANSICAO()"],
    // A dotted name (Excel allows dots in a function's id): each dot becomes "_".
    ["=SES.PORTE.ANUAL(E6)", "=_xldudf_SES_PORTE_ANUAL(E6)"],
    ["=SUM(D6:D20)", "=SUM(D6:D20)"],
    ['=COUNTIF(C6:C20,"Porte I")', '=COUNTIF(C6:C20,"Porte I")'],
    ['="SES.PORTE(E6)"', '="SES.PORTE(E6)"'],
    [
      '=IF(A1="SES.PORTE(",SES.PORTE(E6),"diz ""SES.PORTE(E6)""")',
      '=IF(A1="SES.PORTE(",_xldudf_SES_PORTE(E6),"diz ""SES.PORTE(E6)""")',
    ],
    ["='SES.PORTE(x)'!A1", "='SES.PORTE(x)'!A1"],
    ["=XSES.PORTE(E6)", "=XSES.PORTE(E6)"],
    ["=SES.PORTE", "=SES.PORTE"],
    ["=_xldudf_SES_PORTE(E6)", "=_xldudf_SES_PORTE(E6)"],
  ])("%s → %s", (formula, stored) => {
    expect(storedFormula(formula)).toBe(stored);
  });
});
