import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RuleBook } from "../../rules";
import type { RuleSetForm } from "../rule-set-form";
import type { RuleSetRefusal } from "../session/session";
import { RuleSetPanel } from "./RuleSetPanel";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  /** The analyst's rule sets now in use. */
  rules: RuleBook;
  /** Why the last "Salvar regra" stored nothing. */
  refusal: RuleSetRefusal | null;
  /** Each resolves to whether the workbook now holds the change. */
  onSave: (form: RuleSetForm) => Promise<boolean>;
  onImport: (json: string) => Promise<boolean>;
  /** Exports the rule sets as JSON (copied, and shown in the results area). */
  onExport: () => void;
  /** The form opened, closed or switched: its last refusal no longer applies. */
  onFormReset: () => void;
}

/** "Regras": the rule sets saved in this workbook; a new one, export and import as JSON. */
export function RulesSection({ rules, refusal, onSave, onImport, onExport, onFormReset }: Props) {
  const { custom } = rules;
  const styles = useStyles();
  const [mode, setModeOnly] = useState<"new" | "import" | null>(null);
  const [json, setJson] = useState("");
  const setMode = (next: "new" | "import" | null) => {
    setModeOnly(next);
    onFormReset();
  };
  return (
    <section aria-labelledby="regras-titulo" className={styles.section}>
      <h2 id="regras-titulo">Regras desta pasta</h2>
      <p>
        {custom.length === 0
          ? "Nenhuma regra própria: valem as das resoluções publicadas."
          : `Salvas na pasta de trabalho (viajam com o arquivo): ${custom.map((ruleSet) => ruleSet.id).join(", ")}.`}
      </p>
      <div className={styles.actions}>
        <Button onClick={() => setMode(mode === "new" ? null : "new")} aria-expanded={mode === "new"}>
          Nova regra
        </Button>
        <Button onClick={onExport}>Exportar regras</Button>
        <Button onClick={() => setMode(mode === "import" ? null : "import")} aria-expanded={mode === "import"}>
          Importar regras
        </Button>
      </div>
      {mode === "new" && (
        <RuleSetPanel
          rules={rules}
          refusal={refusal}
          onSave={(form) => void onSave(form).then((saved) => saved && setMode(null))}
          onCancel={() => setMode(null)}
        />
      )}
      {mode === "import" && (
        <form
          className={styles.section}
          aria-label="Importar regras"
          onSubmit={(event) => {
            event.preventDefault();
            void onImport(json).then((imported) => {
              if (!imported) return;
              setMode(null);
              setJson("");
            });
          }}
        >
          <Field label="JSON exportado de outra pasta">
            <Textarea value={json} onChange={(_, data) => setJson(data.value)} rows={6} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={json.trim() === ""}>
              Importar
            </Button>
            <Button onClick={() => setMode(null)}>Cancelar</Button>
          </div>
        </form>
      )}
    </section>
  );
}
