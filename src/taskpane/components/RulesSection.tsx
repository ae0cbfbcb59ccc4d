import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PorteRuleSet, RuleBook } from "../../rules";
import { exportRuleSets, importRuleSets } from "../rule-set-actions";
import type { Workbook } from "../office/workbook";
import { RuleSetPanel } from "./RuleSetPanel";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  workbook: Workbook;
  /** The analyst's rule sets now in use. */
  rules: RuleBook;
  /** After a change: the rule sets in use, and the one to select. */
  onChanged: (rules: RuleBook, selected?: PorteRuleSet) => void;
  copy: (text: string) => Promise<void>;
  run: (label: string, action: () => Promise<void>) => Promise<void>;
}

/** "Regras": the rule sets saved in this workbook; a new one, export and import as JSON. */
export function RulesSection({ workbook, rules, onChanged, copy, run }: Props) {
  const { custom } = rules;
  const styles = useStyles();
  const [mode, setMode] = useState<"new" | "import" | null>(null);
  const [json, setJson] = useState("");
  const [exported, setExported] = useState<string | null>(null);
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
        <Button
          onClick={() =>
            run("Exportando…", async () => {
              const text = await exportRuleSets(workbook);
              setExported(text);
              await copy(text).catch(() => undefined);
            })
          }
        >
          Exportar regras
        </Button>
        <Button onClick={() => setMode(mode === "import" ? null : "import")} aria-expanded={mode === "import"}>
          Importar regras
        </Button>
      </div>
      {exported !== null && (
        <Field label="Regras em JSON (copiadas; use com anexos --regra-arquivo)">
          <Textarea value={exported} readOnly rows={6} />
        </Field>
      )}
      {mode === "new" && (
        <RuleSetPanel
          workbook={workbook}
          rules={rules}
          onSaved={(saved, ruleSet) => {
            setMode(null);
            onChanged(saved, ruleSet);
          }}
          onCancel={() => setMode(null)}
        />
      )}
      {mode === "import" && (
        <form
          className={styles.section}
          aria-label="Importar regras"
          onSubmit={(event) => {
            event.preventDefault();
            void run("Importando…", async () => {
              const imported = await importRuleSets(workbook, json);
              setMode(null);
              setJson("");
              onChanged(imported);
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
