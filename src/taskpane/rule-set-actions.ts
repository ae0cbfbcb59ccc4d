// The analyst's rule sets: made in the pane from an existing one, stored in the workbook so that they
// travel with the file, and given to the rules module so the functions and the validator see them at once.
import {
  formatBrl,
  isBuiltInRuleSet,
  loadRuleSet,
  parseRuleJson,
  porteRuleSet,
  RuleError,
  setCustomRuleSets,
  type PorteRuleSet,
  type RuleSet,
} from "../rules";
import type { Workbook } from "./office/workbook";

/** The rule set as the form edits it: every amount as the analyst types it ("R$ 35.000,00"). */
export interface RuleSetForm {
  id: string;
  title: string;
  subject: string;
  budget: string;
  /** One municipality per line. */
  excluded: string;
  bands: Array<{ porte: string; from: string; to: string }>;
  incentives: Record<string, string>;
  /** Articles and wording kept from the rule set it starts from. */
  base: PorteRuleSet;
}

/** A form filled with an existing rule set, to start a new one from. */
export function formFrom(ruleSet: PorteRuleSet): RuleSetForm {
  return {
    id: "",
    title: ruleSet.title,
    subject: ruleSet.subject,
    budget: formatBrl(ruleSet.budget.amount),
    excluded: ruleSet.excludedMunicipalities.names.join("\n"),
    bands: ruleSet.bands.items.map((band) => ({
      porte: band.porte,
      from: formatBrl(band.from),
      to: band.to === null ? "" : formatBrl(band.to),
    })),
    incentives: Object.fromEntries(
      ruleSet.porteLabels.map((porte) => [porte, formatBrl(ruleSet.incentives.items[porte])]),
    ),
    base: ruleSet,
  };
}

/** The rule-set data (as stored and exported) the form describes; validated by saveRuleSet. */
export function dataOf(form: RuleSetForm): Record<string, unknown> {
  const { base } = form;
  return {
    id: form.id.trim(),
    kind: "porte",
    title: form.title.trim(),
    subject: form.subject.trim(),
    excludedMunicipalities: {
      article: base.excludedMunicipalities.article,
      names: form.excluded
        .split("\n")
        .map((name) => name.trim())
        .filter(Boolean),
    },
    bands: {
      article: base.bands.article,
      basis: base.bands.basis,
      items: form.bands.map((band) => ({
        porte: band.porte,
        from: band.from,
        to: band.to.trim() === "" ? null : band.to,
      })),
    },
    incentives: { article: base.incentives.article, items: form.incentives },
    budget: { article: base.budget.article, amount: form.budget },
  };
}

/** "- bands.items[1].from: lacuna …" lines of a RuleError, by field path, for the form to show at each field. */
export function fieldErrors(error: RuleError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of error.message.split("\n")) {
    const match = /^- ([^:]+): (.*)$/.exec(line);
    if (match && !(match[1] in fields)) fields[match[1]] = match[2];
  }
  return fields;
}

/** The stored rule sets that are valid are given to the rules; the others are reported, never applied. */
export async function applyStoredRuleSets(workbook: Workbook): Promise<{ ruleSets: RuleSet[]; problems: string[] }> {
  const stored = await workbook.readRuleSets();
  const problems: string[] = [];
  const valid = stored.filter((data) => {
    try {
      loadRuleSet(data);
      return true;
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push(`Regra salva na pasta ignorada. ${error.message}`);
      return false;
    }
  });
  try {
    return { ruleSets: setCustomRuleSets(valid), problems };
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    return {
      ruleSets: setCustomRuleSets([]),
      problems: [...problems, `Regras salvas na pasta ignoradas. ${error.message}`],
    };
  }
}

/** Adds (or replaces, same id) rule sets in the workbook, all validated before anything is stored. */
async function storeRuleSets(workbook: Workbook, added: unknown[]): Promise<RuleSet[]> {
  const ids = new Set(added.map((data) => loadRuleSet(data).id));
  const kept = (await workbook.readRuleSets()).filter((data) => {
    const id = (data as { id?: unknown })?.id;
    return typeof id !== "string" || !ids.has(id);
  });
  const list = [...kept, ...added];
  const ruleSets = setCustomRuleSets(list);
  await workbook.writeRuleSets(list);
  return ruleSets;
}

/** "Salvar regra": the form's rule set, validated with zod (pt-BR messages naming the field), then stored. */
export async function saveRuleSet(workbook: Workbook, form: RuleSetForm): Promise<PorteRuleSet> {
  const data = dataOf(form);
  const id = String(data.id);
  if (id === "") throw new RuleError("invalid", "Regra inválida:\n- id: dê um nome à regra, como minha-2018");
  if (isBuiltInRuleSet(id)) {
    throw new RuleError(
      "invalid",
      `Regra "${id}" inválida:\n- id: já é a regra de uma resolução publicada; escolha outro.`,
    );
  }
  await storeRuleSets(workbook, [data]);
  return porteRuleSet(id);
}

/** "Exportar": the workbook's rule sets as JSON, as `anexos --regra-arquivo` reads them. */
export async function exportRuleSets(workbook: Workbook): Promise<string> {
  return JSON.stringify(await workbook.readRuleSets(), null, 2);
}

/** "Importar": rule sets exported from another workbook (one, or a list), validated before anything is stored. */
export async function importRuleSets(workbook: Workbook, json: string): Promise<RuleSet[]> {
  const data = parseRuleJson(json, "O texto colado");
  return storeRuleSets(workbook, Array.isArray(data) ? data : [data]);
}
