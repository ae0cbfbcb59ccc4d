import { RuleError } from "../errors";
import { PUBLISHED_RULES, type RuleBook } from "../rule-sets/registry";
import { findAnnexTables } from "./header";
import type { AnnexKind, AnnexTable, SummaryFields } from "./kind";
import { ANNEX_KINDS } from "./kinds";
import { Problems } from "./problems";
import type { Report } from "./report";
import { columnLetters, describePlace, parseA1, type Sheet } from "./sheet";

export interface ValidateAnnexOptions {
  /** Rule set ids by kind id (default: each kind's own, 5978/2017 and 7845/2021); an id of another kind is refused. */
  ruleSetIds?: Partial<Record<string, string>>;
  file?: string | null;
  /** Which annex table of the sheet to check, from 1 (default: the first). */
  annex?: number;
  /** The rule sets the ids are looked up in (default: the published ones). */
  rules?: RuleBook;
  /** The kinds of annex to look for, in order of precedence (default: ANNEX_KINDS). */
  kinds?: readonly AnnexKind[];
}

/**
 * Validates one annex table of the sheet, of whichever kind its header shows (recomposição, Res. 7.845/2021;
 * porte, Res. 5.978/2017). The whole sheet is searched; the report lists every table found and says which one
 * was checked. A sheet with none is reported as an annex of the last kind listed (porte) without its header.
 */
export function validateAnnex(
  sheet: Sheet,
  { ruleSetIds = {}, file, annex = 1, rules = PUBLISHED_RULES, kinds = ANNEX_KINDS }: ValidateAnnexOptions = {},
): Report {
  const tables = findAnnexTables(sheet.values, kinds);
  if (tables.length > 0 && (!Number.isInteger(annex) || annex < 1 || annex > tables.length)) {
    throw new RuleError("invalid", `Não há anexo ${annex}: ${describeTables(sheet, tables, kinds)}`);
  }
  const table = tables[annex - 1] as AnnexTable | undefined;
  const kind = (table && kinds.find((candidate) => candidate.id === table.kind)) ?? kinds[kinds.length - 1];
  const ruleSet = kind.ruleSet(rules, ruleSetIds[kind.id]);
  const report = validateKind(kind, sheet, { ruleSet, file, table: table ?? null });
  const origin = parseA1(sheet.origin ?? "A1");
  return {
    ...report,
    annex: {
      number: table ? annex : 0,
      tables: tables.map((candidate, i) => ({
        number: i + 1,
        kind: candidate.kind,
        title: candidate.title,
        cell: `${columnLetters(origin.column)}${origin.row + candidate.header.rowIndex}`,
        line: sheet.lines?.[candidate.header.rowIndex] ?? null,
        page: sheet.pages?.[candidate.header.rowIndex] ?? null,
      })),
    },
  };
}

export interface ValidateKindOptions<R> {
  ruleSet: R;
  file?: string | null;
  /** The table to check; undefined: the sheet's first table of this kind; null: none (header-not-found). */
  table?: AnnexTable | null;
}

/** Checks one table of one kind: the reader's problems first, then the kind's checks, then the report. */
export function validateKind<C extends string, R>(
  kind: AnnexKind<C, R>,
  sheet: Sheet,
  { ruleSet, file, table }: ValidateKindOptions<R>,
): Report {
  const origin = parseA1(sheet.origin ?? "A1");
  const problems = new Problems(origin.row, origin.column, sheet.notes, sheet.lines, sheet.pages);
  problems.addReaderProblems(sheet.readerProblems);
  const found = table === undefined ? findAnnexTables(sheet.values, [kind as AnnexKind])[0] : table;
  const checked = found as AnnexTable<C> | null | undefined;
  let summary: SummaryFields;
  if (checked && (kind.complete?.(checked.header) ?? true)) {
    summary = kind.check({ sheet, table: checked, ruleSet, problems });
  } else {
    problems.add("header-not-found", null, 0, kind.noHeader);
    summary = kind.emptySummary;
  }
  const errors = problems.errorCount;
  return {
    file: file ?? null,
    sheet: sheet.name ?? null,
    kind: kind.id,
    ruleSet: kind.ruleSetId(ruleSet),
    valid: errors === 0,
    summary: { ...summary, errors, warnings: problems.list.length - errors },
    problems: problems.list,
  };
}

/** "há 2 anexos: 1 (ANEXO I …, linha 5); 2 (…)", for the messages that ask the user to pick one. */
export function describeTables(
  sheet: Sheet,
  tables: readonly AnnexTable[],
  kinds: readonly AnnexKind[] = ANNEX_KINDS,
): string {
  if (tables.length === 0) return "nenhum anexo encontrado.";
  const origin = parseA1(sheet.origin ?? "A1");
  const items = tables.map((table, i) => {
    const line = sheet.lines?.[table.header.rowIndex] ?? origin.row + table.header.rowIndex;
    const where = describePlace(sheet.pages?.[table.header.rowIndex], line);
    const name = kinds.find((kind) => kind.id === table.kind)?.name ?? table.kind;
    return `${i + 1} (${table.title ?? name}, ${where})`;
  });
  return `há ${tables.length === 1 ? "1 anexo" : `${tables.length} anexos`}: ${items.join("; ")}.`;
}
