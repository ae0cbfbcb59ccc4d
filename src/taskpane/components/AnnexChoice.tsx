import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Report } from "../../rules";

type Table = NonNullable<Report["annex"]>["tables"][number];

const labelOf = (table: Table) =>
  `Anexo ${table.number}${table.title ? ` — ${table.title}` : ""} (${table.line === null ? `cabeçalho em ${table.cell}` : `linha ${table.line}`})`;

/**
 * When the sheet holds more than one annex table (Anexo I and Anexo II, a Diário page with several acts), says
 * which one was checked and lets the analyst check another. Nothing is shown for a sheet with one table.
 */
export function AnnexChoice({
  report,
  disabled,
  onChoose,
}: {
  report: Report;
  disabled: boolean;
  onChoose: (annex: number) => void;
}) {
  const tables = report.annex?.tables ?? [];
  if (tables.length < 2) return null;
  const checked = tables[(report.annex?.number ?? 1) - 1];
  return (
    <Field
      label="Anexo conferido"
      hint={`A planilha tem ${tables.length} anexos; o conferido é o ${checked.number}${checked.number === 1 ? " (o primeiro, por padrão)" : ""}.`}
    >
      <Dropdown
        value={labelOf(checked)}
        selectedOptions={[String(checked.number)]}
        onOptionSelect={(_, data) => data.optionValue && onChoose(Number(data.optionValue))}
        disabled={disabled}
      >
        {tables.map((table) => (
          <Option key={table.number} value={String(table.number)} text={labelOf(table)}>
            {labelOf(table)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
