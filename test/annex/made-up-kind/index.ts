// A made-up annex kind, as a later resolution's annex would be added: its columns, its rule set, its checks;
// the table walk, the TOTAL check and the report come from src/rules. (Not a real resolution.)
import {
  checkSum,
  formatBrl,
  isBuiltInRuleSet,
  PUBLISHED_RULES,
  readAmount,
  RuleError,
  sumFields,
  toDecimalString,
  walkTable,
  type AnnexKind,
  type Cents,
} from "../../../src/rules";

type Column = "equipe" | "municipio" | "valor";

/** Its "rule set": R$ 10.000,00 per team, at most R$ 50.000,00 in all. */
interface TeamRules {
  id: string;
  perTeam: Cents;
  limit: Cents;
}

export const equipesAnnex: AnnexKind<Column, TeamRules> = {
  id: "equipes",
  name: "anexo de equipes",
  columns: [
    ["equipe", /^equipe$/],
    ["municipio", /^municipio$/],
    ["valor", /^valor$/],
  ],
  required: ["equipe", "valor"],
  ruleSet: (rules, id) => {
    // The kind's own rules; the book is asked only so an unknown id is refused the usual way.
    if (id !== undefined && !isBuiltInRuleSet(id)) rules.porte(id);
    return { id: "equipes-exemplo", perTeam: 1_000_000, limit: 5_000_000 };
  },
  ruleSetId: (ruleSet) => ruleSet.id,
  noHeader: "Cabeçalho não encontrado: o anexo de equipes precisa das colunas Equipe e Valor.",
  emptySummary: { rows: 0, sum: null, declaredTotal: null },
  check: ({ sheet, table, ruleSet, problems }) => {
    const valor = table.header.columns.valor as number;
    let rows = 0;
    let sum: Cents = 0;
    const totalRowIndex = walkTable({
      sheet,
      table,
      report: { problems, keyColumn: table.header.columns.equipe as number, isDataRow: () => false },
      visit: (r, row) => {
        rows++;
        const amount = readAmount(row[valor], "Valor");
        sum += amount;
        if (amount !== ruleSet.perTeam) {
          problems.add(
            "value-mismatch",
            r,
            valor,
            `${formatBrl(amount)} não é ${formatBrl(ruleSet.perTeam)} por equipe.`,
            {
              expected: toDecimalString(ruleSet.perTeam),
              found: toDecimalString(amount),
            },
          );
        }
      },
    });
    const declared = totalRowIndex === undefined ? undefined : readAmount(sheet.values[totalRowIndex][valor], "TOTAL");
    checkSum(problems, {
      sum,
      sumKnown: true,
      declared,
      totalRowIndex,
      column: valor,
      of: "das equipes",
      limit: { name: "limite", amount: ruleSet.limit, article: "Art. 1º", ruleSetId: ruleSet.id },
    });
    return { rows, ...sumFields({ sum, sumKnown: true, declared }) };
  },
};

export { PUBLISHED_RULES, RuleError };
