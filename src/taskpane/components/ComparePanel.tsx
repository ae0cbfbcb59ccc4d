import { Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { AnnexFile, CompareSource } from "../files/file-actions";
import { annexFileOf } from "./OpenPdfButton";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  busy: boolean;
  /** The other sheets of the workbook, offered as the previous annex. */
  sheets: readonly string[];
  onCompare: (source: CompareSource) => void;
  onCancel: () => void;
}

/** "Comparar com…": the annex on the active sheet (the new one) against a sheet of the workbook or a file. */
export function ComparePanel({ busy, sheets, onCompare, onCancel }: Props) {
  const styles = useStyles();
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const chosen = sheet !== undefined && sheets.includes(sheet) ? sheet : undefined;
  const compareFile = (file: AnnexFile) => onCompare({ file });
  return (
    <form
      className={styles.panel}
      aria-label="Comparar com…"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== undefined) onCompare({ sheet: chosen });
      }}
    >
      <p>
        O anexo da planilha ativa é o novo; escolha o anexo anterior. As células que mudaram são marcadas; os valores
        não mudam.
      </p>
      <Field label="Anexo anterior: planilha desta pasta">
        <Dropdown
          placeholder={sheets.length === 0 ? "Nenhuma outra planilha" : "Escolha a planilha"}
          value={chosen ?? ""}
          selectedOptions={chosen === undefined ? [] : [chosen]}
          onOptionSelect={(_, data) => setSheet(data.optionValue)}
          disabled={busy || sheets.length === 0}
        >
          {sheets.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || chosen === undefined}>
          Comparar com a planilha
        </Button>
        <Button onClick={onCancel}>Cancelar</Button>
      </div>
      <Field
        label="…ou um arquivo (.pdf com texto, .txt publicado, .csv)"
        hint="O arquivo é lido aqui; nada é enviado."
      >
        <input
          type="file"
          accept=".pdf,.txt,.csv,application/pdf,text/plain,text/csv"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) compareFile(annexFileOf(file));
          }}
        />
      </Field>
    </form>
  );
}
