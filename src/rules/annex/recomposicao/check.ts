import { addCents, type Cents } from "../../money/cents";
import { formatBrl, toDecimalString } from "../../money/format";
import { recomposicao as recomposicaoOf } from "../../recomposicao";
import type { RecomposicaoRuleSet } from "../../rule-sets/registry";
import { keepsAfterTransition } from "../../valora";
import { readNature } from "../../nature";
import { unlessRefused } from "../../errors";
import { readAmount } from "../../inputs";
import type { AnnexTable, Header, SummaryFields, TableCheck } from "../kind";
import type { Problems } from "../problems";
import { isBlank, showCell, type CellValue, type Sheet } from "../sheet";
import { walkTable } from "../table-walk";
import { normalizeText } from "../text";
import { addIfSafe, checkSum, SUM_TOO_LARGE, sumFields } from "../totals";
import { MODULE_COLUMNS, PROGRAM_COLUMNS, type RecomposicaoColumn } from "./columns";

/** A group of the summary, under the first spelling met of its name (trimmed, single spaces). */
type Group = { name: string; count: number; sum: Cents };

/** Checks a recomposição table of Res. 7.845/2021 (CNES · Estabelecimento · … · Recomposição). */
export function checkRecomposicaoTable({
  sheet,
  table,
  ruleSet,
  problems,
}: TableCheck<RecomposicaoColumn, RecomposicaoRuleSet>): SummaryFields {
  return new RecomposicaoAnnexCheck(sheet, table, ruleSet, problems).run();
}

/** A total column and the columns it is the sum of (Art. 3: the 2021 programs; the Valora Minas modules). */
interface Composite {
  total: RecomposicaoColumn;
  parts: readonly RecomposicaoColumn[];
  name: string;
}

const PREVISTO: Composite = { total: "previsto", parts: PROGRAM_COLUMNS, name: "Previsto 2021" };
const VALORA: Composite = { total: "valora", parts: MODULE_COLUMNS, name: "Valora Minas" };

class RecomposicaoAnnexCheck {
  private readonly columns: Header<RecomposicaoColumn>["columns"];
  private readonly recomposicaoColumn: number;
  private readonly firstRowOfCnes = new Map<string, number>();
  private readonly byMacro = new Map<string, Group>();
  private readonly byNature = new Map<string, Group>();
  private rows = 0;
  private sum: Cents = 0;
  private sumKnown = true;

  constructor(
    private readonly sheet: Sheet,
    private readonly table: AnnexTable<RecomposicaoColumn>,
    private readonly ruleSet: RecomposicaoRuleSet,
    private readonly problems: Problems,
  ) {
    this.columns = table.header.columns;
    this.recomposicaoColumn = this.columns.recomposicao as number;
  }

  run(): SummaryFields {
    const cnes = this.columns.cnes as number;
    const totalRowIndex = walkTable({
      sheet: this.sheet,
      table: this.table,
      visit: (r, row) => this.checkRow(r, row),
      report: {
        problems: this.problems,
        keyColumn: cnes,
        isDataRow: (row) => !isBlank(row[cnes]) && !isBlank(row[this.recomposicaoColumn]),
      },
    });
    const declared = this.checkTotal(totalRowIndex);
    const groups = (map: Map<string, Group>, macro: boolean) =>
      Object.fromEntries(
        [...map.values()].map((group) => [
          group.name,
          {
            count: group.count,
            sum: toDecimalString(group.sum),
            ...(macro ? { keepsAfterTransition: keepsAfterTransition(group.name, this.ruleSet) } : {}),
          },
        ]),
      );
    return {
      rows: this.rows,
      ...sumFields({ sum: this.sum, sumKnown: this.sumKnown, declared }),
      byMacrorregiao: groups(this.byMacro, true),
      byNatureza: groups(this.byNature, false),
    };
  }

  private checkRow(r: number, row: CellValue[]): void {
    this.rows++;
    this.checkCnes(r, row[this.columns.cnes as number]);
    const previsto = this.readComposite(r, row, PREVISTO);
    const valora = this.readComposite(r, row, VALORA);
    const recomposicao = this.readAmountCell(
      r,
      this.recomposicaoColumn,
      row[this.recomposicaoColumn],
      "Valor da recomposição",
    );
    if (recomposicao === undefined) {
      this.sumKnown = false;
      return;
    }
    const sum = addIfSafe(this.sum, recomposicao);
    if (sum === undefined) {
      this.problems.add("value-invalid", r, this.recomposicaoColumn, SUM_TOO_LARGE, {
        found: showCell(row[this.recomposicaoColumn]),
      });
      this.sumKnown = false;
      return;
    }
    this.sum = sum;
    if (previsto !== undefined && valora !== undefined) {
      const expected = recomposicaoOf(previsto, valora, this.ruleSet);
      if (expected !== recomposicao) {
        this.problems.add(
          "recomposition-mismatch",
          r,
          this.recomposicaoColumn,
          `A recomposição ${formatBrl(recomposicao)} não é ${this.ruleSet.coverage.percent}% de previsto 2021 (${formatBrl(previsto)}) menos Valora Minas (${formatBrl(valora)}): ${formatBrl(expected)} (${this.ruleSet.coverage.article}).`,
          { expected: toDecimalString(expected), found: toDecimalString(recomposicao) },
        );
      }
    }
    this.checkNature(r, row, recomposicao);
    this.count(this.byMacro, this.textOf(row, "macro"), recomposicao);
    this.count(this.byNature, this.textOf(row, "natureza"), recomposicao);
  }

  /** CNES: seven digits, once per annex. A number cell loses leading zeros, so it says how to keep them. */
  private checkCnes(r: number, raw: CellValue): void {
    const column = this.columns.cnes as number;
    const text = showCell(raw);
    if (!/^\d{7}$/.test(text)) {
      const hint =
        typeof raw === "number" && /^\d{1,6}$/.test(text)
          ? " Se o CNES começa com zero, formate a coluna como texto."
          : "";
      this.problems.add(
        "cnes-invalid",
        r,
        column,
        `${isBlank(raw) ? "CNES vazio" : `CNES "${text}" não tem 7 dígitos`}.${hint}`,
        {
          found: isBlank(raw) ? undefined : text,
        },
      );
      return;
    }
    const first = this.firstRowOfCnes.get(text);
    if (first === undefined) {
      this.firstRowOfCnes.set(text, r);
      return;
    }
    this.problems.add(
      "cnes-duplicate",
      r,
      column,
      `O CNES ${text} repete o da célula ${this.problems.address(first, column)}.`,
      {
        found: text,
      },
    );
  }

  /**
   * Previsto 2021 or Valora Minas: the total column, its parts, or both (then the total must be their sum).
   * Undefined when it cannot be known (an unreadable cell, or a total that is not the sum of its parts).
   */
  private readComposite(r: number, row: CellValue[], composite: Composite): Cents | undefined {
    const totalColumn = this.columns[composite.total];
    const partColumns = composite.parts.map((role) => this.columns[role]).filter((c): c is number => c !== undefined);
    let partsSum: Cents | undefined = partColumns.length > 0 ? 0 : undefined;
    for (const column of partColumns) {
      const part = this.readAmountCell(r, column, row[column], "Valor", true);
      const sum = part === undefined || partsSum === undefined ? undefined : addIfSafe(partsSum, part);
      if (sum === undefined && part !== undefined && partsSum !== undefined) {
        this.problems.add("value-invalid", r, column, SUM_TOO_LARGE, { found: showCell(row[column]) });
      }
      partsSum = sum;
    }
    if (totalColumn === undefined) return partsSum;
    const total = this.readAmountCell(r, totalColumn, row[totalColumn], composite.name);
    if (total !== undefined && partsSum !== undefined && total !== partsSum) {
      this.problems.add(
        "components-mismatch",
        r,
        totalColumn,
        `${composite.name} ${formatBrl(total)} não é a soma das suas colunas: ${formatBrl(partsSum)}.`,
        { expected: toDecimalString(partsSum), found: toDecimalString(total) },
      );
      return undefined; // which one is right is unknown: no recomposition-mismatch on top (no cascade)
    }
    return total;
  }

  /** An amount cell; a blank part column counts as zero (a program the hospital did not have). */
  private readAmountCell(
    r: number,
    column: number,
    raw: CellValue,
    what: string,
    blankIsZero = false,
  ): Cents | undefined {
    if (blankIsZero && isBlank(raw)) return 0;
    const cents = unlessRefused(() => readAmount(raw, what));
    if (cents !== undefined && cents >= 0) return cents;
    this.problems.add(
      "value-invalid",
      r,
      column,
      isBlank(raw)
        ? `${what} vazio.`
        : `${what} ilegível ou negativo: "${showCell(raw)}"; escreva como R$ 1.265.443,44.`,
      { found: isBlank(raw) ? undefined : showCell(raw) },
    );
    return undefined;
  }

  /** Art. 2 §1: a recomposição above zero only for public entities and non-profit philanthropic ones. */
  private checkNature(r: number, row: CellValue[], recomposicao: Cents): void {
    const column = this.columns.natureza;
    if (column === undefined || recomposicao === 0) return;
    const nature = showCell(row[column]);
    const { verdict, legalNature } = readNature(nature, this.ruleSet);
    if (verdict === "eligible") return;
    const { article, description } = this.ruleSet.eligibleNatures;
    const found = nature === "" ? undefined : nature;
    const read = legalNature && !nature.includes(legalNature) ? ` (${legalNature})` : "";
    if (verdict === "unconfirmed") {
      this.problems.add(
        "nature-unconfirmed",
        r,
        column,
        `"${nature}"${read} é entidade sem fins lucrativos, mas não diz se é filantrópica: confirme a certificação (CEBAS) antes da recomposição de ${formatBrl(recomposicao)}, que é só para ${description} (${article}).`,
        { found },
      );
      return;
    }
    this.problems.add(
      "nature-ineligible",
      r,
      column,
      `${nature === "" ? "Natureza jurídica vazia" : `"${nature}"${read} não tem direito`}: a recomposição de ${formatBrl(recomposicao)} é só para ${description} (${article}).`,
      { found },
    );
  }

  private textOf(row: CellValue[], role: "macro" | "natureza"): string {
    const column = this.columns[role];
    const text = column === undefined ? "" : showCell(row[column]).replace(/\s+/g, " ");
    return text === "" ? "(não informada)" : text;
  }

  /** Groups by the normalized name: "Leste", "LESTE" and "leste " are one macrorregião. */
  private count(map: Map<string, Group>, name: string, amount: Cents) {
    const key = normalizeText(name);
    let group = map.get(key);
    if (group === undefined) {
      group = { name, count: 0, sum: 0 };
      map.set(key, group);
    }
    group.count++;
    group.sum = addCents(group.sum, amount);
  }

  /** TOTAL and the annual total (Art. 5). */
  private checkTotal(totalRowIndex: number | undefined): Cents | undefined {
    const column = this.recomposicaoColumn;
    const declared =
      totalRowIndex === undefined
        ? undefined
        : this.readAmountCell(totalRowIndex, column, this.sheet.values[totalRowIndex][column], "Valor do TOTAL");
    const { annualTotal, id } = this.ruleSet;
    checkSum(this.problems, {
      sum: this.sum,
      sumKnown: this.sumKnown,
      declared,
      totalRowIndex,
      column,
      of: "das recomposições",
      limit: { name: "total anual", amount: annualTotal.amount, article: annualTotal.article, ruleSetId: id },
    });
    return declared;
  }
}
