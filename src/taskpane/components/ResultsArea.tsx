import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Result } from "../session/session";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  previous: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  // Read by screen readers only: the one-line news of a new result.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** One line saying what the result is, for the announcement. */
export function headlineOf(result: Result): string {
  if (result.kind === "draft") {
    const { summary } = result.draft.annex;
    return `Anexo redigido na planilha ${result.draft.sheetName}: ${summary.rows} municípios.`;
  }
  if (result.kind === "rules") {
    const outcome = result.rules;
    if (outcome.action === "saved") return `Regra ${outcome.id} salva na pasta.`;
    if (outcome.action === "imported") {
      return outcome.count === 1 ? "1 regra importada." : `${outcome.count} regras importadas.`;
    }
    return "Regras exportadas em JSON.";
  }
  if (result.kind === "comparison") {
    const { sheetName, previous, comparison } = result.comparison;
    const { added, removed, porteChanged, amountChanged } = comparison;
    const changed = porteChanged.length + amountChanged.length;
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    return `Planilha ${sheetName} comparada com ${previous}: ${count(added.length, "incluído")}, ${count(removed.length, "excluído")}, ${count(changed, "alterado")}.`;
  }
  const { report, sheetName } = result.validation;
  const { errors, warnings } = report.summary;
  return `Planilha ${sheetName} validada: ${errors} ${errors === 1 ? "erro" : "erros"}, ${warnings} ${warnings === 1 ? "aviso" : "avisos"}.`;
}

interface Props {
  current: Result | null;
  previous: Result | null;
  /** The sheet of the current result changed since it was made. */
  stale: boolean;
  /** Draws a result; current is false for the previous one (kept for reading, its cells not linked). */
  render: (result: Result, current: boolean) => ReactNode;
}

/**
 * The one place results appear: each action's result replaces the one before, is scrolled into view and
 * announced; the one before stays reachable under "Resultado anterior".
 */
export function ResultsArea({ current, previous, stale, render }: Props) {
  const styles = useStyles();
  const ref = useRef<HTMLElement>(null);
  const [showPrevious, setShowPrevious] = useState(false);
  const [shownFor, setShownFor] = useState(current);
  if (shownFor !== current) {
    // A new result: the previous one folds away again.
    setShownFor(current);
    setShowPrevious(false);
  }
  useEffect(() => {
    // A statement: recent Chromium returns a promise from scrollIntoView (jsdom has none).
    if (current) ref.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [current]);
  return (
    <section ref={ref} aria-labelledby="resultado-titulo" className={styles.area} data-results="">
      <h2 id="resultado-titulo" className={current ? undefined : styles.hidden}>
        Resultado
      </h2>
      <p role="status" aria-live="polite" className={styles.hidden}>
        {current ? headlineOf(current) : ""}
      </p>
      {current && stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            A planilha mudou desde este resultado: ele pode não corresponder mais a ela. Valide (ou redija) de novo.
          </MessageBarBody>
        </MessageBar>
      )}
      {current && render(current, true)}
      {previous && (
        <div className={styles.previous}>
          <Button appearance="subtle" aria-expanded={showPrevious} onClick={() => setShowPrevious(!showPrevious)}>
            {showPrevious ? "Ocultar o resultado anterior" : "Resultado anterior"}
          </Button>
          {showPrevious && (
            <section aria-label={`Resultado anterior: ${headlineOf(previous)}`}>
              <p>{headlineOf(previous)}</p>
              {render(previous, false)}
            </section>
          )}
        </div>
      )}
    </section>
  );
}
