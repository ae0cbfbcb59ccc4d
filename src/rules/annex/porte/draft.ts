import { addCents, type Cents } from "../../money/cents";
import { toExcelNumber } from "../../money/format";
import { porte as porteOfTeto, porteNumeral } from "../../porte";
import { readTeto } from "../../inputs";
import { RuleError } from "../../errors";
import type { PorteRuleSet } from "../../rule-sets/registry";
import { findHeader } from "../header";
import { DRAFT_LIST_REQUIRED, PORTE_COLUMNS } from "./columns";
import { readIbgeCode } from "../names/ibge-code";
import { MunicipalityResolver, municipalityIdentity, resolveName } from "../names/municipalities";
import { elsewhereMessage, mismatchMessage, unknownMessage } from "../names/municipality-messages";
import { BRL_NUMBER_FORMAT } from "../../import/published-sheet";
import { isTotalRow } from "../rows";
import { columnLetters, isBlank, parseA1, showCell, type CellValue, type Sheet } from "../sheet";
import { clip } from "../text";

/** One beneficiary of the list the analyst starts from. */
export interface DraftEntry {
  /** Official name (IBGE). */
  municipality: string;
  /** Seven-digit IBGE code; lists read by readDraftList always carry it. */
  code?: string;
  teto: Cents;
}

/** The analyst's list, read: the entries, or what is wrong with it (each problem with its cell, in pt-BR). */
export interface DraftList {
  entries: DraftEntry[];
  problems: string[];
}

/** Reads a list with Município and Teto MAC columns (header anywhere in the first 30 rows). */
export function readDraftList(sheet: Sheet): DraftList {
  const header = findHeader(sheet.values, PORTE_COLUMNS, DRAFT_LIST_REQUIRED);
  if (!header) {
    return {
      entries: [],
      problems: ["Cabeçalho não encontrado: a lista precisa das colunas Município e Teto MAC numa mesma linha."],
    };
  }
  const origin = parseA1(sheet.origin ?? "A1");
  const address = (r: number, c: number) => `${columnLetters(origin.column + c)}${origin.row + r}`;
  const municipioColumn = header.columns.municipio as number;
  const tetoColumn = header.columns.teto as number;
  const codeColumn = header.columns.ibge;
  const resolver = new MunicipalityResolver();
  const entries: DraftEntry[] = [];
  const problems: string[] = [];
  const firstCell = new Map<string, string>();
  let totalCell: string | undefined;
  for (let r = header.rowIndex + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const name = row[municipioColumn];
    const tetoCell = row[tetoColumn];
    if (row.every(isBlank)) continue;
    const nameCell = address(r, municipioColumn);
    if (totalCell !== undefined) {
      // Nothing below a TOTAL is drafted, and nothing there is dropped without a word.
      problems.push(
        `${nameCell}: linha depois do TOTAL (${totalCell}); tire o TOTAL da lista ou mova a linha para cima.`,
      );
      continue;
    }
    if (isTotalRow(row)) {
      totalCell = address(r, 0);
      continue;
    }
    // The IBGE code, when the list has a column for it: it must be of Minas Gerais and agree with the name.
    const code = codeColumn === undefined || isBlank(row[codeColumn]) ? undefined : readIbgeCode(row[codeColumn]);
    if (code && !code.ok) problems.push(`${address(r, codeColumn as number)}: ${code.message}`);
    const byCode = code?.ok ? code.municipality : undefined;
    if (isBlank(name)) {
      problems.push(
        `${nameCell}: Município vazio${byCode ? `; o código IBGE ${byCode.code} é de ${byCode.name}` : ""}.`,
      );
      continue;
    }
    const shown = clip(showCell(name));
    const resolution = resolver.resolve(showCell(name));
    if (resolution.kind === "elsewhere") {
      problems.push(`${nameCell}: ${elsewhereMessage(shown, resolution)}`);
      continue;
    }
    if (resolution.kind === "unknown") {
      problems.push(`${nameCell}: ${unknownMessage(shown, resolution, byCode).message}`);
      continue;
    }
    const { municipality } = resolution;
    if (byCode && byCode.code !== municipality.code) {
      problems.push(`${address(r, codeColumn as number)}: ${mismatchMessage(byCode, municipality)}`);
      continue;
    }
    const seen = firstCell.get(municipality.code);
    if (seen) {
      problems.push(`${nameCell}: ${municipality.name} repete a célula ${seen}.`);
      continue;
    }
    firstCell.set(municipality.code, nameCell);
    try {
      entries.push({ municipality: municipality.name, code: municipality.code, teto: readTeto(tetoCell) });
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push(`${address(r, tetoColumn)}: ${error.message}`);
    }
  }
  if (entries.length === 0 && problems.length === 0) problems.push("A lista não tem nenhum município.");
  return { entries, problems };
}

export type DraftMode = "values" | "formulas";

/**
 * The new resolution the annex belongs to. What is not known yet stays a placeholder in brackets for the
 * analyst to fill in ("[número]", "[data]"); the year defaults to the current one, the competência to the year.
 */
export interface DraftResolution {
  number?: string;
  year?: number;
  /** "2026", "janeiro a dezembro de 2026"… */
  competencia?: string;
}

/** The resolution with its placeholders and defaults filled in. */
export function resolutionOf(resolution: DraftResolution = {}, today = new Date()) {
  const year = resolution.year ?? today.getFullYear();
  const blank = (text: string | undefined, placeholder: string) => (text?.trim() ? text.trim() : placeholder);
  return {
    number: blank(resolution.number, "[número]"),
    year,
    competencia: blank(resolution.competencia, String(year)),
  };
}

export interface DraftOptions {
  ruleSet: PorteRuleSet;
  /** Live formulas (=SES.PORTE, =SES.INCENTIVO, =SUM) or plain values. */
  mode: DraftMode;
  /** The new resolution's number, year and competência (default: "[número]", this year). */
  resolution?: DraftResolution;
}

/** A chart of the annex per porte: the A1 ranges of the "Resumo por porte" block on the drafted sheet. */
export interface DraftChart {
  title: string;
  /** The porte labels ("A12:A14"). */
  categories: string;
  /** The amounts in reais ("D12:D14"). */
  values: string;
  /** Where its top-left corner goes ("G2"). */
  anchor: string;
}

/** The drafted sheet: what each cell shows, its formula where it has one, and its number format. */
export interface DraftedAnnex {
  /** What each cell shows (for formulas: the value they compute). */
  values: CellValue[][];
  /** Same shape: the invariant-language formula ("=SES.PORTE(E6)") where the cell has one, else null. */
  formulas: (string | null)[][];
  numberFormats: string[][];
  /** The municipalities the rule set leaves out, with the article that does. */
  excluded: string[];
  /** The amounts per porte, for an Excel chart beside the annex (added on request). */
  chart: DraftChart;
  summary: {
    rows: number;
    total: Cents;
    budget: Cents;
    byPorte: Array<{ porte: string; count: number; sum: Cents }>;
  };
}

/** A name as the validator tells municipalities apart ("BH" is Belo Horizonte), so both leave out the same. */
const identityOf = (name: string) => municipalityIdentity(resolveName(name));

const WITHIN = "Dentro do limite";
const ABOVE = "Acima do limite";

const collator = new Intl.Collator("pt-BR", { sensitivity: "base" });
/** "Contagem e Betim", "Betim, Contagem e Sete Lagoas": a list joined by "e", Intl.ListFormat's default type. */
const namesInASentence = new Intl.ListFormat("pt-BR");

/** The title of the new resolution's annex: "ANEXO I DA RESOLUÇÃO SES/MG Nº [NÚMERO], DE [DATA] DE 2026". */
export function annexTitle(resolution: DraftResolution = {}): string {
  const { number, year } = resolutionOf(resolution);
  return `ANEXO I DA RESOLUÇÃO SES/MG Nº ${number}, DE [DATA] DE ${year}`.toLocaleUpperCase("pt-BR");
}

/**
 * Art. 3 and 4 applied to the list: an annex laid out like the published Anexo I (titles, Nº · Município ·
 * Porte · R$, alphabetical order, TOTAL), with the count and sum per porte and the total against the budget
 * below it. Municipalities the rule set excludes (5.978/2017, Art. 2: Belo Horizonte) are left out.
 * In formulas mode a Teto MAC column feeds =SES.PORTE, so the annex follows later changes of the Teto MAC.
 */
export function draftPorteAnnex(
  list: readonly DraftEntry[],
  { ruleSet, mode, resolution }: DraftOptions,
): DraftedAnnex {
  const excludedIds = new Set(ruleSet.excludedMunicipalities.names.map(identityOf));
  const isExcluded = (entry: DraftEntry) => excludedIds.has(entry.code ?? identityOf(entry.municipality));
  const excluded = list.filter(isExcluded).map((entry) => entry.municipality);
  const entries = list
    .filter((entry) => !isExcluded(entry))
    .sort((a, b) => collator.compare(a.municipality, b.municipality));

  if (entries.length === 0) {
    // "Contagem e Betim não são beneficiários": a rule set of one's own may exclude more than one municipality.
    const notBeneficiary = excluded.length > 1 ? "não são beneficiários" : "não é beneficiário";
    const why =
      excluded.length > 0
        ? `${namesInASentence.format(excluded)} ${notBeneficiary} (${ruleSet.excludedMunicipalities.article} da Res. ${ruleSet.id}) e a lista não tem outro município`
        : "a lista não tem nenhum município";
    throw new RuleError("invalid", `Nada a redigir: ${why}.`);
  }
  const formulas = mode === "formulas";
  const rule = ruleSet.id === "5978/2017" ? "" : `,"${ruleSet.id}"`;
  const sheet = new SheetBuilder();
  sheet.row([annexTitle(resolution)]);
  sheet.row([]);
  sheet.row(["LISTAGEM DOS MUNICÍPIOS BENEFICIÁRIOS"]);
  sheet.row([]);
  sheet.row(formulas ? ["Nº", "Município", "Porte", "R$", "Teto MAC anual"] : ["Nº", "Município", "Porte", "R$"]);
  const first = sheet.rowCount + 1;
  const last = first + entries.length - 1;
  let total: Cents = 0;
  const byPorte = new Map(ruleSet.porteLabels.map((label) => [label, { porte: label, count: 0, sum: 0 }]));
  entries.forEach((entry, i) => {
    const label = porteOfTeto(entry.teto, ruleSet);
    const amount = ruleSet.incentives.items[label];
    total = addCents(total, amount);
    const group = byPorte.get(label) as { count: number; sum: Cents };
    group.count++;
    group.sum = addCents(group.sum, amount);
    const r = first + i;
    sheet.row(
      formulas
        ? [
            i + 1,
            entry.municipality,
            { value: label, formula: `=SES.PORTE(E${r}${rule})` },
            { value: toExcelNumber(amount), formula: `=SES.INCENTIVO(C${r}${rule})`, format: BRL_NUMBER_FORMAT },
            { value: toExcelNumber(entry.teto), format: BRL_NUMBER_FORMAT },
          ]
        : [i + 1, entry.municipality, label, { value: toExcelNumber(amount), format: BRL_NUMBER_FORMAT }],
    );
  });
  const totalRow = sheet.rowCount + 1;
  sheet.row([
    "TOTAL",
    "",
    "",
    {
      value: toExcelNumber(total),
      formula: formulas ? `=SUM(D${first}:D${last})` : undefined,
      format: BRL_NUMBER_FORMAT,
    },
  ]);
  sheet.row([]);
  sheet.row(["Resumo por porte", "Municípios", "", "R$"]);
  const firstGroup = sheet.rowCount + 1;
  for (const group of byPorte.values()) {
    if (group.count === 0) continue;
    const countFormula = formulas ? `=COUNTIF(C${first}:C${last},"${group.porte}")` : undefined;
    const sumFormula = formulas ? `=SUMIF(C${first}:C${last},"${group.porte}",D${first}:D${last})` : undefined;
    sheet.row([
      group.porte,
      { value: group.count, formula: countFormula },
      "",
      { value: toExcelNumber(group.sum), formula: sumFormula, format: BRL_NUMBER_FORMAT },
    ]);
  }
  const lastGroup = sheet.rowCount;
  const budget = ruleSet.budget.amount;
  sheet.row([
    `Limite (${ruleSet.budget.article})`,
    "",
    "",
    { value: toExcelNumber(budget), format: BRL_NUMBER_FORMAT },
  ]);
  const budgetRow = sheet.rowCount;
  sheet.row([
    "Limite menos TOTAL",
    "",
    "",
    {
      value: toExcelNumber(budget - total),
      formula: formulas ? `=D${budgetRow}-D${totalRow}` : undefined,
      format: BRL_NUMBER_FORMAT,
    },
  ]);
  sheet.row([
    "Situação",
    {
      value: total <= budget ? WITHIN : ABOVE,
      formula: formulas ? `=IF(D${totalRow}<=D${budgetRow},"${WITHIN}","${ABOVE}")` : undefined,
    },
  ]);
  if (excluded.length > 0) {
    sheet.row([]);
    sheet.row([
      `Fora do anexo (${ruleSet.excludedMunicipalities.article} da Res. ${ruleSet.id}): ${excluded.join(", ")}.`,
    ]);
  }
  return {
    ...sheet.build(),
    excluded,
    chart: {
      title: `Anexo I por porte (competência ${resolutionOf(resolution).competencia})`,
      categories: `A${firstGroup}:A${lastGroup}`,
      values: `D${firstGroup}:D${lastGroup}`,
      anchor: formulas ? "G2" : "F2",
    },
    summary: {
      rows: entries.length,
      total,
      budget,
      byPorte: [...byPorte.values()]
        .filter((group) => group.count > 0)
        .map((group) => ({ ...group, porte: porteNumeral(group.porte) })),
    },
  };
}

type DraftCell = CellValue | { value: CellValue; formula?: string; format?: string };

/** Rows of cells with their formulas and formats, padded to one width. */
class SheetBuilder {
  private readonly rows: DraftCell[][] = [];

  get rowCount() {
    return this.rows.length;
  }

  row(cells: DraftCell[]) {
    this.rows.push(cells);
  }

  build(): Pick<DraftedAnnex, "values" | "formulas" | "numberFormats"> {
    const width = Math.max(...this.rows.map((row) => row.length));
    const cell = (row: DraftCell[], c: number) => {
      const value = row[c] ?? "";
      return typeof value === "object" ? value : { value };
    };
    const grid = <T>(pick: (cell: { value: CellValue; formula?: string; format?: string }) => T) =>
      this.rows.map((row) => Array.from({ length: width }, (_, c) => pick(cell(row, c))));
    return {
      values: grid((c) => c.value),
      formulas: grid((c) => c.formula ?? null),
      // Text as text ("@") so Excel keeps it as written; never on a formula, which "@" would show as text.
      numberFormats: grid((c) => c.format ?? (typeof c.value === "number" || c.formula ? "General" : "@")),
    };
  }
}
