import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { formatBrl, parseDecimalString, type Report, type RuleBook } from "../../rules";
import { BarChart } from "./BarChart";
import { Truncated } from "./Inline";

const useStyles = makeStyles({
  figures: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", minWidth: 0 },
  amount: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", textAlign: "right" },
  // The chart and its table side by side when there is room, the table under the chart otherwise.
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-start", minWidth: 0 },
  part: { flex: "1 1 14rem", minWidth: 0 },
  // Fixed columns: a long name is cut (Truncated), the counts and amounts keep their width.
  table: { tableLayout: "fixed", width: "100%" },
  countColumn: { width: "4.5rem" },
  amountColumn: { width: "8.5rem" },
  cellLines: { display: "flex", flexDirection: "column", minWidth: 0, padding: `${tokens.spacingVerticalXXS} 0` },
  after: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  valid: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  invalid: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const money = (value: string | null, absent: string) =>
  value === null ? absent : formatBrl(parseDecimalString(value));
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Rows, errors and warnings, the sum against the declared TOTAL and the budget, and the rows by porte. */
export function SummaryView({
  report,
  sheetName,
  rules,
  current = true,
}: {
  report: Report;
  sheetName: string;
  rules: RuleBook;
  current?: boolean;
}) {
  const styles = useStyles();
  const { summary } = report;
  const budget =
    report.kind === "porte" ? rules.porte(report.ruleSet).budget : rules.recomposicao(report.ruleSet).annualTotal;
  const portes = Object.entries(summary.byPorte ?? {});
  // The current result keeps the ids it always had (the bench and the help link to them); an older one, its own.
  const generated = useId();
  const id = current ? "resumo-titulo" : generated;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Resumo</h2>
      <p role="status" className={report.valid ? styles.valid : styles.invalid}>
        {report.valid ? "Anexo sem erros" : "Anexo com erros"}: {plural(summary.errors, "erro", "erros")},{" "}
        {plural(summary.warnings, "aviso", "avisos")}.
      </p>
      <dl className={styles.figures}>
        <dt className={styles.term}>Planilha</dt>
        <dd className={styles.value}>{sheetName}</dd>
        <dt className={styles.term}>Linhas</dt>
        <dd className={styles.value}>{summary.rows}</dd>
        <dt className={styles.term}>Soma das linhas</dt>
        <dd className={mergeClasses(styles.value, styles.amount)}>{money(summary.sum, "desconhecida")}</dd>
        <dt className={styles.term}>TOTAL declarado</dt>
        <dd className={mergeClasses(styles.value, styles.amount)}>{money(summary.declaredTotal, "ausente")}</dd>
        <dt className={styles.term}>{report.kind === "porte" ? "Limite" : "Total anual"}</dt>
        <dd className={styles.value}>
          <span className={styles.amount}>{formatBrl(budget.amount)}</span> ({budget.article} da Res. {report.ruleSet})
        </dd>
      </dl>
      {summary.sumNote && <p>{summary.sumNote}</p>}
      <GroupTable title="Por macrorregião" groups={summary.byMacrorregiao} />
      <GroupTable title="Por natureza jurídica" groups={summary.byNatureza} />
      {portes.length > 0 && (
        <div className={styles.group}>
          <div className={styles.part}>
            <BarChart
              title="Soma por porte"
              bars={portes.map(([numeral, group]) => ({
                label: `Porte ${numeral}`,
                count: group.count,
                amount: group.sum === null ? 0 : parseDecimalString(group.sum),
              }))}
            />
          </div>
          <div className={styles.part}>
            <Table size="small" aria-label="Linhas e soma por porte" className={styles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Porte</TableHeaderCell>
                  <TableHeaderCell className={styles.countColumn}>Linhas</TableHeaderCell>
                  <TableHeaderCell className={styles.amountColumn}>Soma</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {portes.map(([numeral, group]) => (
                  <TableRow key={numeral}>
                    <TableCell>Porte {numeral}</TableCell>
                    <TableCell>{group.count}</TableCell>
                    <TableCell className={styles.amount}>{money(group.sum, "")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </div>
      )}
    </section>
  );
}

/** Rows and recomposição by macrorregião or natureza jurídica (recomposição annexes). */
function GroupTable({ title, groups }: { title: string; groups: Report["summary"]["byMacrorregiao"] }) {
  const styles = useStyles();
  const entries = Object.entries(groups ?? {});
  if (entries.length === 0) return null;
  const marksAfter = entries.some(([, group]) => group.keepsAfterTransition !== undefined);
  return (
    <div className={styles.group}>
      <div className={styles.part}>
        <BarChart
          title={`Recomposição ${title.toLocaleLowerCase("pt-BR").replace("por ", "por ")}`}
          bars={entries.map(([name, group]) => ({
            label: name,
            count: group.count,
            amount: parseDecimalString(group.sum),
          }))}
        />
      </div>
      <div className={styles.part}>
        <Table size="small" aria-label={title} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>
                {title.replace("Por ", "").replace(/^./, (c) => c.toUpperCase())}
                {marksAfter && " (após a transição, Art. 4º)"}
              </TableHeaderCell>
              <TableHeaderCell className={styles.countColumn}>Hospitais</TableHeaderCell>
              <TableHeaderCell className={styles.amountColumn}>Recomposição</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map(([name, group]) => (
              <TableRow key={name}>
                <TableCell>
                  {/* A cell holds one line each: the name (cut when long), then whether it goes on after the transition. */}
                  <span className={styles.cellLines}>
                    <Truncated text={name} />
                    {marksAfter && (
                      <span className={styles.after}>{group.keepsAfterTransition ? "continua" : "termina"}</span>
                    )}
                  </span>
                </TableCell>
                <TableCell>{group.count}</TableCell>
                <TableCell className={styles.amount}>{formatBrl(parseDecimalString(group.sum))}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
