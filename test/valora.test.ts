import fc from "fast-check";
import {
  formatDate,
  fromExcelSerial,
  isEligibleNature,
  keepsAfterTransition,
  parcel,
  parseBrl,
  postFixed,
  preFixed,
  proportional2021,
  readDate,
  recomposicao,
  recomposicaoRuleSet,
  signatureDeadline,
  toExcelSerial,
  transitionEnd,
} from "../src/rules";

const ruleSet = recomposicaoRuleSet("7845/2021");
const brl = parseBrl;

describe("Res. SES/MG 7.845/2021", () => {
  test("Art. 2 §1: public entities and non-profit philanthropic ones only", () => {
    for (const nature of ["Pública municipal", "Administração Pública", "Filantrópica", "HOSPITAL FILANTROPICO"]) {
      expect([nature, isEligibleNature(nature, ruleSet)]).toEqual([nature, true]);
    }
    // A non-profit that does not say it is philanthropic is not eligible as such (a warning in the validator).
    for (const nature of [
      "Privada com fins lucrativos",
      "Empresa privada",
      "Entidade empresarial",
      "",
      "Entidade sem fins lucrativos",
    ]) {
      expect([nature, isEligibleNature(nature, ruleSet)]).toEqual([nature, false]);
    }
  });

  test("Art. 3: 100% of the difference, or zero", () => {
    expect(recomposicao(brl("1.500.000,00"), brl("1.265.443,44"), ruleSet)).toBe(brl("234.556,56"));
    expect(recomposicao(brl("1.000.000,00"), brl("1.200.000,00"), ruleSet)).toBe(0);
  });

  test("Art. 3: the transition ends three years after publication (12/11/2021), on 12/11/2024", () => {
    expect(formatDate(transitionEnd(ruleSet))).toBe("12/11/2024");
  });

  test("Art. 4 sole paragraph: Leste and Vale do Aço keep it after the transition", () => {
    expect(keepsAfterTransition("Vale do Aço", ruleSet)).toBe(true);
    expect(keepsAfterTransition("LESTE", ruleSet)).toBe(true);
    expect(keepsAfterTransition("Leste do Sul", ruleSet)).toBe(false);
    expect(keepsAfterTransition("Centro", ruleSet)).toBe(false);
  });

  test("Art. 5: the annual total in three parcels of R$ 79.411.281,61; 40% pre-fixed, 60% post-fixed", () => {
    const annual = brl("238.233.844,83");
    expect([1, 2, 3].map((n) => parcel(annual, n, ruleSet))).toEqual([7_941_128_161, 7_941_128_161, 7_941_128_161]);
    expect(preFixed(annual, ruleSet)).toBe(brl("95.293.537,93"));
    expect(postFixed(annual, ruleSet)).toBe(brl("142.940.306,90"));
  });

  test("Art. 8 §1: the centavos left by the division go to the last parcel", () => {
    expect([1, 2, 3].map((n) => parcel(brl("100,00"), n, ruleSet))).toEqual([3333, 3333, 3334]);
    expect([1, 2, 3].map((n) => parcel(brl("0,02"), n, ruleSet))).toEqual([0, 0, 2]);
    expect(() => parcel(brl("100,00"), 4, ruleSet)).toThrow("Parcela inválida: 4. Use 1 a 3 (Art. 8º, § 1º).");
  });

  test("Art. 8 §4: the post-fixed part takes the centavo the 40% leaves", () => {
    expect([preFixed(brl("0,01"), ruleSet), postFixed(brl("0,01"), ruleSet)]).toEqual([0, 1]);
    expect([preFixed(brl("100,01"), ruleSet), postFixed(brl("100,01"), ruleSet)]).toEqual([4000, 6001]);
  });

  test("Art. 8 §2: in 2021, the last parcel × months from signature to December ÷ 4", () => {
    expect(proportional2021(brl("120.000,00"), 11, ruleSet)).toBe(brl("20.000,00"));
    expect(proportional2021(brl("120.000,00"), 12, ruleSet)).toBe(brl("10.000,00"));
    expect(proportional2021(brl("100,00"), 12, ruleSet)).toBe(brl("8,34")); // 33,34 ÷ 4 = 8,335 → 8,34
    expect(() => proportional2021(brl("100,00"), 10, ruleSet)).toThrow(
      "Mês de assinatura inválido: 10. Em 2021, de 11 a 12 (Art. 8º, § 2º).",
    );
  });

  test("Art. 7 §2: 7 days from being made available, 7 more when extended", () => {
    const available = readDate("16/11/2021", "Data");
    expect(formatDate(signatureDeadline(available, false, ruleSet))).toBe("23/11/2021");
    expect(formatDate(signatureDeadline(available, true, ruleSet))).toBe("30/11/2021");
    expect(formatDate(signatureDeadline(readDate("28/12/2021", "Data"), false, ruleSet))).toBe("04/01/2022");
  });

  test("Excel date serials in and out (1900 system)", () => {
    expect(toExcelSerial({ year: 2021, month: 11, day: 12 })).toBe(44512);
    expect(formatDate(fromExcelSerial(44512))).toBe("12/11/2021");
    expect(formatDate(fromExcelSerial(61))).toBe("01/03/1900");
    expect(() => readDate("31/02/2021", "Data")).toThrow(
      'Data: "31/02/2021" não é uma data: fevereiro de 2021 não tem dia 31.',
    );
  });

  test("property: parcels and the 40/60 split always add back to the amount exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999_999 }), (annual) => {
        const parcels = [1, 2, 3].map((n) => parcel(annual, n, ruleSet));
        expect(parcels[0] + parcels[1] + parcels[2]).toBe(annual);
        expect(Math.max(...parcels) - Math.min(...parcels)).toBeLessThanOrEqual(2);
        expect(preFixed(annual, ruleSet) + postFixed(annual, ruleSet)).toBe(annual);
        expect(Math.abs(preFixed(annual, ruleSet) * 100 - annual * 40)).toBeLessThan(100);
      }),
    );
  });
});
