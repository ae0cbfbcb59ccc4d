import { Button, makeStyles, Radio, RadioGroup, Field, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DraftMode } from "../../rules";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

interface Props {
  busy: boolean;
  onSubmit: (mode: DraftMode) => void;
  onCancel: () => void;
}

/** "Redigir anexo": where the analyst picks formulas or values before the new sheet is made. */
export function DraftPanel({ busy, onSubmit, onCancel }: Props) {
  const styles = useStyles();
  const [mode, setMode] = useState<DraftMode>("formulas");
  return (
    <form
      className={styles.panel}
      aria-label="Redigir anexo"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(mode);
      }}
    >
      <p>
        Selecione a lista (ou abra a planilha dela) com as colunas Município e Teto MAC. O anexo vai para uma planilha
        nova, em ordem alfabética, com TOTAL e resumo por porte; a lista não muda.
      </p>
      <Field label="Conteúdo das células">
        <RadioGroup value={mode} onChange={(_, data) => setMode(data.value as DraftMode)}>
          <Radio value="formulas" label="Fórmulas vivas (=SES.PORTE, =SES.INCENTIVO, soma): acompanham o Teto MAC" />
          <Radio value="values" label="Valores (como na publicação)" />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          Criar anexo
        </Button>
        <Button onClick={onCancel}>Cancelar</Button>
      </div>
    </form>
  );
}
