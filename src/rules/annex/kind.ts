import type { RuleBook } from "../rule-sets/registry";
import type { Problems } from "./problems";
import type { Report } from "./report";
import type { Sheet } from "./sheet";

/** A header row: its index in the sheet's values and the index of each column recognised. */
export interface Header<C extends string = string> {
  rowIndex: number;
  columns: Partial<Record<C, number>>;
}

/** One annex table of a sheet: its kind, header, where it ends, and the title above it ("ANEXO II …"). */
export interface AnnexTable<C extends string = string> {
  kind: string;
  header: Header<C>;
  /** Index of the first row after the table: the next table's header, or the end of the sheet. */
  endRowIndex: number;
  title: string | null;
}

export type SummaryFields = Omit<Report["summary"], "errors" | "warnings">;

/** What a kind's check gets: the sheet, its table, the rule set and where to report. */
export interface TableCheck<C extends string, R> {
  sheet: Sheet;
  table: AnnexTable<C>;
  ruleSet: R;
  problems: Problems;
}

/**
 * A kind of annex (the porte annex of Res. 5.978/2017, the recomposição annex of Res. 7.845/2021…): the
 * columns its header is recognised by, the rule set it is checked against, and its checks. Each kind is a
 * folder of src/rules/annex and a line in ANNEX_KINDS; the reading, the table walk and the report are shared.
 */
export interface AnnexKind<C extends string = string, R = unknown> {
  /** The report's `kind`: "porte", "recomposicao". */
  id: string;
  /** pt-BR, for lists: "anexo de porte". */
  name: string;
  /** Header texts (after normalizeText) of each column; the first pattern a cell matches names it. */
  columns: ReadonlyArray<readonly [C, RegExp]>;
  /** A row with all of these starts a table of this kind. */
  required: readonly C[];
  /** The rule set from the book: the id the user gave, or the kind's default. */
  ruleSet(rules: RuleBook, id: string | undefined): R;
  /** The report's ruleSet field. */
  ruleSetId(ruleSet: R): string;
  /** header-not-found's message: what the header must have. */
  noHeader: string;
  /** The summary of a sheet where no table of this kind was found. */
  emptySummary: SummaryFields;
  /**
   * Whether a header found by `required` is enough to check (recomposição also needs Previsto and Valora, as
   * totals or their parts); header-not-found otherwise.
   */
  complete?(header: Header<C>): boolean;
  /** Checks the rows and the TOTAL of one table; returns its summary. */
  check(context: TableCheck<C, R>): SummaryFields;
}
