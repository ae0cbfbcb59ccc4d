// The rows of one annex table, each with what identifies it across two annexes: a porte annex's row by the
// IBGE code of its municipality (the name resolved as the validator resolves it, or the Código IBGE column),
// a recomposição annex's row by its CNES. A row that cannot be identified is kept, with the reason.
import { RuleError, unlessRefused } from "../errors";
import { readAmount } from "../inputs";
import type { Cents } from "../money/cents";
import { PUBLISHED_RULES, type PorteRuleSet, type RuleBook } from "../rule-sets/registry";
import { findAnnexTables } from "../annex/header";
import type { AnnexKind, AnnexTable } from "../annex/kind";
import { ANNEX_KINDS } from "../annex/kinds";
import { readIbgeCode } from "../annex/names/ibge-code";
import { MunicipalityResolver } from "../annex/names/municipalities";
import { elsewhereMessage, unknownMessage } from "../annex/names/municipality-messages";
import { CellReader } from "../annex/porte/cell-reader";
import type { PorteColumn } from "../annex/porte/columns";
import { readOcrPorte } from "../annex/porte/porte-reading";
import type { RecomposicaoColumn } from "../annex/recomposicao/columns";
import { columnLetters, isBlank, parseA1, showCell, type CellValue, type Sheet } from "../annex/sheet";
import { walkTable } from "../annex/table-walk";
import { clip } from "../annex/text";
import { addIfSafe } from "../annex/totals";
import { describeTables } from "../annex/validate";

/** Where a row stands in its source: the cell of its key column, and its line (and page) in a text or PDF. */
export interface RowPlace {
  cell: string;
  line: number | null;
  page: number | null;
}

/** One row of an annex table, read for comparison. */
export interface AnnexRow {
  rowIndex: number;
  place: RowPlace;
  /** The IBGE code of the municipality (porte) or the CNES (recomposição); null when the row has none. */
  key: string | null;
  /** The IBGE name of the municipality, or the establishment as written (recomposição); null with no key. */
  name: string | null;
  /** The name (or CNES) as the annex writes it. */
  written: string;
  /** The name was read by approximation: an OCR slip or an abbreviation taken as the closest municipality. */
  approximate: boolean;
  /** Porte annexes: the porte the row is paid as ("Porte II"); null when unreadable, and for recomposição. */
  porte: string | null;
  /** The amount (R$, or the recomposição), null when unreadable. */
  amount: Cents | null;
  /** The amount cell as written, for a row whose amount is unreadable. */
  amountText: string;
  /** pt-BR: why the row could not be identified (no key); null when it was. */
  unmatched: string | null;
}

/** One annex table of a sheet, read row by row. */
export interface AnnexRows {
  /** ANNEX_KINDS id: "porte", "recomposicao". */
  kind: string;
  ruleSet: string;
  /** Which table of the sheet, from 1, and its title ("ANEXO I DA RESOLUÇÃO…") when it has one. */
  annex: number;
  title: string | null;
  rows: AnnexRow[];
  /** The sum of the rows' amounts; null when some amount is unreadable. */
  sum: Cents | null;
  /** The TOTAL row's amount, when readable. */
  declaredTotal: Cents | null;
}

export interface ReadAnnexRowsOptions {
  /** Which annex table of the sheet, from 1 (default: the first). */
  annex?: number;
  /** Rule set ids by kind id (default: each kind's own). */
  ruleSetIds?: Partial<Record<string, string>>;
  rules?: RuleBook;
  /** Where the table was looked for, with its preposition, in messages ("no anexo anterior", `em "x.csv"`). */
  label?: string;
}

/** The rows of one annex table of the sheet (the first, or `annex`), of whichever kind its header shows. */
export function readAnnexRows(
  sheet: Sheet,
  { annex = 1, ruleSetIds = {}, rules = PUBLISHED_RULES, label = "no arquivo" }: ReadAnnexRowsOptions = {},
): AnnexRows {
  const kinds: readonly AnnexKind[] = ANNEX_KINDS;
  const tables = findAnnexTables(sheet.values, kinds);
  if (tables.length === 0) {
    throw new RuleError(
      "invalid",
      `Nenhum anexo encontrado ${label}: o cabeçalho precisa das colunas Município, Porte e R$ (anexo de porte) ou CNES e Recomposição (anexo de recomposição).`,
    );
  }
  if (!Number.isInteger(annex) || annex < 1 || annex > tables.length) {
    throw new RuleError("invalid", `Não há anexo ${annex} ${label}: ${describeTables(sheet, tables, kinds)}`);
  }
  const table = tables[annex - 1];
  const kind = kinds.find((candidate) => candidate.id === table.kind) as AnnexKind;
  const ruleSet = kind.ruleSet(rules, ruleSetIds[kind.id]);
  const reader =
    kind.id === "porte"
      ? new PorteRows(sheet, table as AnnexTable<PorteColumn>, ruleSet as PorteRuleSet)
      : new RecomposicaoRows(sheet, table as AnnexTable<RecomposicaoColumn>);
  const { rows, sum, declaredTotal } = reader.read();
  return { kind: kind.id, ruleSet: kind.ruleSetId(ruleSet), annex, title: table.title, rows, sum, declaredTotal };
}

/** What both kinds share: the walk down the table, the places, the sum and the TOTAL. */
abstract class TableRows<C extends string> {
  protected readonly columns: AnnexTable<C>["header"]["columns"];
  private readonly origin: { row: number; column: number };
  protected readonly rows: AnnexRow[] = [];
  /** The row where each key was first met, to report a repeated one. */
  private readonly firstOfKey = new Map<string, AnnexRow>();

  constructor(
    protected readonly sheet: Sheet,
    protected readonly table: AnnexTable<C>,
    private readonly keyColumn: number,
    private readonly amountColumn: number,
  ) {
    this.columns = table.header.columns;
    this.origin = parseA1(sheet.origin ?? "A1");
  }

  read(): { rows: AnnexRow[]; sum: Cents | null; declaredTotal: Cents | null } {
    // Rows after the TOTAL, and extra CSV fields, are the validator's to report; only the table's rows are compared.
    const totalRowIndex = walkTable({
      sheet: this.sheet,
      table: this.table,
      visit: (r, row) => this.rows.push(this.identified(this.readRow(r, row))),
    });
    let sum: Cents | null = 0;
    for (const row of this.rows)
      sum = row.amount === null || sum === null ? null : (addIfSafe(sum, row.amount) ?? null);
    const declaredTotal =
      totalRowIndex === undefined ? null : this.amount(this.sheet.values[totalRowIndex][this.amountColumn]);
    return { rows: this.rows, sum, declaredTotal };
  }

  protected abstract readRow(r: number, row: CellValue[]): AnnexRow;

  protected abstract amount(raw: CellValue): Cents | null;

  protected place(r: number): RowPlace {
    return {
      cell: `${columnLetters(this.origin.column + this.keyColumn)}${this.origin.row + r}`,
      line: this.sheet.lines?.[r] ?? null,
      page: this.sheet.pages?.[r] ?? null,
    };
  }

  /** A key met before in this table is no key: the row is reported as repeating the first. */
  private identified(row: AnnexRow): AnnexRow {
    if (row.key === null) return row;
    const first = this.firstOfKey.get(row.key);
    if (first === undefined) {
      this.firstOfKey.set(row.key, row);
      return row;
    }
    const where = first.place.line === null ? `célula ${first.place.cell}` : `linha ${first.place.line}`;
    return {
      ...row,
      key: null,
      name: null,
      approximate: false,
      unmatched: `"${clip(row.written)}" repete ${first.name} (${first.key}), já na ${where}.`,
    };
  }
}

class PorteRows extends TableRows<PorteColumn> {
  private readonly reader: CellReader;
  private readonly resolver = new MunicipalityResolver();
  private readonly porteByIncentive: Map<Cents, string>;

  constructor(
    sheet: Sheet,
    table: AnnexTable<PorteColumn>,
    private readonly ruleSet: PorteRuleSet,
  ) {
    super(sheet, table, table.header.columns.municipio as number, table.header.columns.valor as number);
    this.reader = new CellReader(ruleSet);
    this.porteByIncentive = new Map(Object.entries(ruleSet.incentives.items).map(([porte, cents]) => [cents, porte]));
  }

  protected amount(raw: CellValue): Cents | null {
    return this.reader.amount(raw) ?? null;
  }

  protected readRow(r: number, row: CellValue[]): AnnexRow {
    const rawAmount = row[this.columns.valor as number];
    const amount = this.amount(rawAmount);
    const written = showCell(row[this.columns.municipio as number]);
    return {
      rowIndex: r,
      place: this.place(r),
      ...this.identify(row, written),
      written,
      porte: this.porte(row[this.columns.porte as number], amount),
      amount,
      amountText: showCell(rawAmount),
    };
  }

  /**
   * The porte the row is paid as. A typed sheet says it in its Porte column (the amount's porte when that is
   * unreadable); in published text (OCR) the labels are garbled and the amounts intact, so the amount decides.
   */
  private porte(raw: CellValue, amount: Cents | null): string | null {
    const byAmount = amount === null ? undefined : this.porteByIncentive.get(amount);
    const stated = this.reader.porte(raw);
    const porte = this.sheet.ocr ? (byAmount ?? stated ?? readOcrPorte(raw, this.ruleSet)) : (stated ?? byAmount);
    return porte ?? null;
  }

  /** The municipality: by the Código IBGE column when it holds a code of Minas Gerais, else by the name. */
  private identify(row: CellValue[], written: string): Pick<AnnexRow, "key" | "name" | "approximate" | "unmatched"> {
    const codeColumn = this.columns.ibge;
    if (codeColumn !== undefined && !isBlank(row[codeColumn])) {
      const reading = readIbgeCode(row[codeColumn]);
      if (reading.ok) {
        const { code, name } = reading.municipality;
        return { key: code, name, approximate: false, unmatched: null };
      }
    }
    const none = (reason: string) => ({ key: null, name: null, approximate: false, unmatched: reason });
    if (written === "") return none("Município vazio.");
    const resolution = this.resolver.resolve(written);
    const shown = clip(written);
    switch (resolution.kind) {
      case "mg": {
        const { code, name } = resolution.municipality;
        return { key: code, name, approximate: false, unmatched: null };
      }
      case "elsewhere":
        return none(elsewhereMessage(shown, resolution));
      case "unknown": {
        const { suggestion } = resolution;
        if (suggestion) return { key: suggestion.code, name: suggestion.name, approximate: true, unmatched: null };
        return none(unknownMessage(shown, resolution, undefined).message);
      }
    }
  }
}

class RecomposicaoRows extends TableRows<RecomposicaoColumn> {
  constructor(sheet: Sheet, table: AnnexTable<RecomposicaoColumn>) {
    super(sheet, table, table.header.columns.cnes as number, table.header.columns.recomposicao as number);
  }

  protected amount(raw: CellValue): Cents | null {
    return unlessRefused(() => readAmount(raw, "Recomposição")) ?? null;
  }

  protected readRow(r: number, row: CellValue[]): AnnexRow {
    const raw = row[this.columns.cnes as number];
    // A number cell loses a CNES's leading zeros: seven digits are put back.
    const written = Number.isInteger(raw) ? String(raw).padStart(7, "0") : showCell(raw);
    const rawAmount = row[this.columns.recomposicao as number];
    const text = (role: RecomposicaoColumn) => {
      const column = this.columns[role];
      return column === undefined ? "" : showCell(row[column]).replace(/\s+/g, " ");
    };
    const name = text("estabelecimento") || text("municipio") || written;
    const valid = /^\d{7}$/.test(written);
    return {
      rowIndex: r,
      place: this.place(r),
      key: valid ? written : null,
      name: valid ? name : null,
      written,
      approximate: false,
      porte: null,
      amount: this.amount(rawAmount),
      amountText: showCell(rawAmount),
      unmatched: valid ? null : written === "" ? "CNES vazio." : `CNES "${clip(written)}" não tem 7 dígitos.`,
    };
  }
}
