import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { describePlace, formatBrl, parseDecimalString, type Problem, type ProblemCode, type Report } from "../../rules";
import { PROBLEM_TITLES } from "../problem-labels";

/** Items shown per group at first: a sheet of 50,000 wrong rows must not freeze the pane. */
export const PAGE_SIZE = 100;

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  details: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const SEVERITIES = [
  { severity: "error", title: "Erros", color: "danger" },
  { severity: "warning", title: "Avisos", color: "warning" },
] as const;

interface Props {
  report: Report;
  /** Selects the cell of a problem in the sheet; absent for a result no longer current (its cells as text). */
  onSelectCell?: (cell: string) => void;
}

/** The problems grouped by severity, then by code; each one with its cell, message and what was expected. */
export function ProblemList({ report, onSelectCell }: Props) {
  // The current result (its cells linked) keeps the id it always had; an older one, its own.
  const generated = useId();
  const id = onSelectCell ? "problemas-titulo" : generated;
  if (report.problems.length === 0) return <p>Nenhum problema encontrado.</p>;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Problemas</h2>
      {SEVERITIES.map(({ severity, title, color }) => {
        const groups = groupByCode(report.problems.filter((problem) => problem.severity === severity));
        if (groups.length === 0) return null;
        const count = groups.reduce((total, [, problems]) => total + problems.length, 0);
        return (
          <section key={severity} aria-label={`${title}: ${count}`}>
            <h3>
              {title} <Badge color={color}>{count}</Badge>
            </h3>
            <Accordion multiple collapsible defaultOpenItems={groups.map(([code]) => code)}>
              {groups.map(([code, problems]) => (
                <ProblemGroup key={code} code={code} problems={problems} onSelectCell={onSelectCell} />
              ))}
            </Accordion>
          </section>
        );
      })}
    </section>
  );
}

function ProblemGroup({
  code,
  problems,
  onSelectCell,
}: { code: ProblemCode; problems: Problem[] } & Pick<Props, "onSelectCell">) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE_SIZE);
  return (
    <AccordionItem value={code}>
      <AccordionHeader>
        {PROBLEM_TITLES[code]} ({problems.length})
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list} aria-label={PROBLEM_TITLES[code]}>
          {problems.slice(0, shown).map((problem, i) => (
            <li key={`${problem.cell}-${i}`} className={styles.item}>
              {problem.cell && !onSelectCell && <strong>{problem.cell} </strong>}
              {problem.cell && onSelectCell && (
                <>
                  <Link
                    as="button"
                    onClick={() => onSelectCell(problem.cell as string)}
                    aria-label={`Ir para a célula ${problem.cell}`}
                  >
                    {problem.cell}
                  </Link>{" "}
                </>
              )}
              {problem.message}
              {problem.line !== null && problem.page !== null && (
                <span className={styles.details}> ({describePlace(problem.page, problem.line)})</span>
              )}
              <ProblemDetails problem={problem} className={styles.details} />
            </li>
          ))}
        </ul>
        {problems.length > shown && (
          <Button appearance="subtle" onClick={() => setShown(shown + PAGE_SIZE)}>
            Mostrar mais {Math.min(PAGE_SIZE, problems.length - shown)} de {problems.length - shown}
          </Button>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

function ProblemDetails({ problem, className }: { problem: Problem; className: string }) {
  const parts = [
    problem.expected !== undefined && `esperado: ${readable(problem.expected)}`,
    problem.found !== undefined && `encontrado: ${readable(problem.found)}`,
    problem.suggestion !== undefined && `sugestão: ${problem.suggestion}`,
  ].filter(Boolean);
  return parts.length === 0 ? null : <div className={className}>{parts.join(" · ")}</div>;
}

/** Money travels in the report as "35000.00"; the analyst reads R$ 35.000,00. */
function readable(value: string): string {
  return /^-?\d+\.\d{2}$/.test(value) ? formatBrl(parseDecimalString(value)) : value;
}

function groupByCode(problems: Problem[]): Array<[ProblemCode, Problem[]]> {
  const groups = new Map<ProblemCode, Problem[]>();
  for (const problem of problems) {
    const group = groups.get(problem.code);
    if (group) group.push(problem);
    else groups.set(problem.code, [problem]);
  }
  return [...groups];
}
