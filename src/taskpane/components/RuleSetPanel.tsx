import { Button, Dropdown, Field, Input, makeStyles, Option, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RuleBook } from "../../rules";
import { formFrom, type RuleSetForm } from "../rule-set-actions";
import type { RuleSetRefusal } from "../session/session";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  band: { display: "grid", gridTemplateColumns: "1fr 1fr 1fr", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

interface Props {
  /** The rule sets to start from: the published ones and the workbook's. */
  rules: RuleBook;
  /** Why the last save stored nothing: shown on the fields at fault and below the form. */
  refusal: RuleSetRefusal | null;
  onSave: (form: RuleSetForm) => void;
  onCancel: () => void;
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
      <fieldset>
        <legend>
          Faixas de Teto MAC ({form.base.bands.article}) e incentivos ({form.base.incentives.article})
        </legend>
        {form.bands.map((band, i) => {
          const update = (change: Partial<typeof band>) =>
            set({ bands: form.bands.map((other, j) => (j === i ? { ...other, ...change } : other)) });
          return (
            <div key={band.porte} className={styles.band} role="group" aria-label={band.porte}>
              <Field label={`${band.porte}: de`} {...error(`bands.items[${i}].from`)}>
                <Input value={band.from} onChange={(_, data) => update({ from: data.value })} />
              </Field>
              <Field
                label="até"
                hint={i === form.bands.length - 1 ? "vazio: sem limite" : undefined}
                {...error(`bands.items[${i}].to`)}
              >
                <Input value={band.to} onChange={(_, data) => update({ to: data.value })} />
              </Field>
              <Field label="incentivo" {...error(`incentives.items.${band.porte}`)}>
                <Input
                  value={form.incentives[band.porte]}
                  onChange={(_, data) => set({ incentives: { ...form.incentives, [band.porte]: data.value } })}
                />
              </Field>
            </div>
          );
        })}
      </fieldset>
      <Field label={`Limite (${form.base.budget.article})`} {...error("budget.amount")}>
        <Input value={form.budget} onChange={(_, data) => set({ budget: data.value })} />
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
