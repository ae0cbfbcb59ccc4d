import type { Cents } from "../../money/cents";
import { formatBrl, toDecimalString } from "../../money/format";
import { porte as porteOfTeto, porteNumeral } from "../../porte";
import type { PorteRuleSet } from "../../rule-sets/registry";
import type { AnnexTable, Header, SummaryFields, TableCheck } from "../kind";
import { MunicipalityCheck } from "../names/municipality-check";
import { resolveName } from "../names/municipalities";
import type { Problems } from "../problems";
import { isBlank, showCell, type CellValue, type Sheet } from "../sheet";
import { walkTable } from "../table-walk";
import { addIfSafe, checkSum, SUM_TOO_LARGE, sumFields } from "../totals";
import { CellReader } from "./cell-reader";
import type { PorteColumn } from "./columns";
import { readOcrPorte } from "./porte-reading";

function readNumber(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Checks a porte table (Nº · Município · Porte · Valor, optionally Teto MAC and IBGE) against its rule set. */
export function checkPorteTable({
  sheet,
  table,
  ruleSet,
  problems,
}: TableCheck<PorteColumn, PorteRuleSet>): SummaryFields {
  return new PorteAnnexCheck(sheet, table, ruleSet, problems).run();
}

/** One pass over the rows of an annex whose header was found. */
class PorteAnnexCheck {
  private readonly reader: CellReader;
  private readonly columns: Header<PorteColumn>["columns"];
  private readonly valor: number;
  private readonly porteColumn: number;
  private readonly porteByIncentive: Map<Cents, string>;
  private readonly incentiveOf: Map<string, Cents>;
  private readonly municipalities: MunicipalityCheck | undefined;
  private readonly byPorte: Map<string, { count: number; sum: Cents }>;

  private rows = 0;
  private sum: Cents = 0;
  private sumKnown = true;
  private previousNumber: number | undefined;
  /** The last Nº accepted and the row position it was on; 0 and 0 before the first, so row 1 expects Nº 1. */
  private lastNumber = 0;
  private lastPosition = 0;

  constructor(
    private readonly sheet: Sheet,
    private readonly table: AnnexTable<PorteColumn>,
    private readonly ruleSet: PorteRuleSet,
    private readonly problems: Problems,
  ) {
    this.reader = new CellReader(ruleSet);
    this.columns = table.header.columns;
    this.valor = this.columns.valor as number;
    this.porteColumn = this.columns.porte as number;
    this.incentiveOf = new Map(Object.entries(ruleSet.incentives.items));
    this.porteByIncentive = new Map([...this.incentiveOf].map(([porte, cents]) => [cents, porte]));
    this.municipalities =
      this.columns.municipio === undefined
        ? undefined
        : new MunicipalityCheck(problems, this.columns.municipio, this.columns.ibge, ruleSet);
    this.byPorte = new Map(ruleSet.porteLabels.map((label) => [label, { count: 0, sum: 0 }]));
  }

  run(): SummaryFields {
    const municipio = this.columns.municipio as number;
    const totalRowIndex = walkTable({
      sheet: this.sheet,
      table: this.table,
      visit: (r, row) => this.checkRow(r, row),
      report: {
        problems: this.problems,
        keyColumn: municipio,
        // An annex row names a municipality, as text, with an amount or a porte; a summary below has neither.
        isDataRow: (row) =>
          typeof row[municipio] === "string" &&
          !isBlank(row[municipio]) &&
          (this.reader.amount(row[this.valor]) !== undefined ||
            this.reader.porte(row[this.porteColumn]) !== undefined ||
            resolveName(row[municipio] as string).kind === "mg"),
      },
    });
    const declared = this.checkTotal(totalRowIndex);
    return {
      rows: this.rows,
      ...sumFields({ sum: this.sum, sumKnown: this.sumKnown, declared }),
      byPorte: Object.fromEntries(
        [...this.byPorte]
          .filter(([, group]) => group.count > 0)
          .map(([label, group]) => [porteNumeral(label), { count: group.count, sum: toDecimalString(group.sum) }]),
      ),
    };
  }

  private checkRow(r: number, row: CellValue[]): void {
    const position = ++this.rows;
    if (this.columns.numero !== undefined) this.checkNumber(r, row[this.columns.numero], position);
    this.municipalities?.check(r, row);
    const amount = this.checkAmount(r, row[this.valor]);
    const amountPorte = amount === undefined ? undefined : this.porteByIncentive.get(amount);
    const stated = this.checkPorte(r, row[this.porteColumn], amount, amountPorte);
    const computed = this.columns.teto === undefined ? undefined : this.checkTeto(r, row[this.columns.teto], stated);
    if (stated !== undefined && amount !== undefined) this.checkIncentive(r, amount, computed ?? stated);
    const paidAs = amountPorte ?? stated;
    if (paidAs !== undefined && amount !== undefined) {
      const group = this.byPorte.get(paidAs) as { count: number; sum: Cents };
      group.count++;
      group.sum = addIfSafe(group.sum, amount) ?? group.sum; // only past a sum already reported (checkAmount)
    }
  }

  /** Nº: a skipped, repeated or lost number is reported once, not on every later row. */
  private checkNumber(r: number, raw: CellValue, position: number): void {
    const number = readNumber(raw);
    const { previousNumber } = this;
    const expected = this.lastNumber + (position - this.lastPosition);
    this.previousNumber = number;
    if (number === expected || (previousNumber !== undefined && number === previousNumber + 1)) {
      this.lastNumber = number;
      this.lastPosition = position;
      return;
    }
    const blank = isBlank(raw);
    const what =
      number !== undefined ? `Nº ${number} fora de sequência` : blank ? "Nº vazio" : `Nº ilegível: "${showCell(raw)}"`;
    this.problems.add("sequence-break", r, this.columns.numero as number, `${what}; esperado ${expected}.`, {
      expected: String(expected),
      found: blank ? undefined : showCell(raw),
    });
  }

  private checkAmount(r: number, raw: CellValue): Cents | undefined {
    const amount = this.reader.amount(raw);
    const sum = amount === undefined ? undefined : addIfSafe(this.sum, amount);
    if (sum !== undefined) {
      this.sum = sum;
      return amount;
    }
    this.sumKnown = false;
    if (amount !== undefined) {
      this.problems.add("value-invalid", r, this.valor, SUM_TOO_LARGE, { found: showCell(raw) });
      return undefined;
    }
    const blank = isBlank(raw);
    this.problems.add(
      "value-invalid",
      r,
      this.valor,
      blank ? "Valor vazio." : `Valor ilegível: "${showCell(raw)}"; escreva como R$ 35.000,00.`,
      { found: blank ? undefined : showCell(raw) },
    );
    return undefined;
  }

  /** Porte (Art. 4: the amount tells which porte the row is paid as). Returns the porte taken as stated. */
  private checkPorte(r: number, raw: CellValue, amount: Cents | undefined, amountPorte: string | undefined) {
    const stated = this.reader.porte(raw);
    const hint = () => (amountPorte ? ` Pelo valor ${formatBrl(amount as Cents)}, seria ${amountPorte}.` : "");
    if (this.sheet.ocr) {
      // OCR text: amounts survive, labels do not. A reading that agrees with the amount is fine.
      const reading = stated ?? readOcrPorte(raw, this.ruleSet);
      if (reading !== undefined && (amountPorte === undefined || reading === amountPorte)) return reading;
      this.problems.add(
        "porte-invalid",
        r,
        this.porteColumn,
        `Porte incerto no texto publicado: "${showCell(raw)}".${hint()}`,
        { found: showCell(raw), suggestion: amountPorte },
      );
      return undefined;
    }
    if (stated === undefined) {
      const blank = isBlank(raw);
      this.problems.add(
        "porte-invalid",
        r,
        this.porteColumn,
        `${blank ? "Porte vazio." : `Porte ilegível: "${showCell(raw)}".`} Use Porte I a Porte VI.${hint()}`,
        { found: blank ? undefined : showCell(raw), suggestion: amountPorte },
      );
    }
    return stated;
  }

  /** Teto MAC (Art. 3): when present, it decides the porte. Returns that porte. */
  private checkTeto(r: number, raw: CellValue, stated: string | undefined): string | undefined {
    if (isBlank(raw)) return undefined;
    const column = this.columns.teto as number;
    const teto = this.reader.amount(raw);
    // Zero is refused as the functions refuse it (readTeto): a Teto MAC zero has no porte, never Porte I.
    if (teto === undefined || teto <= 0) {
      const message =
        teto === undefined
          ? `Teto MAC ilegível: "${showCell(raw)}".`
          : teto === 0
            ? "Teto MAC zero: um Teto MAC zero não tem porte."
            : `Teto MAC negativo: ${formatBrl(teto)}.`;
      this.problems.add("teto-invalid", r, column, message, { found: showCell(raw) });
      return undefined;
    }
    const computed = porteOfTeto(teto, this.ruleSet);
    if (stated !== undefined && computed !== stated) {
      this.problems.add(
        "porte-mismatch",
        r,
        this.porteColumn,
        `Pelo Teto MAC ${formatBrl(teto)} o porte é ${computed} (${this.ruleSet.bands.article}), não ${stated}.`,
        { expected: computed, found: stated },
      );
    }
    return computed;
  }

  /** Valor (Art. 4): the incentive of the row's porte. */
  private checkIncentive(r: number, amount: Cents, porte: string): void {
    const due = this.incentiveOf.get(porte) as Cents;
    if (amount === due) return;
    this.problems.add(
      "value-mismatch",
      r,
      this.valor,
      `O valor ${formatBrl(amount)} não é o incentivo do ${porte}: ${formatBrl(due)} (${this.ruleSet.incentives.article}).`,
      { expected: toDecimalString(due), found: toDecimalString(amount) },
    );
  }

  /** TOTAL and budget (Art. 5). Returns the declared total, when readable. */
  private checkTotal(totalRowIndex: number | undefined): Cents | undefined {
    let declared: Cents | undefined;
    if (totalRowIndex !== undefined) {
      const raw = this.sheet.values[totalRowIndex][this.valor];
      declared = this.reader.amount(raw);
      if (declared === undefined) {
        const blank = isBlank(raw);
        this.problems.add(
          "value-invalid",
          totalRowIndex,
          this.valor,
          blank ? "TOTAL sem valor." : `Valor do TOTAL ilegível: "${showCell(raw)}".`,
          { found: blank ? undefined : showCell(raw) },
        );
      }
    }
    const { budget, id } = this.ruleSet;
    checkSum(this.problems, {
      sum: this.sum,
      sumKnown: this.sumKnown,
      declared,
      totalRowIndex,
      column: this.valor,
      of: "das linhas",
      limit: { name: "limite", amount: budget.amount, article: budget.article, ruleSetId: id },
    });
    return declared;
  }
}
