import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  busy: boolean;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

/** Where the analyst pastes the annex copied from the Diário's PDF. */
export function PastePanel({ busy, onSubmit, onCancel }: Props) {
  const styles = useStyles();
  const [text, setText] = useState("");
  return (
    <form
      className={styles.panel}
      aria-label="Colar texto publicado"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(text);
      }}
    >
      <Field
        label="Texto do anexo copiado do PDF"
        hint="Do cabeçalho (Nº Município Porte R$) até o TOTAL. Uma planilha nova é criada; as suas não mudam."
      >
        <Textarea value={text} onChange={(_, data) => setText(data.value)} rows={8} resize="vertical" />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || text.trim() === ""}>
          Criar planilha e validar
        </Button>
        <Button onClick={onCancel}>Cancelar</Button>
      </div>
    </form>
  );
}
