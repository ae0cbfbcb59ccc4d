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
import { useEffect, useReducer } from "react";
import { isBuiltInRuleSet, type DraftMode } from "../../rules";
import { copyText } from "../clipboard";
import * as commands from "../session/commands";
import { initialSession, sessionReducer, type Panel } from "../session/session";
import type { PreviewSource } from "../workbook/preview-source";
import type { Workbook } from "../workbook/workbook";
import { AnnexChoice } from "./AnnexChoice";
import { ComparePanel } from "./ComparePanel";
import { ComparisonView } from "./ComparisonView";
import { DraftPanel } from "./DraftPanel";
import { DraftResult } from "./DraftResult";
import { FirstRun } from "./FirstRun";
import { FunctionsHelp } from "./FunctionsHelp";
import { OpenPdfButton } from "./OpenPdfButton";
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
  preview?: PreviewSource;
  /** Why the pane cannot work in this Excel (an old version), when it cannot. */
  unsupported?: string;
  /** Puts text on the clipboard (the tests pass their own). */
  copy?: (text: string) => Promise<void>;
}

/** Layout and wiring: the session (session/) holds the workflow; the parts render it and call its commands. */
export function App({ workbook, preview, unsupported, copy = copyText }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(sessionReducer, unsupported, initialSession);
  const { busy, error, validation, draft, panel, ruleSetId, rules } = state;

  useEffect(() => {
    if (unsupported === undefined) void commands.loadStoredRules(workbook, dispatch);
  }, [workbook, unsupported]);

  const validate = (annex = 1) => commands.validate(workbook, state, dispatch, annex);
  const clear = () => commands.clearMarks(workbook, state, dispatch);
  const paste = (text: string) => commands.paste(workbook, state, dispatch, text);
  const example = () => commands.example(workbook, state, dispatch);
  const redigir = (mode: DraftMode) => commands.draft(workbook, state, dispatch, mode);
  const selectCell = (cell: string) => commands.selectCell(workbook, state, dispatch, cell);
  const toggle = (which: Panel) => dispatch({ type: "panelToggled", panel: which });
  const closePanel = () => dispatch({ type: "panelClosed" });

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
        {/* Issue 16: "Abrir PDF…" and "Comparar com…" */}
        <OpenPdfButton disabled={disabled} onOpen={(file) => commands.openPdf(workbook, state, dispatch, file)} />
        <Button
          onClick={() => commands.toggleCompare(workbook, state, dispatch)}
          aria-expanded={panel === "compare"}
          disabled={disabled}
        >
          Comparar com…
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
          onOptionSelect={(_, data) => data.optionValue && dispatch({ type: "ruleSetChosen", id: data.optionValue })}
          disabled={disabled}
        >
          {rules.porteRuleSets().map((ruleSet) => (
            <Option key={ruleSet.id} value={ruleSet.id} text={ruleSet.id}>
              {ruleSet.id} {isBuiltInRuleSet(ruleSet.id) ? "(publicada)" : "(desta pasta)"}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <p>Valida a planilha ativa, ou a seleção quando ela tem mais de uma célula.</p>
      {panel === "paste" && <PastePanel busy={busy !== null} onSubmit={paste} onCancel={closePanel} />}
      {panel === "compare" && (
        <ComparePanel
          busy={busy !== null}
          sheets={state.compareSheets}
          onCompare={(source) => commands.compare(workbook, state, dispatch, source)}
          onCancel={closePanel}
        />
      )}
      {panel === "draft" && <DraftPanel busy={busy !== null} onSubmit={redigir} onCancel={closePanel} />}
      {panel === "rules" && (
        <RulesSection
          rules={rules}
          refusal={state.ruleSetRefusal}
          onSave={(form) => commands.saveRule(workbook, form, dispatch)}
          onImport={(json) => commands.importRules(workbook, dispatch, json)}
          onExport={(show) => void commands.exportRules(workbook, dispatch, show, copy)}
          onFormReset={() => dispatch({ type: "ruleFormReset" })}
        />
      )}
      {!validation && !draft && !state.comparison && panel === null && unsupported === undefined && (
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
      {state.comparison && (
        <ComparisonView
          result={state.comparison}
          onSelectCell={(cell) => commands.selectComparedCell(workbook, state, dispatch, cell)}
        />
      )}
      {draft && <DraftResult draft={draft} copy={copy} />}
      <FunctionsHelp />
    </main>
  );

  return (
    <FluentProvider theme={webLightTheme}>
      {preview ? (
        <div className={styles.layout}>
          <section className={styles.preview} aria-label="Pasta de trabalho de demonstração">
            <PreviewGrid source={preview} />
          </section>
          {pane}
        </div>
      ) : (
        pane
      )}
    </FluentProvider>
  );
}
