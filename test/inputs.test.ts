// The inputs shared by the Excel functions and the CLI (src/rules/inputs.ts), read cell value by cell value.
import { readAmount, readNonNegativeAmount, readTeto, readWholeNumber, readYesNo } from "../src/rules";

describe("readYesNo: VERDADEIRO/FALSO, sim/não, 1/0; blank is no", () => {
  test.each([
    [true, true],
    [1, true],
    ["sim", true],
    [" SIM ", true],
    ["s", true],
    ["Verdadeiro", true],
    ["true", true],
    [false, false],
    [0, false],
    ["", false],
    [null, false],
    [undefined, false],
    ["não", false],
    ["nao", false],
    ["N", false],
    ["FALSO", false],
    ["false", false],
  ])("%p → %p", (value, expected) => {
    expect(readYesNo(value, "Prorrogado")).toBe(expected);
  });

  test.each([["talvez"], [2], ["   "]])("%p is refused in pt-BR", (value) => {
    expect(() => readYesNo(value, "Prorrogado")).toThrow(
      expect.objectContaining({
        kind: "invalid",
        message: expect.stringMatching(/^Prorrogado: .* não é sim nem não \(use VERDADEIRO ou FALSO\)\.$/),
      }),
    );
  });
});

describe("readWholeNumber", () => {
  test.each([
    [3, 3],
    ["3", 3],
    [" 11 ", 11],
    [0, 0],
  ])("%p → %p", (value, expected) => {
    expect(readWholeNumber(value, "Parcela")).toBe(expected);
  });

  test.each([[null], [undefined], [""], ["  "]])("%p is missing", (value) => {
    expect(() => readWholeNumber(value, "Parcela")).toThrow(
      expect.objectContaining({ kind: "missing", message: "Valor ausente: Parcela vazio." }),
    );
  });

  test.each([[1.5], ["1,5"], ["três"], ["-3"], [true]])("%p is not a whole number", (value) => {
    expect(() => readWholeNumber(value, "Parcela")).toThrow(
      expect.objectContaining({ kind: "invalid", message: expect.stringMatching(/não é um número inteiro\.$/) }),
    );
  });
});

describe("readAmount, readNonNegativeAmount and readTeto", () => {
  test("numbers are reais, text is read as the resolutions write it", () => {
    expect(readAmount(2000000.01, "Valor")).toBe(200000001);
    expect(readAmount("R$ 2.000.000,01", "Valor")).toBe(200000001);
    expect(readAmount(-5, "Valor")).toBe(-500);
  });

  test("blank is missing; a boolean or an object is not an amount", () => {
    for (const value of [null, undefined, "", "  "]) {
      expect(() => readAmount(value, "Valor")).toThrow(
        expect.objectContaining({ kind: "missing", message: "Valor ausente: Valor vazio." }),
      );
    }
    expect(() => readAmount(true, "Valor")).toThrow("Valor: VERDADEIRO não é um valor em reais.");
    expect(() => readAmount(false, "Valor")).toThrow("Valor: FALSO não é um valor em reais.");
    expect(() => readAmount("abc", "Valor")).toThrow(expect.objectContaining({ kind: "invalid" }));
  });

  test("a negative amount is refused where it cannot be", () => {
    expect(readNonNegativeAmount(0, "Total")).toBe(0);
    expect(() => readNonNegativeAmount(-0.01, "Total")).toThrow(
      expect.objectContaining({ kind: "negative", message: "Total negativo: -R$ 0,01." }),
    );
  });

  test("a Teto MAC of zero, blank or below half a centavo has no porte: missing", () => {
    expect(readTeto(0.01)).toBe(1);
    expect(readTeto("R$ 2.000.000,00")).toBe(200000000);
    for (const value of [0, "0", "R$ 0,00", 0.001]) {
      expect(() => readTeto(value)).toThrow(
        expect.objectContaining({
          kind: "missing",
          message: "Valor ausente: o Teto MAC está vazio ou é zero, e um Teto MAC zero não tem porte.",
        }),
      );
    }
    expect(() => readTeto(null)).toThrow(
      expect.objectContaining({ kind: "missing", message: "Valor ausente: Teto MAC vazio." }),
    );
    expect(() => readTeto(-1)).toThrow(expect.objectContaining({ kind: "negative" }));
  });
});
