import { RuleError } from "../errors";
import { subtractCents, type Cents } from "../money/cents";
import { toDecimalString } from "../money/format";
import { ANNEX_KINDS } from "../annex/kinds";
import type { Sheet } from "../annex/sheet";
import { normalizeText } from "../annex/text";
import type { Change, ComparedRow, Comparison } from "./report";
import { readAnnexRows, type AnnexRow, type AnnexRows, type ReadAnnexRowsOptions } from "./rows";

/** A sheet to compare: its cells, and how the report names it. */
export interface CompareSide {
  sheet: Sheet;
  file?: string | null;
}

export type CompareOptions = Omit<ReadAnnexRowsOptions, "label">;

/**
 * Compares two annexes (a previous one and a new one) of the same kind: porte annexes by the IBGE code of each
 * municipality, recomposição annexes by CNES. A municipality written another way (an old spelling, an OCR
 * slip) is the same municipality; a row that cannot be identified is listed, never dropped.
 */
export function compareAnnexes(before: CompareSide, after: CompareSide, options: CompareOptions = {}): Comparison {
  const previous = readAnnexRows(before.sheet, { ...options, label: "no anexo anterior" });
  const next = readAnnexRows(after.sheet, { ...options, label: "no anexo novo" });
  return compareRows({ ...before, rows: previous }, { ...after, rows: next });
}

/** compareAnnexes on rows already read (readAnnexRows): the CLI also lays out the new annex's rows. */
export function compareRows(
  before: CompareSide & { rows: AnnexRows },
  after: CompareSide & { rows: AnnexRows },
): Comparison {
  const previous = before.rows;
  const next = after.rows;
  if (previous.kind !== next.kind) {
    const name = (id: string) => ANNEX_KINDS.find((kind) => kind.id === id)?.name ?? id;
    throw new RuleError(
      "invalid",
      `O anexo anterior é um ${name(previous.kind)} e o novo um ${name(next.kind)}: só se comparam anexos do mesmo tipo.`,
    );
  }
  const beforeByKey = keyed(previous.rows);
  const afterByKey = keyed(next.rows);
  const added: ComparedRow[] = [];
  const porteChanged: Change[] = [];
  const amountChanged: Change[] = [];
  const renamed: Comparison["renamed"] = [];
  for (const row of next.rows) {
    if (row.key === null) continue;
    const old = beforeByKey.get(row.key);
    if (old === undefined) {
      added.push(compared(row));
      continue;
    }
    if (normalizeText(old.written) !== normalizeText(row.written)) {
      renamed.push({ code: row.key, name: row.name as string, before: old.written, after: row.written });
    }
    const change = (): Change => ({
      code: row.key as string,
      name: row.name as string,
      before: compared(old),
      after: compared(row),
      difference: difference(old.amount, row.amount),
    });
    if (old.porte !== row.porte) porteChanged.push(change());
    else if (old.amount !== row.amount) amountChanged.push(change());
  }
  const removed = previous.rows.filter((row) => row.key !== null && !afterByKey.has(row.key)).map(compared);
  const sides = [
    ["before", previous.rows],
    ["after", next.rows],
  ] as const;
  const approximate = sides.flatMap(([side, rows]) =>
    rows
      .filter((row) => row.approximate)
      .map((row) => ({ side, code: row.key as string, name: row.name as string, written: row.written, ...row.place })),
  );
  const unmatched = sides.flatMap(([side, rows]) =>
    rows
      .filter((row) => row.unmatched !== null)
      .map((row) => ({
        side,
        written: row.written,
        porte: row.porte,
        amount: money(row.amount),
        reason: row.unmatched as string,
        ...row.place,
      })),
  );
  return {
    kind: next.kind,
    before: side(before, previous),
    after: side(after, next),
    added,
    removed,
    porteChanged,
    amountChanged,
    renamed,
    approximate,
    unmatched,
    totals: { before: money(previous.sum), after: money(next.sum), difference: difference(previous.sum, next.sum) },
    same: [added, removed, porteChanged, amountChanged, unmatched].every((list) => list.length === 0),
  };
}

function keyed(rows: readonly AnnexRow[]): Map<string, AnnexRow> {
  const map = new Map<string, AnnexRow>();
  for (const row of rows) if (row.key !== null) map.set(row.key, row);
  return map;
}

const money = (cents: Cents | null) => (cents === null ? null : toDecimalString(cents));

function difference(before: Cents | null, after: Cents | null): string | null {
  return before === null || after === null ? null : toDecimalString(subtractCents(after, before));
}

function compared(row: AnnexRow): ComparedRow {
  return {
    code: row.key as string,
    name: row.name as string,
    written: row.written,
    porte: row.porte,
    amount: money(row.amount),
    ...row.place,
  };
}

function side({ sheet, file }: CompareSide, rows: AnnexRows): Comparison["before"] {
  return {
    file: file ?? null,
    sheet: sheet.name ?? null,
    annex: rows.annex,
    title: rows.title,
    ruleSet: rows.ruleSet,
    rows: rows.rows.length,
    sum: money(rows.sum),
    declaredTotal: money(rows.declaredTotal),
  };
}
