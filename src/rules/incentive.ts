import type { Cents } from "./money/cents";
import { parsePorte } from "./porte";
import type { PorteRuleSet } from "./rule-sets/registry";

/** Art. 4 of Res. 5.978/2017: the incentive a municipality receives for its porte. */
export function incentive(porteInput: unknown, ruleSet: PorteRuleSet): Cents {
  return ruleSet.incentives.items[parsePorte(porteInput, ruleSet)];
}
