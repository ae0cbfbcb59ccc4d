import { RuleError, unlessRefused } from "../../errors";
import { readAmount } from "../../inputs";
import type { Cents } from "../../money/cents";
import { centsFromExcelNumber } from "../../money/parse";
import type { PorteRuleSet } from "../../rule-sets/registry";
import { readPorte } from "./porte-reading";
import { showCell, type CellValue } from "../sheet";

/**
 * Reads the cells that repeat down an annex ("R$ 35.000,00", "Porte I") once each per validation:
 * one map lookup per cell after the first. null marks a cell that was read and refused.
 */
export class CellReader {
  private readonly amounts = new Map<string, Cents | null>();
  private readonly portes = new Map<string, string | null>();

  constructor(private readonly ruleSet: PorteRuleSet) {}

  /** The amount of a cell, or undefined when it is not a readable amount. */
  amount(value: CellValue): Cents | undefined {
    if (typeof value === "number") return readNumberAmount(value);
    const text = typeof value === "string" ? value : showCell(value);
    let cents = this.amounts.get(text);
    if (cents === undefined) {
      cents = readAmountOrUndefined(value) ?? null;
      this.amounts.set(text, cents);
    }
    return cents ?? undefined;
  }

  /** The stated porte of a cell, or undefined when it is not a readable porte. */
  porte(value: CellValue): string | undefined {
    if (typeof value !== "string") return readPorte(value, this.ruleSet);
    let label = this.portes.get(value);
    if (label === undefined) {
      label = readPorte(value, this.ruleSet) ?? null;
      this.portes.set(value, label);
    }
    return label ?? undefined;
  }
}

function readAmountOrUndefined(value: CellValue): Cents | undefined {
  return unlessRefused(() => readAmount(value, "Valor"));
}

/** A number cell's amount without a closure per cell: only NaN, ±Infinity or a huge number is refused. */
function readNumberAmount(value: number): Cents | undefined {
  try {
    return centsFromExcelNumber(value);
  } catch (error) {
    if (error instanceof RuleError) return undefined;
    throw error;
  }
}
