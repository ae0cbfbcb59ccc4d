import { Button, Field, Input, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DraftMode } from "../../rules";
import type { DraftRequest } from "../annex-actions";
import { Check } from "./NativeControls";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  field: { flex: "1 1 7rem", minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  busy: boolean;
  onSubmit: (request: DraftRequest) => void;
  onCancel: () => void;
}

/**
 * "Redigir anexo": formulas or values, the new resolution's number, year and competência (what is left blank
 * stays a placeholder in brackets), and an Excel chart per porte if wanted, before the new sheet is made.
 */
export function DraftPanel({ busy, onSubmit, onCancel }: Props) {
  const styles = useStyles();
  const thisYear = new Date().getFullYear();
  const [mode, setMode] = useState<DraftMode>("formulas");
  const [number, setNumber] = useState("");
  const [year, setYear] = useState(String(thisYear));
  const [competencia, setCompetencia] = useState("");
  const [chart, setChart] = useState(false);
  const yearValue = Number(year);
  const yearError = /^\d{4}$/.test(year.trim()) ? undefined : "Ano com quatro algarismos, como 2026.";
  return (
    <form
      className={styles.panel}
      aria-label="Redigir anexo"
      onSubmit={(event) => {
        event.preventDefault();
        if (yearError) return;
        onSubmit({ mode, chart, resolution: { number, year: yearValue, competencia } });
      }}
    >
      <p>
        Selecione a lista (ou abra a planilha dela) com as colunas Município e Teto MAC. O anexo vai para uma planilha
        nova, em ordem alfabética, com TOTAL e resumo por porte; a lista não muda.
      </p>
      <div className={styles.row} role="group" aria-label="Nova resolução">
        <Field className={styles.field} label="Número da resolução" hint="vazio: [número]">
          <Input className={styles.input} value={number} onChange={(_, data) => setNumber(data.value)} />
        </Field>
        <Field
          className={styles.field}
          label="Ano"
          validationState={yearError ? "error" : "none"}
          validationMessage={yearError}
        >
          <Input
            className={styles.input}
            value={year}
            inputMode="numeric"
            onChange={(_, data) => setYear(data.value)}
          />
        </Field>
        <Field className={styles.field} label="Competência" hint={`vazio: ${year.trim() || thisYear}`}>
          <Input className={styles.input} value={competencia} onChange={(_, data) => setCompetencia(data.value)} />
        </Field>
      </div>
      <Field label="Conteúdo das células">
        <RadioGroup value={mode} onChange={(_, data) => setMode(data.value as DraftMode)}>
          <Radio value="formulas" label="Fórmulas vivas (=SES.PORTE, =SES.INCENTIVO, soma): acompanham o Teto MAC" />
          <Radio value="values" label="Valores (como na publicação)" />
        </RadioGroup>
      </Field>
      <Check checked={chart} onChange={setChart} label="Adicionar um gráfico do Excel com o valor por porte" />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          Criar anexo
        </Button>
        <Button onClick={onCancel}>Cancelar</Button>
      </div>
    </form>
  );
}
