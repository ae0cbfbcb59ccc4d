import fc from "fast-check";
import { reportSchema, validatePorteAnnex, type CellValue } from "../../src/rules";
import { HEADER } from "./support";

// Cells of the kinds annexes hold, good and bad, so that random sheets hit every check.
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>("", null, "Araxá", "ARAXA", "Janaliba", "Belo Horizonte", "TOTAL"),
  fc.constantFrom<CellValue>("Porte I", "III", "Porte Il", 3, "R$ 35.000,00", "60.000,00", "abc", -5, 75000, "1"),
  fc.integer({ min: -2, max: 12 }),
  fc.string({ maxLength: 6 }),
);
const sheet = fc
  .array(fc.array(cell, { minLength: 4, maxLength: 5 }), { maxLength: 25 })
  .map((rows) => ({ values: [HEADER.concat(["Teto MAC"]), ...rows] }));

describe("validation over random sheets", () => {
  test("never reports the same code twice for the same cell, and always gives a report of the documented shape", () => {
    fc.assert(
      fc.property(sheet, (randomSheet) => {
        const report = validatePorteAnnex(randomSheet);
        reportSchema.parse(report);
        const keys = report.problems.filter((p) => p.cell !== null).map((p) => `${p.code} ${p.cell}`);
        return new Set(keys).size === keys.length && report.valid === (report.summary.errors === 0);
      }),
      { numRuns: 500 },
    );
  });

  test("never changes the sheet it reads", () => {
    fc.assert(
      fc.property(sheet, (randomSheet) => {
        const before = structuredClone(randomSheet);
        validatePorteAnnex(randomSheet);
        expect(randomSheet).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
