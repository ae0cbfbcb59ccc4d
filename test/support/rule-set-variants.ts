// Copies of the published rule sets under another id, for the tests that change a field or two and read what the
// loader accepts or refuses.
import rule5978 from "../../src/rules/rule-sets/data/5978-2017.json";
import rule7845 from "../../src/rules/rule-sets/data/7845-2021.json";

export type Band = { porte: string; from: string; to: string | null };
// Loosely typed: the tests put wrong types in it on purpose.
export type RecomposicaoData = Record<string, Record<string, unknown>>;

/** A copy of 5978/2017 under the id "minha-2018", changed by `change` (its bands given as `items`). */
export function porteVariant(change: (data: typeof rule5978, items: Band[]) => void): unknown {
  const data = structuredClone(rule5978);
  data.id = "minha-2018";
  change(data, data.bands.items as Band[]);
  return data;
}

/** A copy of 7845/2021 under the id "minha-2022", changed by `change`. */
export function recomposicaoVariant(change: (data: RecomposicaoData) => void): unknown {
  const data = structuredClone(rule7845) as unknown as RecomposicaoData;
  data.id = "minha-2022" as never;
  change(data);
  return data;
}
