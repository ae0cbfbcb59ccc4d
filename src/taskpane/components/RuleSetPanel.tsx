import { Button, Dropdown, Field, Input, makeStyles, Option, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatBrl, parseBrl, type Cents, type RuleBook } from "../../rules";
import { formFrom, type RuleSetForm } from "../rule-set-form";
import type { RuleSetRefusal } from "../session/session";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Three fields side by side when the pane is wide enough, one under the other when it is not.
  band: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, minWidth: 0 },
  bandField: { flex: "1 1 7.5rem", minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  fieldset: { minWidth: 0, margin: 0, padding: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  /** The rule sets to start from: the published ones and the workbook's. */
  rules: RuleBook;
  /** Why the last save stored nothing: shown on the fields at fault and below the form. */
  refusal: RuleSetRefusal | null;
  onSave: (form: RuleSetForm) => void;
  onCancel: () => void;
}

/**
 * An amount typed the Brazilian way ("2.500.000,01", "R$ 35.000,00", "35000"): shown again as R$ 35.000,00
 * when the field is left, if it reads as an amount; otherwise left as typed for the check to name the field.
 */
function AmountInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const styles = useStyles();
  return (
    <Input
      className={styles.input}
      value={value}
      inputMode="decimal"
      placeholder="R$ 0,00"
      onChange={(_, data) => onChange(data.value)}
      onBlur={() => {
        const cents = readCents(value);
        if (cents !== undefined) onChange(formatBrl(cents));
      }}
    />
  );
}

function readCents(text: string): Cents | undefined {
  if (text.trim() === "") return undefined;
  try {
    return parseBrl(text);
  } catch {
    return undefined; // the check on "Salvar regra" says what is wrong, next to the field
  }
}

/** "Nova regra": a rule set made from an existing one, checked field by field before it is stored. */
export function RuleSetPanel({ rules, refusal, onSave, onCancel }: Props) {
  const styles = useStyles();
  const [form, setForm] = useState<RuleSetForm>(() => formFrom(rules.porteRuleSets()[0]));
  const errors = refusal?.fields ?? {};
  const set = (change: Partial<RuleSetForm>) => setForm({ ...form, ...change });
  const error = (path: string) =>
    errors[path] ? { validationState: "error" as const, validationMessage: errors[path] } : {};

  return (
    <form
      className={styles.form}
      aria-label="Nova regra"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(form);
      }}
    >
      <Field label="A partir da regra">
        <Dropdown
          value={form.base.id}
          selectedOptions={[form.base.id]}
          onOptionSelect={(_, data) => {
            const base = rules.porteRuleSets().find((ruleSet) => ruleSet.id === data.optionValue);
            if (base) setForm({ ...formFrom(base), id: form.id });
          }}
        >
          {rules.porteRuleSets().map((ruleSet) => (
            <Option key={ruleSet.id} value={ruleSet.id}>
              {ruleSet.id}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label='Identificador (usado em =SES.PORTE(A2;"…"))' {...error("id")}>
        <Input value={form.id} placeholder="minha-2018" onChange={(_, data) => set({ id: data.value })} />
      </Field>
      <Field label="Nome" {...error("title")}>
        <Input value={form.title} onChange={(_, data) => set({ title: data.value })} />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend>
          Faixas de Teto MAC ({form.base.bands.article}) e incentivos ({form.base.incentives.article})
        </legend>
        {form.bands.map((band, i) => {
          const update = (change: Partial<typeof band>) =>
            set({ bands: form.bands.map((other, j) => (j === i ? { ...other, ...change } : other)) });
          const faixa = `Faixa ${i + 1}`;
          return (
            <div key={band.porte} className={styles.band} role="group" aria-label={band.porte}>
              <Field className={styles.bandField} label={`${faixa} · de`} {...error(`bands.items[${i}].from`)}>
                <AmountInput value={band.from} onChange={(from) => update({ from })} />
              </Field>
              <Field
                className={styles.bandField}
                label={`${faixa} · até`}
                hint={i === form.bands.length - 1 ? "vazio: sem limite" : undefined}
                {...error(`bands.items[${i}].to`)}
              >
                <AmountInput value={band.to} onChange={(to) => update({ to })} />
              </Field>
              <Field
                className={styles.bandField}
                label={`${faixa} · incentivo (${band.porte})`}
                {...error(`incentives.items.${band.porte}`)}
              >
                <AmountInput
                  value={form.incentives[band.porte]}
                  onChange={(value) => set({ incentives: { ...form.incentives, [band.porte]: value } })}
                />
              </Field>
            </div>
          );
        })}
      </fieldset>
      <Field label={`Limite (${form.base.budget.article})`} {...error("budget.amount")}>
        <AmountInput value={form.budget} onChange={(budget) => set({ budget })} />
      </Field>
      <Field label="Municípios excluídos (um por linha)" {...error("excludedMunicipalities.names")}>
        <Textarea value={form.excluded} onChange={(_, data) => set({ excluded: data.value })} />
      </Field>
      {refusal && (
        <p role="alert" style={{ whiteSpace: "pre-line" }}>
          {refusal.message}
        </p>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          Salvar regra
        </Button>
        <Button onClick={onCancel}>Cancelar</Button>
      </div>
    </form>
  );
}
