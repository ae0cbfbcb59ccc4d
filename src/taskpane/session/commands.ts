// The pane's buttons as commands: each runs an action over the Workbook and dispatches what happened, so the
// components only render the session and call these. A command never rejects: failures become pt-BR messages.
import type { DraftMode } from "../../rules";
import type { DraftRequest, Work } from "../annex-actions";
import type { AnnexFile, CompareSource, PdfjsLoader } from "../files/file-actions";
import type { RuleSetForm } from "../rule-set-form";
import { CancelledError, type Workbook } from "../workbook/workbook";
import { messageOf, refusalOf } from "./failure-messages";
import type { SessionAction, SessionState } from "./session";

export type Dispatch = (action: SessionAction) => void;

// What the buttons run is loaded on the first click, not with the pane: the validators with the IBGE tables
// (about 50 KB gz of municipality data), the CSV reader and the comparison, and zod for the analyst's rule sets.
// The pane shows sooner, and a workbook that never validates never pays for them.
const annexActions = () => import(/* webpackChunkName: "anexos" */ "../annex-actions");
const fileActions = () => import(/* webpackChunkName: "arquivos" */ "../files/file-actions");
const ruleSetActions = () => import(/* webpackChunkName: "regras" */ "../rule-set-actions");

/**
 * Busy with the label while the action runs; resolves to whether it succeeded. The action gets what lets it
 * report its steps and what "Cancelar" aborts (it checks the signal before each write to the workbook).
 */
async function run(
  dispatch: Dispatch,
  label: string,
  action: (work: Work) => Promise<SessionAction | void>,
): Promise<boolean> {
  const controller = new AbortController();
  dispatch({ type: "started", label, cancel: () => controller.abort() });
  const work: Work = {
    signal: controller.signal,
    onProgress: (step, done, total) => dispatch({ type: "progressed", progress: { step, done, total } }),
  };
  try {
    const done = await action(work);
    if (controller.signal.aborted) throw new CancelledError();
    if (done) dispatch(done);
    return true;
  } catch (failure) {
    if (failure instanceof CancelledError || controller.signal.aborted) dispatch({ type: "cancelled" });
    else dispatch({ type: "failed", message: messageOf(failure) });
    return false;
  } finally {
    dispatch({ type: "finished" });
  }
}

/** Removes the marks of the last validation, unless they are on the sheet about to be marked again. */
async function clearPreviousMarks(workbook: Workbook, state: SessionState, dispatch: Dispatch, keep?: string) {
  const previous = state.markedSheet;
  if (previous !== null && previous !== keep) await workbook.clearMarks(previous);
  dispatch({ type: "marksCleared" });
}

/** The rule sets saved in the workbook, so that its own rules are offered and used at once. */
export async function loadStoredRules(workbook: Workbook, dispatch: Dispatch): Promise<void> {
  try {
    // Most workbooks hold none: then the published rule sets stand, and zod is not even loaded.
    if ((await workbook.readRuleSets()).length === 0) return;
    const { rules, problems } = await (await ruleSetActions()).applyStoredRuleSets(workbook);
    dispatch({ type: "rulesLoaded", rules, problems });
  } catch (failure) {
    dispatch({ type: "failed", message: messageOf(failure) });
  }
}

/** "Validar": the active sheet (or selection), the annex chosen (from 1) when it holds several. */
export const validate = (workbook: Workbook, state: SessionState, dispatch: Dispatch, annex = 1, live = false) =>
  run(dispatch, "Validando…", async (work) => {
    const validation = await (await annexActions()).validateActiveSheet(workbook, state, annex, work);
    await clearPreviousMarks(workbook, state, dispatch, validation.sheetName);
    return { type: "validated", validation, live };
  });

/**
 * The workbook says the values of a sheet changed. In live mode, the validated table on it is validated again
 * (same annex); otherwise a result made from that sheet is checked against the sheet as it is now, and said
 * to no longer match it when its values differ. Nothing happens while another action runs.
 */
export async function sheetChanged(workbook: Workbook, state: SessionState, dispatch: Dispatch, sheetName: string) {
  if (state.busy !== null) return;
  const { validation, draft } = state;
  const source = validation?.sheetName ?? draft?.sourceSheet;
  if (source !== sheetName) return;
  if (state.stale && !state.live) return;
  // Compared first: a signal without a change of values (our own marks, where a host reports them) does
  // nothing, so live mode can never loop on its own writes.
  const now = await (await annexActions()).readFingerprint(workbook).catch(() => null); // emptied or deleted: no longer matches
  const active = now?.sheetName === sheetName;
  if (active && now.fingerprint === (validation?.fingerprint ?? draft?.fingerprint)) return;
  // Live mode validates the edited table again when it is the one on screen (what readAnnex reads).
  if (state.live && validation && active) {
    await validate(workbook, state, dispatch, validation.report.annex?.number ?? 1, true);
  } else dispatch({ type: "resultOutdated" });
}

/** "Limpar marcações". Nothing marked in this session (the workbook was reopened): those on the active sheet. */
export const clearMarks = (workbook: Workbook, state: SessionState, dispatch: Dispatch) =>
  run(dispatch, "Limpando marcações…", async () => {
    await workbook.clearMarks(state.markedSheet ?? undefined);
    return { type: "cleared" };
  });

/** "Criar planilha e validar": the pasted text as a new sheet, validated as published text. */
export const paste = (workbook: Workbook, state: SessionState, dispatch: Dispatch, text: string) =>
  run(dispatch, "Criando planilha…", async (work) => {
    await clearPreviousMarks(workbook, state, dispatch);
    return {
      type: "pasted",
      validation: await (await annexActions()).pastePublishedText(workbook, text, state, undefined, work),
    };
  });

/** "Ver exemplo": the bundled Anexo I on a new sheet, validated. */
export const example = (workbook: Workbook, state: SessionState, dispatch: Dispatch) =>
  run(dispatch, "Abrindo o exemplo…", async (work) => {
    await clearPreviousMarks(workbook, state, dispatch);
    return { type: "validated", validation: await (await annexActions()).openExample(workbook, work) };
  });

/** "Criar anexo": the list on the active sheet drafted as an annex on a new sheet. */
export const draft = (workbook: Workbook, state: SessionState, dispatch: Dispatch, request: DraftRequest | DraftMode) =>
  run(dispatch, "Redigindo o anexo…", async (work) => ({
    type: "drafted",
    draft: await (await annexActions()).draftAnnex(workbook, request, state, work),
  }));

/** "Ir para a célula": the cell of a problem of the last validation. */
export const selectCell = async (workbook: Workbook, state: SessionState, dispatch: Dispatch, cell: string) => {
  const { validation } = state;
  if (validation) await run(dispatch, "Selecionando…", () => workbook.selectCell(validation.sheetName, cell));
};

/**
 * "Salvar regra": the rules change only once the workbook stored the rule set; a refusal (a field, or the
 * write itself) leaves them as they were. Resolves to whether it was saved.
 */
export async function saveRule(workbook: Workbook, form: RuleSetForm, dispatch: Dispatch): Promise<boolean> {
  dispatch({ type: "ruleFormReset" });
  try {
    const saved = await (await ruleSetActions()).saveRuleSet(workbook, form);
    dispatch({
      type: "rulesChanged",
      rules: saved.rules,
      selected: saved.ruleSet.id,
      outcome: { action: "saved", id: saved.ruleSet.id },
    });
    return true;
  } catch (failure) {
    dispatch({ type: "ruleSetRefused", refusal: refusalOf(failure) });
    return false;
  }
}

/** "Importar": rule sets exported from another workbook. Resolves to whether they were stored. */
export const importRules = (workbook: Workbook, dispatch: Dispatch, json: string) =>
  run(dispatch, "Importando…", async () => ({
    type: "rulesChanged",
    rules: await (await ruleSetActions()).importRuleSets(workbook, json),
    outcome: { action: "imported", count: countOf(json) },
  }));

/** How many rule sets an imported JSON held (one, or a list); read only once the import accepted it. */
function countOf(json: string): number {
  const data: unknown = JSON.parse(json.replace(/^\uFEFF/, ""));
  return Array.isArray(data) ? data.length : 1;
}

/** "Exportar regras": the JSON put on the clipboard when it can be, and shown as the result. */
export const exportRules = (workbook: Workbook, dispatch: Dispatch, copy: (text: string) => Promise<void>) =>
  run(dispatch, "Exportando…", async () => {
    const json = await (await ruleSetActions()).exportRuleSets(workbook);
    await copy(json).catch(() => undefined);
    return { type: "rulesExported", json };
  });

// --- "Abrir PDF…" and "Comparar com…" (issue 16) ---

/** "Abrir PDF…": the PDF's annex on a new sheet, validated; problems point to the page and line too. */
export const openPdf = (
  workbook: Workbook,
  state: SessionState,
  dispatch: Dispatch,
  file: AnnexFile,
  loadPdfjs?: PdfjsLoader,
) =>
  run(dispatch, "Lendo o PDF…", async () => {
    const validation = await (await fileActions()).openPublishedPdf(workbook, file, state, loadPdfjs);
    await clearPreviousMarks(workbook, state, dispatch, validation.sheetName);
    return { type: "pdfOpened", validation };
  });

/** "Comparar com…" opened (or closed): the sheets other than the active one are offered. */
export async function toggleCompare(workbook: Workbook, state: SessionState, dispatch: Dispatch): Promise<void> {
  dispatch({ type: "panelToggled", panel: "compare" });
  if (state.panel === "compare") return; // it was open: now closed
  try {
    const [sheets, active] = await Promise.all([workbook.listSheets(), workbook.activeSheetName()]);
    dispatch({ type: "compareSheetsListed", sheets: sheets.filter((name) => name !== active) });
  } catch (failure) {
    dispatch({ type: "failed", message: messageOf(failure) });
  }
}

/** "Comparar": the active sheet (new) with the previous annex (a sheet or a file); its changed cells marked. */
export const compare = (
  workbook: Workbook,
  state: SessionState,
  dispatch: Dispatch,
  source: CompareSource,
  loadPdfjs?: PdfjsLoader,
) =>
  run(dispatch, "Comparando…", async () => {
    const comparison = await (await fileActions()).compareWith(workbook, source, state, loadPdfjs);
    await clearPreviousMarks(workbook, state, dispatch, comparison.sheetName);
    return { type: "compared", comparison };
  });

/** "Ir para a célula" of a change: on the sheet that was compared. */
export const selectComparedCell = async (workbook: Workbook, state: SessionState, dispatch: Dispatch, cell: string) => {
  const { comparison } = state;
  if (comparison) await run(dispatch, "Selecionando…", () => workbook.selectCell(comparison.sheetName, cell));
};
