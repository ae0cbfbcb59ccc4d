import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatBrl, parseBrl, porteRuleSet, sumCents } from "../src/rules";

// The published Anexo I of Res. 5.978/2017 exactly as OCR gives it: porte labels are garbled
// ("Porte Il", "PorteVV"), but every amount survived, so amounts are what this test reads.
const text = readFileSync(join(__dirname, "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");
const lines = text.split("\n");
const totalLine = lines.findIndex((line) => line.trim() === "TOTAL");
const amountOf = (line: string) => /R\$ ?([\d.]+,\d{2})/.exec(line)?.[1];
const rowAmounts = lines
  .slice(0, totalLine)
  .map(amountOf)
  .filter((amount): amount is string => amount !== undefined);
const total = lines
  .slice(totalLine)
  .map(amountOf)
  .find((amount) => amount !== undefined);

const ruleSet = porteRuleSet("5978/2017");
const porteOfIncentive = new Map(Object.entries(ruleSet.incentives.items).map(([porte, cents]) => [cents, porte]));

describe("Anexo I of Res. 5.978/2017 against the rules", () => {
  test("has 172 rows and a TOTAL of R$ 10.425.000,00", () => {
    expect(rowAmounts).toHaveLength(172);
    expect(total).toBe("10.425.000,00");
  });

  test("every amount is the Art. 4 incentive of some porte", () => {
    const strays = rowAmounts.filter((amount) => !porteOfIncentive.has(parseBrl(amount)));
    expect(strays).toEqual([]);
  });

  test("per porte: I 63 · II 40 · III 45 · IV 8 · V 13 · VI 3", () => {
    const counts: Record<string, number> = {};
    for (const amount of rowAmounts) {
      const porte = porteOfIncentive.get(parseBrl(amount)) ?? "nenhum";
      counts[porte] = (counts[porte] ?? 0) + 1;
    }
    expect(counts).toEqual({
      "Porte I": 63,
      "Porte II": 40,
      "Porte III": 45,
      "Porte IV": 8,
      "Porte V": 13,
      "Porte VI": 3,
    });
  });

  test("the amounts add up to the TOTAL and to the Art. 5 budget, R$ 10.425.000,00", () => {
    const sum = sumCents(rowAmounts.map(parseBrl));
    expect(formatBrl(sum)).toBe("R$ 10.425.000,00");
    expect(sum).toBe(ruleSet.budget.amount);
  });
});
