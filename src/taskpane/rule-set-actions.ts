// The analyst's rule sets: made in the pane from an existing one, stored in the workbook so that they
// travel with the file, and given to the functions (and the pane's state) as a RuleBook so both see them.
import { setWorkbookRules } from "../functions/workbook-rules";
import {
  formatBrl,
  isBuiltInRuleSet,
  loadRuleSet,
  loadRuleSets,
  parseRuleJson,
  type RuleSet,
  PUBLISHED_RULES,
  RuleError,
  type PorteRuleSet,
  type RuleBook,
} from "../rules";
import type { Workbook } from "./workbook/workbook";

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

/** The fields a RuleError refuses (by path: "bands.items[1].from"), each with its message, for the form. */
export function fieldErrors(error: RuleError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path] ??= issue.message;
  return fields;
}

/**
 * The workbook's stored rule sets, as the book the pane and the functions use: the valid ones are added, the
 * others reported, never applied.
 */
export async function applyStoredRuleSets(workbook: Workbook): Promise<{ rules: RuleBook; problems: string[] }> {
  const stored = await workbook.readRuleSets();
  const problems: string[] = [];
  const valid: RuleSet[] = [];
  for (const data of stored) {
    try {
      valid.push(loadRuleSet(data));
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push(`Regra salva na pasta ignorada. ${error.message}`);
    }
  }
  let rules = PUBLISHED_RULES;
  try {
    rules = PUBLISHED_RULES.withCustom(valid);
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    problems.push(`Regras salvas na pasta ignoradas. ${error.message}`);
  }
  setWorkbookRules(rules);
  return { rules, problems };
}

/**
 * Adds (or replaces, same id) rule sets in the workbook. All are validated first; the workbook is written
 * next; only when that succeeded do the functions get the new book, which is returned for the pane's state.
 */
async function storeRuleSets(workbook: Workbook, added: unknown[]): Promise<RuleBook> {
  const ids = new Set(loadRuleSets(added).map((ruleSet) => ruleSet.id));
  const kept = (await workbook.readRuleSets()).filter((data) => {
    const id = (data as { id?: unknown })?.id;
    return typeof id !== "string" || !ids.has(id);
  });
  const list = [...kept, ...added];
  const rules = PUBLISHED_RULES.withCustom(loadRuleSets(list));
  await workbook.writeRuleSets(list);
  setWorkbookRules(rules);
  return rules;
}

/** "Salvar regra": the form's rule set, validated with zod (pt-BR messages naming the field), then stored. */
export async function saveRuleSet(
  workbook: Workbook,
  form: RuleSetForm,
): Promise<{ rules: RuleBook; ruleSet: PorteRuleSet }> {
  const data = dataOf(form);
  const id = String(data.id);
  if (id === "") {
    throw new RuleError("invalid", "Regra inválida:\n- id: dê um nome à regra, como minha-2018", [
      { path: "id", label: "Nome (id)", message: "dê um nome à regra, como minha-2018" },
    ]);
  }
  if (isBuiltInRuleSet(id)) {
    throw new RuleError(
      "invalid",
      `Regra "${id}" inválida:\n- id: já é a regra de uma resolução publicada; escolha outro.`,
      [{ path: "id", label: "Nome (id)", message: "já é a regra de uma resolução publicada; escolha outro." }],
    );
  }
  const rules = await storeRuleSets(workbook, [data]);
  return { rules, ruleSet: rules.porte(id) };
}

/** "Exportar": the workbook's rule sets as JSON, as `anexos --regra-arquivo` reads them. */
export async function exportRuleSets(workbook: Workbook): Promise<string> {
  return JSON.stringify(await workbook.readRuleSets(), null, 2);
}

/** "Importar": rule sets exported from another workbook (one, or a list), validated before anything is stored. */
export async function importRuleSets(workbook: Workbook, json: string): Promise<RuleBook> {
  const data = parseRuleJson(json, "O texto colado");
  return storeRuleSets(workbook, Array.isArray(data) ? data : [data]);
}
