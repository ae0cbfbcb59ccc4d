import Decimal from "decimal.js";
import fc from "fast-check";
import {
  centsFromExcelNumber,
  formatBrl,
  incentive,
  parseBrl,
  porte,
  porteRuleSet,
  recomposicao,
  toDecimalString,
} from "../src/rules";

const ruleSet = porteRuleSet("5978/2017");
const PORTES = ["Porte I", "Porte II", "Porte III", "Porte IV", "Porte V", "Porte VI"];
// Art. 4 of Res. 5.978/2017, in centavos.
const INCENTIVES = [3500000, 6000000, 7500000, 9000000, 10500000, 12000000];

const TEN_TO_13 = 10n ** 13n;
const anyCents = fc.bigInt({ min: -TEN_TO_13, max: TEN_TO_13 }).map(Number);
const tetoCents = fc.bigInt({ min: 1n, max: TEN_TO_13 }).map(Number);

describe("properties", () => {
  test("format → parse is the identity for any amount up to 10^13 centavos", () => {
    fc.assert(fc.property(anyCents, (cents) => parseBrl(formatBrl(cents)) === cents));
  });

  test("an amount survives the trip through an Excel double", () => {
    fc.assert(fc.property(anyCents, (cents) => centsFromExcelNumber(Number(toDecimalString(cents))) === cents));
  });

  test("the fast path for doubles agrees with exact decimals through 15 significant digits", () => {
    const exact = (x: number) =>
      new Decimal(x.toPrecision(15)).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
    const nearHalfCentavo = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -3, max: 3 }))
      .map(([cents, ulps]) => {
        let x = (cents + 0.5) / 100;
        for (let i = 0; i < Math.abs(ulps); i++) x = ulps > 0 ? nextUp(x) : nextDown(x);
        return x;
      });
    const doubles = fc.oneof(fc.double({ min: -1e13, max: 1e13, noNaN: true }), nearHalfCentavo);
    fc.assert(
      fc.property(doubles, (x) => Object.is(centsFromExcelNumber(x), exact(x) + 0)),
      { numRuns: 20000 },
    );
  });

  test("porte is monotone in the Teto MAC", () => {
    fc.assert(
      fc.property(tetoCents, tetoCents, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return PORTES.indexOf(porte(low, ruleSet)) <= PORTES.indexOf(porte(high, ruleSet));
      }),
    );
  });

  test("incentive(porte(x)) is one of the six Art. 4 amounts", () => {
    fc.assert(fc.property(tetoCents, (teto) => INCENTIVES.includes(incentive(porte(teto, ruleSet), ruleSet))));
  });

  test("recomposição is never negative, and is prev − valora when prev ≥ valora", () => {
    const nonNegative = fc.bigInt({ min: 0n, max: TEN_TO_13 }).map(Number);
    fc.assert(
      fc.property(nonNegative, nonNegative, (prev, valora) => {
        const result = recomposicao(prev, valora);
        return result >= 0 && (prev < valora || result === prev - valora);
      }),
    );
  });
});

function nextUp(x: number): number {
  return stepUlp(x, 1);
}
function nextDown(x: number): number {
  return stepUlp(x, -1);
}
function stepUlp(x: number, direction: 1 | -1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const towardsLarger = x >= 0 === (direction === 1);
  view.setBigUint64(0, towardsLarger ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}
