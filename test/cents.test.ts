// Integer centavos (src/rules/money/cents.ts): sums and differences exact over the safe range, refused past it.
import { addCents, centsFromExcelNumber, parseBrl, subtractCents, sumCents } from "../src/rules";

const MAX = Number.MAX_SAFE_INTEGER; // 9007199254740991 centavos: R$ 90.071.992.547.409,91

describe("centavos stay exact or are refused, never rounded", () => {
  test("sums and differences at the edge of the range", () => {
    expect(addCents(MAX - 1, 1)).toBe(MAX);
    expect(subtractCents(-MAX + 1, 1)).toBe(-MAX);
    expect(sumCents([MAX - 2, 1, 1])).toBe(MAX);
    expect(sumCents([])).toBe(0);
  });

  test("past the edge, a pt-BR message with the operation", () => {
    expect(() => addCents(MAX, 1)).toThrow(
      expect.objectContaining({
        kind: "invalid",
        message: "Valor grande demais para ser calculado ao centavo: 9007199254740991 + 1 centavos.",
      }),
    );
    expect(() => subtractCents(-MAX, 1)).toThrow(
      "Valor grande demais para ser calculado ao centavo: -9007199254740991 - 1 centavos.",
    );
    expect(() => sumCents([MAX, 1])).toThrow("Valor grande demais para ser calculado ao centavo");
  });

  test("a difference of zero is 0, never -0 (Excel would show it as a negative zero)", () => {
    expect(Object.is(subtractCents(-0, 0), 0)).toBe(true);
    expect(Object.is(subtractCents(5, 5), 0)).toBe(true);
    expect(Object.is(parseBrl("-R$ 0,00"), 0)).toBe(true);
    expect(Object.is(centsFromExcelNumber(-0), 0)).toBe(true);
    expect(Object.is(centsFromExcelNumber(-0.001), 0)).toBe(true);
  });
});
