// Res. SES/MG 7.845/2021, Art. 8º §§ 1º, 2º e 4º: the money functions are exact over every safe amount of
// centavos (checked against BigInt arithmetic), and the Excel functions refuse what Excel cannot hold.
import fc from "fast-check";
import { parcela, posfixado, prefixado } from "../src/functions/functions";
import { parcel, parseBrl, postFixed, preFixed, proportional2021, recomposicaoRuleSet } from "../src/rules";
import { installCustomFunctionsStub } from "./support/custom-functions-stub";
import { runCli } from "./support/run-cli";

beforeAll(installCustomFunctionsStub);

const ruleSet = recomposicaoRuleSet("7845/2021");
const safeCents = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

describe("exact over the whole safe range (BigInt reference)", () => {
  test("prefixado is floor(40% of the amount); posfixado the rest", () => {
    fc.assert(
      fc.property(safeCents, (cents) => {
        const reference = (BigInt(cents) * 40n) / 100n;
        expect(BigInt(preFixed(cents, ruleSet))).toBe(reference);
        expect(BigInt(postFixed(cents, ruleSet))).toBe(BigInt(cents) - reference);
      }),
    );
  });

  test("the three parcels: floor(annual ÷ 3), the last one with the remainder", () => {
    fc.assert(
      fc.property(safeCents, (cents) => {
        const base = BigInt(cents) / 3n;
        expect([1, 2, 3].map((n) => BigInt(parcel(cents, n, ruleSet)))).toEqual([
          base,
          base,
          BigInt(cents) - 2n * base,
        ]);
      }),
    );
  });

  test("proporcional 2021: last parcel × months ÷ 4, half up", () => {
    fc.assert(
      fc.property(safeCents, fc.constantFrom(11, 12), (cents, month) => {
        const last = BigInt(cents) - 2n * (BigInt(cents) / 3n);
        const months = BigInt(12 - month + 1);
        expect(BigInt(proportional2021(cents, month, ruleSet))).toBe((2n * last * months + 4n) / 8n);
      }),
    );
  });
});

describe("literal cases", () => {
  test.each([
    // Art. 5º: the annual total R$ 238.233.844,83
    ["R$ 238.233.844,83", "R$ 95.293.537,93", "R$ 142.940.306,90"],
    // above R$ 18 trillion: 40% of 9.007.199.254.740.991 centavos is 3.602.879.701.896.396,4
    ["R$ 90.071.992.547.409,91", "R$ 36.028.797.018.963,96", "R$ 54.043.195.528.445,95"],
    ["R$ 20.000.000.000.000,01", "R$ 8.000.000.000.000,00", "R$ 12.000.000.000.000,01"],
  ])("%s → prefixado %s, posfixado %s (CLI)", async (amount, pre, post) => {
    expect(preFixed(parseBrl(amount), ruleSet)).toBe(parseBrl(pre));
    expect(postFixed(parseBrl(amount), ruleSet)).toBe(parseBrl(post));
    expect((await runCli("prefixado", amount)).stdout).toBe(pre);
    expect((await runCli("posfixado", amount)).stdout).toBe(post);
  });

  test("the function answers R$ 238.233.844,83 as the CLI does", () => {
    expect(prefixado([["R$ 238.233.844,83"]])).toEqual([[95293537.93]]);
    expect(posfixado([["R$ 238.233.844,83"]])).toEqual([[142940306.9]]);
  });

  test("the function refuses, in pt-BR, a result Excel cannot hold to the centavo (15 digits)", () => {
    const refused = expect.objectContaining({
      code: "#VALUE!",
      message: expect.stringMatching(/grande demais para o Excel/),
    });
    expect(prefixado([["R$ 90.071.992.547.409,91"]])).toEqual([[refused]]);
    expect(posfixado([["R$ 20.000.000.000.000,01"]])).toEqual([[refused]]);
    expect(parcela([["R$ 9.999.999.999.999,99"]], [[3]])).toEqual([[3333333333333.33]]);
  });
});
