import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { BarChart } from "./BarChart";
import { formatBrl } from "../../rules";
import type { Draft } from "../annex-actions";

const useStyles = makeStyles({
  figures: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", minWidth: 0 },
  amount: { whiteSpace: "nowrap" },
});

/** What was drafted: the figures of the new sheet and the text of Art. 3, 4 and 5, ready to copy. */
export function DraftResult({
  draft,
  copy,
  current = true,
}: {
  draft: Draft;
  copy: (text: string) => Promise<void>;
  current?: boolean;
}) {
  const styles = useStyles();
  const [copied, setCopied] = useState<string | null>(null);
  const { summary, excluded } = draft.annex;
  const within = summary.total <= summary.budget;
  // The current result keeps the ids it always had (the bench and the help link to them); an older one, its own.
  const generated = useId();
  const id = current ? "rascunho-titulo" : generated;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Anexo redigido</h2>
      <dl className={styles.figures}>
        <dt className={styles.term}>Planilha</dt>
        <dd className={styles.value}>{draft.sheetName}</dd>
        <dt className={styles.term}>Municípios</dt>
        <dd className={styles.value}>{summary.rows}</dd>
        {summary.byPorte.map((group) => (
          <div key={group.porte} style={{ display: "contents" }}>
            <dt className={styles.term}>Porte {group.porte}</dt>
            <dd className={styles.value}>
              {group.count} · <span className={styles.amount}>{formatBrl(group.sum)}</span>
            </dd>
          </div>
        ))}
        <dt className={styles.term}>TOTAL</dt>
        <dd className={styles.value}>
          <span className={styles.amount}>{formatBrl(summary.total)}</span>
        </dd>
        <dt className={styles.term}>Limite</dt>
        <dd className={styles.value}>
          <span className={styles.amount}>{formatBrl(summary.budget)}</span> ·{" "}
          {within ? "dentro do limite" : `acima do limite em ${formatBrl(summary.total - summary.budget)}`}
        </dd>
      </dl>
      <BarChart
        title="Valor por porte"
        bars={summary.byPorte.map((group) => ({
          label: `Porte ${group.porte}`,
          count: group.count,
          amount: group.sum,
        }))}
      />
      {draft.chart && <p>Gráfico do Excel com o valor por porte adicionado ao lado do anexo.</p>}
      {excluded.length > 0 && <p>Fora do anexo, pela resolução: {excluded.join(", ")}.</p>}
      <Field label="Texto dos artigos (Art. 3º, 4º e 5º)">
        <Textarea value={draft.articles} readOnly rows={10} resize="vertical" />
      </Field>
      <Button
        onClick={async () => {
          try {
            await copy(draft.articles);
            setCopied("Texto copiado.");
          } catch {
            setCopied("Não foi possível copiar: selecione o texto acima e copie com Ctrl+C.");
          }
        }}
      >
        Copiar artigos
      </Button>
      {copied && <p role="status">{copied}</p>}
    </section>
  );
}
