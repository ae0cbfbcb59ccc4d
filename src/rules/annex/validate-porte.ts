import { unlessRefused } from "../errors";
import { readAmount } from "../inputs";
import { addCents, type Cents } from "../money/cents";
import { formatBrl, toDecimalString } from "../money/format";
import { porte as porteOfTeto, porteNumeral } from "../porte";
import { porteRuleSet, type PorteRuleSet } from "../rule-sets/registry";
import { findHeader, HEADER_SEARCH_ROWS, type Header } from "./header";
import { closestMunicipality, municipalityKey, officialMunicipality } from "./municipalities";
import { readOcrPorte, readPorte } from "./porte-reading";
import { PROBLEM_SEVERITY, type Problem, type ProblemCode, type Report } from "./report";
import { columnLetters, isBlank, parseA1, showCell, type CellValue, type Sheet } from "./sheet";
import { normalizeText } from "./text";

export interface ValidateOptions {
  ruleSet?: PorteRuleSet;
  /** File name for the report. */
  file?: string | null;
}

type Extra = Pick<Problem, "expected" | "found" | "suggestion">;

/**
 * Problems found so far. Each check runs once per cell, so the same code is never reported twice for
 * the same cell (a property test holds this over random sheets) without paying for a lookup per problem.
 */
class Problems {
  readonly list: Problem[] = [];

  constructor(
    private readonly originRow: number,
    private readonly originColumn: number,
  ) {}

  add(code: ProblemCode, at: [rowIndex: number, columnIndex: number] | null, message: string, extra: Extra = {}) {
    const row = at ? this.originRow + at[0] : null;
    const column = at ? columnLetters(this.originColumn + at[1]) : null;
    const cell = at ? `${column}${row}` : null;
    const problem: Problem = { code, severity: PROBLEM_SEVERITY[code], cell, row, column, message };
    if (extra.expected !== undefined) problem.expected = extra.expected;
    if (extra.found !== undefined) problem.found = extra.found;
    if (extra.suggestion !== undefined) problem.suggestion = extra.suggestion;
    this.list.push(problem);
  }

  address(rowIndex: number, columnIndex: number): string {
    return `${columnLetters(this.originColumn + columnIndex)}${this.originRow + rowIndex}`;
  }
}

/** Reads of the cells that repeat down an annex ("R$ 35.000,00", "Porte I", a name), done once each. */
class CellReader {
  private readonly amounts = new Map<string, Cents | undefined>();
  private readonly portes = new Map<string, string | undefined>();
  private readonly keys = new Map<string, string>();

  constructor(private readonly ruleSet: PorteRuleSet) {}

  amount(value: CellValue): Cents | undefined {
    if (typeof value === "number") return readAmountOrUndefined(value);
    const text = typeof value === "string" ? value : showCell(value);
    if (!this.amounts.has(text)) this.amounts.set(text, readAmountOrUndefined(value));
    return this.amounts.get(text);
  }

  porte(value: CellValue): string | undefined {
    if (typeof value !== "string") return readPorte(value, this.ruleSet);
    if (!this.portes.has(value)) this.portes.set(value, readPorte(value, this.ruleSet));
    return this.portes.get(value);
  }

  municipalityKey(value: CellValue): string {
    const text = showCell(value);
    let key = this.keys.get(text);
    if (key === undefined) {
      key = municipalityKey(text);
      this.keys.set(text, key);
    }
    return key;
  }
}

function readAmountOrUndefined(value: CellValue): Cents | undefined {
  return unlessRefused(() => readAmount(value, "Valor"));
}

function readNumber(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** The row whose first non-empty text cell reads TOTAL, in any case. */
function isTotalRow(row: readonly CellValue[]): boolean {
  for (const cell of row) {
    if (typeof cell !== "string") continue;
    const text = cell.trim();
    if (text !== "") return text.length === 5 && text.toUpperCase() === "TOTAL";
  }
  return false;
}

/** Checks a porte annex (Nº · Município · Porte · Valor, optionally Teto MAC) against its rule set. */
export function validatePorteAnnex(sheet: Sheet, options: ValidateOptions = {}): Report {
  const ruleSet = options.ruleSet ?? porteRuleSet();
  const origin = parseA1(sheet.origin ?? "A1");
  const problems = new Problems(origin.row, origin.column);
  const header = findHeader(sheet.values);
  const report = (rows: number, summary: Partial<Report["summary"]> = {}): Report => {
    const errors = problems.list.filter((problem) => problem.severity === "error").length;
    return {
      file: options.file ?? null,
      sheet: sheet.name ?? null,
      kind: "porte",
      ruleSet: ruleSet.id,
      valid: errors === 0,
      summary: {
        rows,
        errors,
        warnings: problems.list.length - errors,
        sum: null,
        declaredTotal: null,
        byPorte: {},
        ...summary,
      },
      problems: problems.list,
    };
  };
  if (!header) {
    problems.add(
      "header-not-found",
      null,
      `Cabeçalho não encontrado nas ${HEADER_SEARCH_ROWS} primeiras linhas: o anexo precisa ao menos das colunas Município, Porte e Valor (ou R$).`,
    );
    return report(0);
  }
  return checkRows(sheet, header, ruleSet, problems, report);
}

function checkRows(
  sheet: Sheet,
  header: Header,
  ruleSet: PorteRuleSet,
  problems: Problems,
  report: (rows: number, summary: Partial<Report["summary"]>) => Report,
): Report {
  const { values } = sheet;
  const columns = header.columns;
  const valor = columns.valor as number;
  const reader = new CellReader(ruleSet);
  const porteByIncentive = new Map(Object.entries(ruleSet.incentives.items).map(([porte, cents]) => [cents, porte]));
  const excluded = new Set(ruleSet.excludedMunicipalities.names.map(normalizeText));
  const firstSeen = new Map<string, number>(); // municipality key → row index where it first appears
  const byPorte = new Map<string, { count: number; sum: Cents }>(
    ruleSet.porteLabels.map((label) => [label, { count: 0, sum: 0 }]),
  );

  let rows = 0;
  let sum: Cents = 0;
  let sumKnown = true;
  let totalRowIndex: number | undefined;
  let previousNumber: number | undefined;
  let lastAccepted: { number: number; position: number } | undefined;

  for (let r = header.rowIndex + 1; r < values.length; r++) {
    const row = values[r];
    if (isTotalRow(row)) {
      totalRowIndex = r;
      break;
    }
    if (row.every(isBlank)) continue;
    const position = ++rows;

    // Nº: a skipped, repeated or lost number is reported once, not on every later row.
    if (columns.numero !== undefined) {
      const raw = row[columns.numero];
      const number = readNumber(raw);
      const expected = lastAccepted ? lastAccepted.number + (position - lastAccepted.position) : position;
      const follows =
        number !== undefined &&
        (number === expected || (previousNumber !== undefined && number === previousNumber + 1));
      if (follows) {
        lastAccepted = { number: number as number, position };
      } else {
        const what =
          number === undefined
            ? isBlank(raw)
              ? "Nº vazio"
              : `Nº ilegível: "${showCell(raw)}"`
            : `Nº ${number} fora de sequência`;
        problems.add("sequence-break", [r, columns.numero], `${what}; esperado ${expected}.`, {
          expected: String(expected),
          ...(isBlank(raw) ? {} : { found: showCell(raw) }),
        });
      }
      previousNumber = number;
    }

    // Município (Art. 2 of 5.978/2017 for the exclusion).
    if (columns.municipio !== undefined) {
      const raw = row[columns.municipio];
      const at: [number, number] = [r, columns.municipio];
      if (isBlank(raw)) {
        problems.add("municipality-missing", at, "Município vazio.");
      } else {
        const key = reader.municipalityKey(raw);
        const name = showCell(raw);
        const first = firstSeen.get(key);
        if (first !== undefined) {
          const firstCell = problems.address(first, columns.municipio);
          problems.add("municipality-duplicate", at, `"${name}" repete o município da célula ${firstCell}.`, {
            found: name,
          });
        } else {
          firstSeen.set(key, r);
          if (excluded.has(key)) {
            problems.add(
              "municipality-excluded",
              at,
              `${name} não é beneficiário: ${ruleSet.excludedMunicipalities.article} da Res. ${ruleSet.id}.`,
              { found: name },
            );
          } else if (officialMunicipality(key) === undefined) {
            const suggestion = closestMunicipality(key);
            problems.add(
              "municipality-unknown",
              at,
              `"${name}" não é um município de Minas Gerais (IBGE)${suggestion ? `; talvez "${suggestion}"` : ""}.`,
              { found: name, ...(suggestion ? { suggestion } : {}) },
            );
          }
        }
      }
    }

    // Valor.
    const rawAmount = row[valor];
    const amount = reader.amount(rawAmount);
    if (amount === undefined) {
      sumKnown = false;
      problems.add(
        "value-invalid",
        [r, valor],
        isBlank(rawAmount) ? "Valor vazio." : `Valor ilegível: "${showCell(rawAmount)}"; escreva como R$ 35.000,00.`,
        isBlank(rawAmount) ? {} : { found: showCell(rawAmount) },
      );
    } else {
      sum = addCents(sum, amount);
    }
    const amountPorte = amount === undefined ? undefined : porteByIncentive.get(amount);

    // Porte (Art. 4: the amount tells which porte the row is paid as).
    const porteColumn = columns.porte as number;
    const rawPorte = row[porteColumn];
    let stated = reader.porte(rawPorte);
    const hint = () => (amountPorte ? ` Pelo valor ${formatBrl(amount as Cents)}, seria ${amountPorte}.` : "");
    if (sheet.ocr) {
      // OCR text: amounts survive, labels do not. A reading that agrees with the amount is fine.
      const reading = stated ?? readOcrPorte(rawPorte, ruleSet);
      if (reading !== undefined && (amountPorte === undefined || reading === amountPorte)) {
        stated = reading;
      } else {
        stated = undefined;
        problems.add(
          "porte-invalid",
          [r, porteColumn],
          `Porte incerto no texto publicado: "${showCell(rawPorte)}".${hint()}`,
          {
            found: showCell(rawPorte),
            suggestion: amountPorte,
          },
        );
      }
    } else if (stated === undefined) {
      problems.add(
        "porte-invalid",
        [r, porteColumn],
        `${isBlank(rawPorte) ? "Porte vazio." : `Porte ilegível: "${showCell(rawPorte)}".`} Use Porte I a Porte VI.${hint()}`,
        { found: isBlank(rawPorte) ? undefined : showCell(rawPorte), suggestion: amountPorte },
      );
    }

    // Teto MAC (Art. 3): when present, it decides the porte.
    let computed: string | undefined;
    if (columns.teto !== undefined && !isBlank(row[columns.teto])) {
      const rawTeto = row[columns.teto];
      const teto = reader.amount(rawTeto);
      if (teto === undefined || teto < 0) {
        problems.add(
          "teto-invalid",
          [r, columns.teto],
          teto === undefined ? `Teto MAC ilegível: "${showCell(rawTeto)}".` : `Teto MAC negativo: ${formatBrl(teto)}.`,
          { found: showCell(rawTeto) },
        );
      } else {
        computed = porteOfTeto(teto, ruleSet);
        if (stated !== undefined && computed !== stated) {
          problems.add(
            "porte-mismatch",
            [r, porteColumn],
            `Pelo Teto MAC ${formatBrl(teto)} o porte é ${computed} (${ruleSet.bands.article}), não ${stated}.`,
            { expected: computed, found: stated },
          );
        }
      }
    }

    if (stated !== undefined && amount !== undefined) {
      const due = ruleSet.incentives.items[computed ?? stated];
      if (amount !== due) {
        problems.add(
          "value-mismatch",
          [r, valor],
          `O valor ${formatBrl(amount)} não é o incentivo do ${computed ?? stated}: ${formatBrl(due)} (${ruleSet.incentives.article}).`,
          { expected: toDecimalString(due), found: toDecimalString(amount) },
        );
      }
    }

    const paidAs = amountPorte ?? stated;
    if (paidAs !== undefined && amount !== undefined) {
      const group = byPorte.get(paidAs) as { count: number; sum: Cents };
      group.count++;
      group.sum = addCents(group.sum, amount);
    }
  }

  // TOTAL and budget (Art. 5).
  let declared: Cents | undefined;
  if (totalRowIndex === undefined) {
    problems.add("total-missing", null, "Não há linha TOTAL: a soma não pôde ser conferida com o total declarado.");
  } else {
    const rawTotal = values[totalRowIndex][valor];
    declared = reader.amount(rawTotal);
    if (declared === undefined) {
      problems.add(
        "value-invalid",
        [totalRowIndex, valor],
        isBlank(rawTotal) ? "TOTAL sem valor." : `Valor do TOTAL ilegível: "${showCell(rawTotal)}".`,
        isBlank(rawTotal) ? {} : { found: showCell(rawTotal) },
      );
    }
  }
  const totalCell: [number, number] | null = totalRowIndex === undefined ? null : [totalRowIndex, valor];
  let sumNote: string | undefined;
  if (!sumKnown) {
    sumNote =
      "A soma não foi calculada porque há valores ilegíveis (value-invalid); por isso o TOTAL e o limite não foram conferidos.";
  } else {
    if (declared !== undefined && declared !== sum) {
      problems.add(
        "total-mismatch",
        totalCell,
        `O TOTAL declarado, ${formatBrl(declared)}, não é a soma das linhas: ${formatBrl(sum)}.`,
        {
          expected: toDecimalString(sum),
          found: toDecimalString(declared),
        },
      );
    }
    if (sum > ruleSet.budget.amount) {
      problems.add(
        "budget-exceeded",
        totalCell,
        `A soma, ${formatBrl(sum)}, passa do limite de ${formatBrl(ruleSet.budget.amount)} (${ruleSet.budget.article} da Res. ${ruleSet.id}).`,
        { expected: toDecimalString(ruleSet.budget.amount), found: toDecimalString(sum) },
      );
    }
  }

  return report(rows, {
    sum: sumKnown ? toDecimalString(sum) : null,
    declaredTotal: declared === undefined ? null : toDecimalString(declared),
    ...(sumNote ? { sumNote } : {}),
    byPorte: Object.fromEntries(
      [...byPorte]
        .filter(([, group]) => group.count > 0)
        .map(([label, group]) => [porteNumeral(label), { count: group.count, sum: toDecimalString(group.sum) }]),
    ),
  });
}
