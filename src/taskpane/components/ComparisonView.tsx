import { Badge, Link, makeStyles, tokens } from "@fluentui/react-components";
import {
  describePlace,
  formatBrl,
  parseDecimalString,
  signedBrl,
  type ComparedCell,
  type ComparedCellKind,
} from "../../rules";
import type { ComparisonResult } from "../files/file-actions";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  totals: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

const KIND_TITLES: ReadonlyArray<[ComparedCellKind, string]> = [
  ["added", "Incluídos"],
  ["porte", "Porte alterado"],
  ["amount", "Valor alterado"],
  ["renamed", "Escritos de outro modo"],
  ["unmatched", "Não identificados no anexo novo"],
];

const money = (value: string | null) => (value === null ? "desconhecido" : formatBrl(parseDecimalString(value)));
const where = (row: { cell: string; line: number | null; page: number | null }) =>
  row.line === null ? `célula ${row.cell}` : describePlace(row.page, row.line);

interface Props {
  result: ComparisonResult;
  /** Selects a changed cell in the compared sheet; absent for a previous result (its cells not linked). */
  onSelectCell?: (cell: string) => void;
}

/** "Comparar com…": the totals, the changed cells of the new annex (each selects its cell) and what it lost. */
export function ComparisonView({ result, onSelectCell }: Props) {
  const styles = useStyles();
  const { comparison, cells, sheetName, previous } = result;
  const removed = comparison.removed;
  const unmatchedBefore = comparison.unmatched.filter((row) => row.side === "before");
  // Rows, not cells: a porte changed marks its porte and its amount.
  const counts: Record<ComparedCellKind, number> = {
    added: comparison.added.length,
    porte: comparison.porteChanged.length,
    amount: comparison.amountChanged.length,
    renamed: comparison.renamed.length,
    unmatched: comparison.unmatched.length - unmatchedBefore.length,
  };
  return (
    <section aria-labelledby="comparacao-titulo">
      <h2 id="comparacao-titulo">Comparação</h2>
      <p>
        Anexo novo: planilha &quot;{sheetName}&quot; · anexo anterior: {previous}
      </p>
      <dl className={styles.totals} aria-label="Totais">
        <dt className={styles.term}>TOTAL anterior</dt>
        <dd className={styles.value}>{money(comparison.totals.before)}</dd>
        <dt className={styles.term}>TOTAL novo</dt>
        <dd className={styles.value}>{money(comparison.totals.after)}</dd>
        <dt className={styles.term}>Diferença</dt>
        <dd className={styles.value}>{signedBrl(comparison.totals.difference)}</dd>
      </dl>
      {comparison.same && <p>Os anexos têm os mesmos municípios, portes e valores.</p>}
      {KIND_TITLES.map(([kind, title]) => (
        <CellGroup
          key={kind}
          title={title}
          count={counts[kind]}
          cells={cells.filter((cell) => cell.kind === kind)}
          onSelectCell={onSelectCell}
        />
      ))}
      {removed.length > 0 && (
        <section aria-label={`Excluídos: ${removed.length}`}>
          <h3>
            Excluídos <Badge color="informative">{removed.length}</Badge>
          </h3>
          <ul className={styles.list} aria-label="Excluídos">
            {removed.map((row) => (
              <li key={row.code} className={styles.item}>
                {row.name} ({row.code}){row.porte ? ` · ${row.porte}` : ""} · {money(row.amount)} · no anexo anterior,{" "}
                {where(row)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {unmatchedBefore.length > 0 && (
        <section aria-label={`Não identificados no anexo anterior: ${unmatchedBefore.length}`}>
          <h3>
            Não identificados no anexo anterior <Badge color="danger">{unmatchedBefore.length}</Badge>
          </h3>
          <ul className={styles.list} aria-label="Não identificados no anexo anterior">
            {unmatchedBefore.map((row, i) => (
              <li key={`${row.cell}-${i}`} className={styles.item}>
                {where(row)}: {row.reason} · {money(row.amount)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function CellGroup({
  title,
  count,
  cells,
  onSelectCell,
}: { title: string; count: number; cells: ComparedCell[] } & Pick<Props, "onSelectCell">) {
  const styles = useStyles();
  if (cells.length === 0) return null;
  return (
    <section aria-label={`${title}: ${count}`}>
      <h3>
        {title} <Badge color={title.startsWith("Não") ? "danger" : "warning"}>{count}</Badge>
      </h3>
      <ul className={styles.list} aria-label={title}>
        {cells.map((cell) => (
          <li key={cell.cell} className={styles.item}>
            {onSelectCell ? (
              <Link as="button" onClick={() => onSelectCell(cell.cell)} aria-label={`Ir para a célula ${cell.cell}`}>
                {cell.cell}
              </Link>
            ) : (
              cell.cell
            )}{" "}
            {cell.label}: {cell.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
