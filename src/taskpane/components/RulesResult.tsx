import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RulesOutcome } from "../session/session";

const useStyles = makeStyles({
  result: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
});

interface Props {
  outcome: RulesOutcome;
  /** Puts text on the clipboard. */
  copy: (text: string) => Promise<void>;
}

/** What "Regras" did, in the results area: a rule set saved, rule sets imported, or the exported JSON. */
export function RulesResult({ outcome, copy }: Props) {
  const styles = useStyles();
  const [copied, setCopied] = useState<string | null>(null);
  if (outcome.action === "saved") return <p>Regra {outcome.id} salva na pasta de trabalho e escolhida.</p>;
  if (outcome.action === "imported") {
    return (
      <p>
        {outcome.count === 1 ? "1 regra importada" : `${outcome.count} regras importadas`} para a pasta de trabalho.
      </p>
    );
  }
  return (
    <div className={styles.result}>
      <Field label="Regras em JSON (copiadas; use com anexos --regra-arquivo)">
        <Textarea value={outcome.json} readOnly rows={6} />
      </Field>
      <Button
        onClick={async () => {
          try {
            await copy(outcome.json);
            setCopied("JSON copiado.");
          } catch {
            setCopied("Não foi possível copiar: selecione o texto acima e copie com Ctrl+C.");
          }
        }}
      >
        Copiar JSON
      </Button>
      {copied && <p role="status">{copied}</p>}
    </div>
  );
}
