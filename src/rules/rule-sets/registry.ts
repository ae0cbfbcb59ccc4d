import { RuleError, quote } from "../errors";
import type { Cents } from "../money/cents";
import { publishedRuleSetData } from "./published";
// Types only: the registry never loads zod (load.ts does, for the analyst's rule sets).
import type { PorteRuleSetData, RecomposicaoRuleSetData, RuleSetData } from "./schema";

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

/** Rule-set data already validated (load.ts) or published (published.ts), with the lookups the rules need. */
export function prepareRuleSet(ruleSet: RuleSetData): RuleSet {
  if (ruleSet.kind !== "porte") return ruleSet;
  return {
    ...ruleSet,
    porteLabels: ruleSet.bands.items.map((band) => band.porte),
    upperBounds: ruleSet.bands.items.map((band): Cents => band.to ?? Number.POSITIVE_INFINITY),
  };
}

/** The rule sets of the published resolutions, bundled. */
const BUILT_IN: ReadonlyMap<string, RuleSet> = new Map(
  publishedRuleSetData().map((data) => {
    const ruleSet = prepareRuleSet(data);
    return [ruleSet.id, ruleSet];
  }),
);

/**
 * The form of an id two rule sets may not share: case, spaces and dots ignored, "-" read as "/". So
 * "5.978/2017", " 5978/2017 " and "5978-2017" are all the published 5978/2017 and cannot name a custom one.
 */
export function ruleSetIdKey(id: string): string {
  return id.toLowerCase().replace(/[\s.]/g, "").replaceAll("-", "/");
}

const BUILT_IN_KEYS: ReadonlySet<string> = new Set([...BUILT_IN.keys()].map(ruleSetIdKey));

/** Whether the id is, or reads as (ruleSetIdKey), a published resolution's. */
export function isBuiltInRuleSet(id: string): boolean {
  return BUILT_IN_KEYS.has(ruleSetIdKey(id));
}

/**
 * The rule sets a calculation may use: the published ones, plus the analyst's own (stored in a workbook, or
 * given to the CLI). A value, never changed: a workbook, a test or a CLI call makes its own with withCustom,
 * and none can see another's rules.
 */
export class RuleBook {
  private constructor(
    private readonly byId: ReadonlyMap<string, RuleSet>,
    /** The analyst's rule sets, in the order given. */
    readonly custom: readonly RuleSet[],
  ) {}

  /** Only the published resolutions. */
  static readonly published = new RuleBook(BUILT_IN, []);

  /**
   * The published rule sets and these (replacing any custom ones this book had). They come validated, from
   * loadRuleSets (load.ts); an id already taken, by a resolution or twice in the list, is refused.
   */
  withCustom(ruleSets: readonly RuleSet[]): RuleBook {
    const seen = new Set<string>();
    for (const { id } of ruleSets) {
      if (isBuiltInRuleSet(id)) {
        throw new RuleError(
          "invalid",
          `Regra "${id}" inválida:\n- id: já é a regra de uma resolução publicada; escolha outro.`,
          [{ path: "id", label: "Nome (id)", message: "já é a regra de uma resolução publicada; escolha outro." }],
        );
      }
      if (seen.has(ruleSetIdKey(id))) {
        throw new RuleError("invalid", `Regra "${id}" inválida:\n- id: aparece mais de uma vez.`, [
          { path: "id", label: "Nome (id)", message: "aparece mais de uma vez." },
        ]);
      }
      seen.add(ruleSetIdKey(id));
    }
    return new RuleBook(new Map([...BUILT_IN, ...ruleSets.map((ruleSet) => [ruleSet.id, ruleSet] as const)]), [
      ...ruleSets,
    ]);
  }

  /** Every porte rule set of this book, the published ones first: what the pane offers. */
  porteRuleSets(): PorteRuleSet[] {
    return [...this.byId.values()].filter((ruleSet): ruleSet is PorteRuleSet => ruleSet.kind === "porte");
  }

  ids(kind?: RuleSet["kind"]): string[] {
    return [...this.byId.values()].filter((ruleSet) => !kind || ruleSet.kind === kind).map((ruleSet) => ruleSet.id);
  }

  /** The porte rule set with this id ("5978/2017" when none is given). */
  porte(id?: unknown): PorteRuleSet {
    return this.find("porte", id, DEFAULT_PORTE_RULE_SET);
  }

  /** The recomposição rule set with this id ("7845/2021" when none is given). */
  recomposicao(id?: unknown): RecomposicaoRuleSet {
    return this.find("recomposicao", id, DEFAULT_RECOMPOSICAO_RULE_SET);
  }

  private find<K extends RuleSet["kind"]>(kind: K, id: unknown, fallback: string): Extract<RuleSet, { kind: K }> {
    // "5.978/2017" is how the resolutions write the number; accept it for "5978/2017".
    const key = id === null || id === undefined || id === "" ? fallback : String(id).trim();
    const ruleSet = this.byId.get(key) ?? this.byId.get(key.replaceAll(".", ""));
    if (ruleSet?.kind === kind) return ruleSet as Extract<RuleSet, { kind: K }>;
    const valid = this.ids(kind).join(", ");
    const reason = ruleSet
      ? `A regra ${quote(String(id))} não serve para este cálculo.`
      : `Regra desconhecida: ${quote(id)}.`;
    throw new RuleError("unknown-rule-set", `${reason} Regras válidas: ${valid}.`);
  }
}

/** The published rule sets only: the default wherever no workbook or rule file adds its own. */
export const PUBLISHED_RULES = RuleBook.published;

/** The porte rule set with this id in this book (default: the published ones). */
export function porteRuleSet(id?: unknown, rules: RuleBook = PUBLISHED_RULES): PorteRuleSet {
  return rules.porte(id);
}

/** The recomposição rule set with this id in this book (default: the published ones). */
export function recomposicaoRuleSet(id?: unknown, rules: RuleBook = PUBLISHED_RULES): RecomposicaoRuleSet {
  return rules.recomposicao(id);
}

export function ruleSetIds(kind?: RuleSet["kind"], rules: RuleBook = PUBLISHED_RULES): string[] {
  return rules.ids(kind);
}
