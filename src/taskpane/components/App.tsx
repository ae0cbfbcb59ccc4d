import {
  Button,
  Dropdown,
  Field,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import {
  DEFAULT_PORTE_RULE_SET,
  isBuiltInRuleSet,
  PUBLISHED_RULES,
  RuleError,
  type PorteRuleSet,
  type RuleBook,
} from "../../rules";
import {
  draftAnnex,
  openExample,
  pastePublishedText,
  validateActiveSheet,
  type Draft,
  type Validation,
} from "../annex-actions";
import { copyText } from "../clipboard";
import { applyStoredRuleSets } from "../rule-set-actions";
import type { MemoryWorkbook } from "../office/memory-workbook";
import { WorkbookError, type Workbook } from "../office/workbook";
import { AnnexChoice } from "./AnnexChoice";
import { DraftPanel } from "./DraftPanel";
import { DraftResult } from "./DraftResult";
import { FirstRun } from "./FirstRun";
import { FunctionsHelp } from "./FunctionsHelp";
import { PastePanel } from "./PastePanel";
import { PreviewGrid } from "./PreviewGrid";
import { ProblemList } from "./ProblemList";
import { RulesSection } from "./RulesSection";
import { SummaryView } from "./SummaryView";

const useStyles = makeStyles({
  layout: { display: "flex", height: "100vh", gap: tokens.spacingHorizontalM },
  preview: { flex: 1, minWidth: 0, padding: tokens.spacingVerticalS },
  pane: {
    width: "100%",
    maxWidth: "420px",
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    // The pane scrolls; its parts keep their height instead of shrinking into each other.
    "& > *": { flexShrink: 0 },
  },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase500, margin: 0 },
  // Lists of problems come one per line.
  message: { whiteSpace: "pre-line" },
});

export interface AppProps {
  workbook: Workbook;
  /** Preview mode: the in-memory workbook, shown as a grid beside the pane. */
  preview?: MemoryWorkbook;
  /** Why the pane cannot work in this Excel (an old version), when it cannot. */
  unsupported?: string;
  /** Puts text on the clipboard (the tests pass their own). */
  copy?: (text: string) => Promise<void>;
}

/** Messages the analyst can act on are shown as they are; anything else says what failed, in pt-BR. */
function messageOf(error: unknown): string {
  if (error instanceof WorkbookError || error instanceof RuleError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Não foi possível concluir a operação no Excel. Nada foi alterado nas suas células. Detalhe: ${detail}`;
}

export function App({ workbook, preview, unsupported, copy = copyText }: AppProps) {
  const styles = useStyles();
  const [validation, setValidation] = useState<Validation | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(unsupported ?? null);
  const [panel, setPanel] = useState<"paste" | "draft" | "rules" | null>(null);
  const [ruleSetId, setRuleSetId] = useState(DEFAULT_PORTE_RULE_SET);
  const [rules, setRules] = useState<RuleBook>(PUBLISHED_RULES);
  const ruleSets = rules.porteRuleSets();
  const refreshRuleSets = (changed: RuleBook, selected?: PorteRuleSet) => {
    setRules(changed);
    if (selected) setRuleSetId(selected.id);
  };

  // The rule sets saved in this workbook, so that its own rules are offered and used at once.
  useEffect(() => {
    if (unsupported !== undefined) return;
    applyStoredRuleSets(workbook)
      .then(({ rules: stored, problems }) => {
        setRules(stored);
        if (problems.length > 0) setError(problems.join("\n"));
      })
      .catch((failure) => setError(messageOf(failure)));
  }, [workbook, unsupported]);
  const [draft, setDraft] = useState<Draft | null>(null);
  // The sheet holding the marks of the last validation, so a new one (or "Limpar") removes them.
  const markedSheet = useRef<string | null>(null);

  async function run(label: string, action: () => Promise<void>) {
    setBusy(label);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  }

  async function clearPreviousMarks(keep?: string) {
    const previous = markedSheet.current;
    if (previous !== null && previous !== keep) await workbook.clearMarks(previous);
    markedSheet.current = null;
  }

  const validate = (annex = 1) =>
    run("Validando…", async () => {
      const result = await validateActiveSheet(workbook, { rules, ruleSetId }, annex);
      await clearPreviousMarks(result.sheetName);
      markedSheet.current = result.sheetName;
      setValidation(result);
    });

  const clear = () =>
    run("Limpando marcações…", async () => {
      // Nothing marked in this session (the workbook was reopened): the marks left on the active sheet.
      await workbook.clearMarks(markedSheet.current ?? undefined);
      markedSheet.current = null;
      setValidation(null);
    });

  const paste = (text: string) =>
    run("Criando planilha…", async () => {
      await clearPreviousMarks();
      const result = await pastePublishedText(workbook, text, { rules, ruleSetId });
      markedSheet.current = result.sheetName;
      setValidation(result);
      setPanel(null);
    });

  const example = () =>
    run("Abrindo o exemplo…", async () => {
      await clearPreviousMarks();
      const result = await openExample(workbook);
      markedSheet.current = result.sheetName;
      setValidation(result);
    });

  const redigir = (mode: Parameters<typeof draftAnnex>[1]) =>
    run("Redigindo o anexo…", async () => {
      setDraft(await draftAnnex(workbook, mode, { rules, ruleSetId }));
      setPanel(null);
    });

  const toggle = (which: "paste" | "draft" | "rules") => setPanel(panel === which ? null : which);

  const selectCell = (cell: string) =>
    validation && run("Selecionando…", () => workbook.selectCell(validation.sheetName, cell));

  const disabled = busy !== null || unsupported !== undefined;
  const pane = (
    <main className={styles.pane} aria-labelledby="titulo" aria-busy={busy !== null}>
      <h1 id="titulo" className={styles.title}>
        Anexos SES/MG
      </h1>
      {preview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Demonstração fora do Excel: o painel trabalha sobre uma cópia do Anexo I da Res. SES/MG 5.978/2017, à
            esquerda.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.toolbar} role="toolbar" aria-label="Ações">
        <Button appearance="primary" onClick={() => validate()} disabled={disabled}>
          Validar
        </Button>
        <Button onClick={clear} disabled={disabled}>
          Limpar marcações
        </Button>
        <Button onClick={() => toggle("paste")} aria-expanded={panel === "paste"} disabled={disabled}>
          Colar texto publicado
        </Button>
        <Button onClick={() => toggle("draft")} aria-expanded={panel === "draft"} disabled={disabled}>
          Redigir anexo
        </Button>
        <Button onClick={() => toggle("rules")} aria-expanded={panel === "rules"} disabled={disabled}>
          Regras
        </Button>
      </div>
      <Field label="Regra">
        <Dropdown
          value={ruleSetId}
          selectedOptions={[ruleSetId]}
          onOptionSelect={(_, data) => data.optionValue && setRuleSetId(data.optionValue)}
          disabled={disabled}
        >
          {ruleSets.map((ruleSet) => (
            <Option key={ruleSet.id} value={ruleSet.id} text={ruleSet.id}>
              {ruleSet.id} {isBuiltInRuleSet(ruleSet.id) ? "(publicada)" : "(desta pasta)"}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <p>Valida a planilha ativa, ou a seleção quando ela tem mais de uma célula.</p>
      {panel === "paste" && <PastePanel busy={busy !== null} onSubmit={paste} onCancel={() => setPanel(null)} />}
      {panel === "draft" && <DraftPanel busy={busy !== null} onSubmit={redigir} onCancel={() => setPanel(null)} />}
      {panel === "rules" && (
        <RulesSection workbook={workbook} rules={rules} onChanged={refreshRuleSets} copy={copy} run={run} />
      )}
      {!validation && !draft && panel === null && unsupported === undefined && (
        <FirstRun onValidate={() => validate()} onExample={example} disabled={disabled} />
      )}
      {busy && <Spinner size="tiny" label={busy} />}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.message}>{error}</MessageBarBody>
        </MessageBar>
      )}
      {validation && <AnnexChoice report={validation.report} disabled={disabled} onChoose={validate} />}
      {validation && <SummaryView report={validation.report} sheetName={validation.sheetName} rules={rules} />}
      {validation && <ProblemList report={validation.report} onSelectCell={selectCell} />}
      {draft && <DraftResult draft={draft} copy={copy} />}
      <FunctionsHelp />
    </main>
  );

  return (
    <FluentProvider theme={webLightTheme}>
      {preview ? (
        <div className={styles.layout}>
          <section className={styles.preview} aria-label="Pasta de trabalho de demonstração">
            <PreviewGrid workbook={preview} />
          </section>
          {pane}
        </div>
      ) : (
        pane
      )}
    </FluentProvider>
  );
}
