import { RuleError, quote } from "../errors";
import type { Cents } from "../money/cents";
import rule5978 from "./data/5978-2017.json";
import rule7845 from "./data/7845-2021.json";
import { parseRuleSetData, type PorteRuleSetData, type RecomposicaoRuleSetData } from "./schema";

/** A porte rule set with the lookups the hot paths need, derived once from the data. */
export interface PorteRuleSet extends PorteRuleSetData {
  /** "Porte I" … in band order. */
  readonly porteLabels: readonly string[];
  /** Inclusive upper bound of each band in centavos; the last one is Infinity. */
  readonly upperBounds: readonly number[];
}

export type RecomposicaoRuleSet = RecomposicaoRuleSetData;
export type RuleSet = PorteRuleSet | RecomposicaoRuleSet;

export const DEFAULT_PORTE_RULE_SET = "5978/2017";
export const DEFAULT_RECOMPOSICAO_RULE_SET = "7845/2021";

/** Validates rule-set data (see schema.ts) and prepares it for use. */
export function loadRuleSet(data: unknown): RuleSet {
  const ruleSet = parseRuleSetData(data);
  if (ruleSet.kind !== "porte") return ruleSet;
  return {
    ...ruleSet,
    porteLabels: ruleSet.bands.items.map((band) => band.porte),
    upperBounds: ruleSet.bands.items.map((band): Cents => band.to ?? Number.POSITIVE_INFINITY),
  };
}

/** The rule sets of the published resolutions, bundled. */
const BUILT_IN: ReadonlyMap<string, RuleSet> = new Map(
  [rule5978, rule7845].map((data) => {
    const ruleSet = loadRuleSet(data);
    return [ruleSet.id, ruleSet];
  }),
);

/** Built-in rule sets, then those the analyst added (stored in the workbook, or given to the CLI). */
const RULE_SETS = new Map<string, RuleSet>(BUILT_IN);

/**
 * The form of an id two rule sets may not share: case, spaces and dots ignored, "-" read as "/". So
 * "5.978/2017", " 5978/2017 " and "5978-2017" are all the published 5978/2017 and cannot name a custom one.
 */
export function ruleSetIdKey(id: string): string {
  return id
    .toLowerCase()
    .replace(/[\s.]+/g, "")
    .replaceAll("-", "/");
}

const BUILT_IN_KEYS: ReadonlySet<string> = new Set([...BUILT_IN.keys()].map(ruleSetIdKey));

/** Whether the id is, or reads as (ruleSetIdKey), a published resolution's. */
export function isBuiltInRuleSet(id: string): boolean {
  return BUILT_IN_KEYS.has(ruleSetIdKey(id));
}

/**
 * Adds the analyst's rule sets, replacing the ones added before (a workbook carries its own): each is
 * validated, and an id already taken, by a resolution or twice in the list, is refused.
 */
export function setCustomRuleSets(data: readonly unknown[]): RuleSet[] {
  const ruleSets = data.map((item) => loadRuleSet(item));
  const seen = new Set<string>();
  for (const { id } of ruleSets) {
    if (isBuiltInRuleSet(id))
      throw new RuleError(
        "invalid",
        `Regra "${id}" inválida:\n- id: já é a regra de uma resolução publicada; escolha outro.`,
      );
    if (seen.has(ruleSetIdKey(id)))
      throw new RuleError("invalid", `Regra "${id}" inválida:\n- id: aparece mais de uma vez.`);
    seen.add(ruleSetIdKey(id));
  }
  RULE_SETS.clear();
  for (const [id, ruleSet] of BUILT_IN) RULE_SETS.set(id, ruleSet);
  for (const ruleSet of ruleSets) RULE_SETS.set(ruleSet.id, ruleSet);
  return ruleSets;
}

/** Every porte rule set known now, the published ones first: what the pane offers. */
export function allPorteRuleSets(): PorteRuleSet[] {
  return [...RULE_SETS.values()].filter((ruleSet): ruleSet is PorteRuleSet => ruleSet.kind === "porte");
}

export function ruleSetIds(kind?: RuleSet["kind"]): string[] {
  return [...RULE_SETS.values()].filter((ruleSet) => !kind || ruleSet.kind === kind).map((ruleSet) => ruleSet.id);
}

function findRuleSet<K extends RuleSet["kind"]>(kind: K, id: unknown, fallback: string): Extract<RuleSet, { kind: K }> {
  // "5.978/2017" is how the resolutions write the number; accept it for "5978/2017".
  const key = id === null || id === undefined || id === "" ? fallback : String(id).trim();
  const ruleSet = RULE_SETS.get(key) ?? RULE_SETS.get(key.replaceAll(".", ""));
  if (ruleSet?.kind === kind) return ruleSet as Extract<RuleSet, { kind: K }>;
  const valid = ruleSetIds(kind).join(", ");
  const reason = ruleSet
    ? `A regra ${quote(String(id))} não serve para este cálculo.`
    : `Regra desconhecida: ${quote(id)}.`;
  throw new RuleError("unknown-rule-set", `${reason} Regras válidas: ${valid}.`);
}

/** The porte rule set with this id ("5978/2017" when none is given). */
export function porteRuleSet(id?: unknown): PorteRuleSet {
  return findRuleSet("porte", id, DEFAULT_PORTE_RULE_SET);
}

/** The recomposição rule set with this id ("7845/2021" when none is given). */
export function recomposicaoRuleSet(id?: unknown): RecomposicaoRuleSet {
  return findRuleSet("recomposicao", id, DEFAULT_RECOMPOSICAO_RULE_SET);
}
