import {
  Button,
  Dropdown,
  Field,
  FluentProvider,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Option,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useReducer, useRef } from "react";
import { isBuiltInRuleSet } from "../../rules";
import type { DraftRequest } from "../annex-actions";
import { copyText } from "../clipboard";
import * as commands from "../session/commands";
import { currentResult, initialSession, sessionReducer, type Panel } from "../session/session";
import type { PreviewSource } from "../workbook/preview-source";
import type { Workbook } from "../workbook/workbook";
import { AnnexChoice } from "./AnnexChoice";
import { BusyIndicator } from "./BusyIndicator";
import { ComparePanel } from "./ComparePanel";
import { ComparisonView } from "./ComparisonView";
import { DraftPanel } from "./DraftPanel";
import { DraftResult } from "./DraftResult";
import { FirstRun } from "./FirstRun";
import { FunctionsHelp } from "./FunctionsHelp";
import { Check } from "./NativeControls";
import { OpenPdfButton } from "./OpenPdfButton";
import { PastePanel } from "./PastePanel";
import { PreviewGrid } from "./PreviewGrid";
import { ProblemList } from "./ProblemList";
import { ResultsArea } from "./ResultsArea";
import { RulesResult } from "./RulesResult";
import { RulesSection } from "./RulesSection";
import { SummaryView } from "./SummaryView";

const useStyles = makeStyles({
  // Preview mode: the pane (first in reading order) on the right of the grid; on a narrow window, the grid below.
  layout: {
    display: "flex",
    flexDirection: "row-reverse",
    height: "100vh",
    gap: tokens.spacingHorizontalM,
    "@media (max-width: 899px)": { flexDirection: "column", height: "auto" },
  },
  preview: {
    flex: 1,
    minWidth: 0,
    padding: tokens.spacingVerticalS,
    "@media (max-width: 899px)": { height: "70vh", flex: "none" },
  },
  pane: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    overflowY: "auto",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    // The pane scrolls; its parts keep their height instead of shrinking into each other.
    "& > *": { flexShrink: 0, minWidth: 0, maxWidth: "100%" },
  },
  previewPane: {
    maxWidth: "420px",
    "@media (max-width: 899px)": { maxWidth: "none", overflowY: "visible" },
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
  const { busy, error, validation, panel, ruleSetId, rules } = state;

  useEffect(() => {
    if (unsupported === undefined) void commands.loadStoredRules(workbook, dispatch);
  }, [workbook, unsupported]);

  // The workbook's change signal: live mode validates again, otherwise a result of that sheet may be outdated.
  const latest = useRef(state);
  const missed = useRef<string | null>(null);
  useEffect(() => {
    latest.current = state;
    if (state.busy === null && missed.current !== null) {
      const sheetName = missed.current;
      missed.current = null;
      void commands.sheetChanged(workbook, state, dispatch, sheetName);
    }
  }, [state, workbook]);
  useEffect(() => {
    if (unsupported !== undefined) return;
    return workbook.onChanged((sheetName) => {
      if (latest.current.busy !== null) missed.current = sheetName;
      else void commands.sheetChanged(workbook, latest.current, dispatch, sheetName);
    });
  }, [workbook, unsupported]);

  const validate = (annex = 1) => commands.validate(workbook, state, dispatch, annex);
  const clear = () => commands.clearMarks(workbook, state, dispatch);
  const paste = (text: string) => commands.paste(workbook, state, dispatch, text);
  const example = () => commands.example(workbook, state, dispatch);
  const redigir = (request: DraftRequest) => commands.draft(workbook, state, dispatch, request);
  const selectCell = (cell: string) => commands.selectCell(workbook, state, dispatch, cell);
  const toggle = (which: Panel) => dispatch({ type: "panelToggled", panel: which });
  const closePanel = () => dispatch({ type: "panelClosed" });

  const disabled = busy !== null || unsupported !== undefined;
  const report = validation?.report;
  const recomposicao = report?.kind === "recomposicao" ? report.ruleSet : null;
  const ruleHint = recomposicao
    ? `A planilha validada é um anexo de recomposição (cabeçalho com CNES, Valora Minas e Recomposição): vale a Res. ${recomposicao}. A regra de porte escolhida vale para anexos de porte.`
    : report
      ? `A planilha validada é um anexo de porte (cabeçalho com Município, Porte e R$): vale a regra escolhida.`
      : "Anexos de porte usam a regra escolhida; anexos de recomposição (Valora Minas) usam a Res. 7.845/2021, reconhecidos pelo cabeçalho.";
  const shownRule = recomposicao ?? ruleSetId;
  const pane = (
    <main
      className={mergeClasses(styles.pane, preview && styles.previewPane)}
      aria-labelledby="titulo"
      aria-busy={busy !== null}
    >
      <h1 id="titulo" className={styles.title}>
        Anexos SES/MG
      </h1>
      {preview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Demonstração fora do Excel: o painel trabalha sobre uma cópia do Anexo I da Res. SES/MG 5.978/2017, na
            planilha ao lado (abaixo, em telas estreitas).
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
      <Field label="Regra" hint={ruleHint}>
        <Dropdown
          value={recomposicao ? `${recomposicao} (recomposição, pelo cabeçalho)` : ruleSetId}
          selectedOptions={[shownRule]}
          onOptionSelect={(_, data) => data.optionValue && dispatch({ type: "ruleSetChosen", id: data.optionValue })}
          disabled={disabled}
        >
          {rules.porteRuleSets().map((ruleSet) => (
            <Option key={ruleSet.id} value={ruleSet.id} text={ruleSet.id}>
              {ruleSet.id} {isBuiltInRuleSet(ruleSet.id) ? "(publicada)" : "(desta pasta)"}
            </Option>
          ))}
          {recomposicao && (
            <Option value={recomposicao} text={`${recomposicao} (recomposição, pelo cabeçalho)`} disabled>
              {`${recomposicao} (recomposição, pelo cabeçalho)`}
            </Option>
          )}
        </Dropdown>
      </Field>
      <Check
        asSwitch
        label="Validar ao editar (modo ao vivo): a tabela validada é conferida de novo a cada alteração"
        checked={state.live}
        disabled={unsupported !== undefined}
        onChange={(live) => dispatch({ type: "liveToggled", live })}
      />
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
          onExport={() => void commands.exportRules(workbook, dispatch, copy)}
          onFormReset={() => dispatch({ type: "ruleFormReset" })}
        />
      )}
      {!currentResult(state) && !state.previous && panel === null && unsupported === undefined && (
        <FirstRun onValidate={() => validate()} onExample={example} disabled={disabled} />
      )}
      {busy && <BusyIndicator key={busy} label={busy} progress={state.progress} cancel={state.cancel} />}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.message}>{error}</MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      <ResultsArea
        current={currentResult(state)}
        previous={state.previous}
        stale={state.stale}
        render={(result, current) => {
          switch (result.kind) {
            case "validation":
              return (
                <>
                  {current && <AnnexChoice report={result.validation.report} disabled={disabled} onChoose={validate} />}
                  <SummaryView
                    report={result.validation.report}
                    sheetName={result.validation.sheetName}
                    rules={rules}
                    current={current}
                  />
                  <ProblemList report={result.validation.report} onSelectCell={current ? selectCell : undefined} />
                </>
              );
            case "draft":
              return <DraftResult draft={result.draft} copy={copy} current={current} />;
            case "rules":
              return <RulesResult outcome={result.rules} copy={copy} />;
            case "comparison":
              return (
                <ComparisonView
                  result={result.comparison}
                  onSelectCell={
                    current ? (cell) => commands.selectComparedCell(workbook, state, dispatch, cell) : undefined
                  }
                />
              );
          }
        }}
      />
      <FunctionsHelp />
    </main>
  );

  return (
    <FluentProvider theme={webLightTheme}>
      {preview ? (
        <div className={styles.layout}>
          {pane}
          <section className={styles.preview} aria-label="Pasta de trabalho de demonstração">
            <PreviewGrid source={preview} />
          </section>
        </div>
      ) : (
        pane
      )}
    </FluentProvider>
  );
}
