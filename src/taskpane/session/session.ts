// The pane's workflow as one value: what runs, what the last validation or draft gave, what failed, which panel
// is open, which rules apply and which sheet holds our marks. Changed only by the named actions below, so the
// whole workflow can be driven and checked without rendering anything (see commands.ts).
import { DEFAULT_PORTE_RULE_SET, PUBLISHED_RULES, type RuleBook } from "../../rules";
import type { Draft, Validation } from "../annex-actions";
import type { ComparisonResult } from "../files/file-actions";

export type Panel = "paste" | "draft" | "rules" | "compare";

/** What "Regras" did: a rule set saved, rule sets imported, or the workbook's rule sets exported as JSON. */
export type RulesOutcome =
  { action: "saved"; id: string } | { action: "imported"; count: number } | { action: "exported"; json: string };

/** What the results area shows: one result at a time, the one before it kept as "resultado anterior". */
export type Result =
  | { kind: "validation"; validation: Validation }
  | { kind: "draft"; draft: Draft }
  | { kind: "rules"; rules: RulesOutcome }
  | { kind: "comparison"; comparison: ComparisonResult };

/** Where long work is: the step, and how far (done of total). */
export interface Progress {
  step: string;
  done: number;
  total: number;
}

/** Why the last "Salvar regra" stored nothing: the message, and the refused fields by path. */
export interface RuleSetRefusal {
  message: string;
  fields: Record<string, string>;
}

export interface SessionState {
  /** The label of the action running ("Validando…"), or null when the pane is idle. */
  busy: string | null;
  /** The pt-BR message of the last failure (or of the workbook's ignored rule sets). */
  error: string | null;
  validation: Validation | null;
  draft: Draft | null;
  panel: Panel | null;
  /** The porte rule set chosen in the pane. */
  ruleSetId: string;
  /** The published rule sets and the workbook's own. */
  rules: RuleBook;
  /** The sheet holding the marks of the last validation, so a new one (or "Limpar") removes them. */
  markedSheet: string | null;
  ruleSetRefusal: RuleSetRefusal | null;
  /** What "Regras" last did, when it is the current result. */
  rulesOutcome: RulesOutcome | null;
  /** The result shown before the current one, still reachable. */
  previous: Result | null;
  /** The sheet the current result came from changed since: the result no longer matches it. */
  stale: boolean;
  /** The step of the action running, while it reports one. */
  progress: Progress | null;
  /** Stops the action running (its AbortController), when it can be stopped. */
  cancel: (() => void) | null;
  /** The last action was cancelled: what the pane says about it. */
  notice: string | null;
  /** Live mode: the validated table is validated again whenever its values change. */
  live: boolean;
  // --- "Abrir PDF…" and "Comparar com…" (issue 16) ---
  /** The last "Comparar com…", when it is the current result: what changed and the changed cells (marked). */
  comparison: ComparisonResult | null;
  /** The sheets "Comparar com…" offers as the previous annex: all but the active one. */
  compareSheets: string[];
}

/** The current result, as one value. */
export function currentResult(state: SessionState): Result | null {
  if (state.validation) return { kind: "validation", validation: state.validation };
  if (state.draft) return { kind: "draft", draft: state.draft };
  if (state.rulesOutcome) return { kind: "rules", rules: state.rulesOutcome };
  if (state.comparison) return { kind: "comparison", comparison: state.comparison };
  return null;
}

/** A new result replaces the current one, which becomes the previous one. */
function withResult(state: SessionState, result: Result): SessionState {
  return {
    ...state,
    previous: currentResult(state) ?? state.previous,
    validation: result.kind === "validation" ? result.validation : null,
    draft: result.kind === "draft" ? result.draft : null,
    rulesOutcome: result.kind === "rules" ? result.rules : null,
    comparison: result.kind === "comparison" ? result.comparison : null,
    stale: false,
  };
}

export type SessionAction =
  | { type: "started"; label: string; cancel?: () => void }
  | { type: "progressed"; progress: Progress }
  /** "Cancelar": the action stopped before writing anything more. */
  | { type: "cancelled" }
  /** The sheet of the current result changed since it was made. */
  | { type: "resultOutdated" }
  /** Live mode turned on or off. */
  | { type: "liveToggled"; live: boolean }
  | { type: "finished" }
  | { type: "failed"; message: string }
  /** A validation (Validar, Ver exemplo) done and its sheet marked. */
  | { type: "validated"; validation: Validation; live?: boolean }
  /** Published text pasted into a new sheet and validated there; the paste panel closes. */
  | { type: "pasted"; validation: Validation }
  /** Our marks removed from the sheet that held them; what the pane shows stays. */
  | { type: "marksCleared" }
  /** "Limpar marcações": the marks and the validation gone. */
  | { type: "cleared" }
  | { type: "drafted"; draft: Draft }
  | { type: "panelToggled"; panel: Panel }
  | { type: "panelClosed" }
  | { type: "ruleSetChosen"; id: string }
  /** The workbook's stored rule sets read; those refused are reported, never applied. */
  | { type: "rulesLoaded"; rules: RuleBook; problems: string[] }
  /**
   * The workbook now stores these rule sets (imported or saved); selected is the one to choose, outcome what
   * the results area says about it.
   */
  | { type: "rulesChanged"; rules: RuleBook; selected?: string; outcome?: RulesOutcome }
  /** The workbook's rule sets exported as JSON (and copied when the clipboard allows). */
  | { type: "rulesExported"; json: string }
  | { type: "ruleSetRefused"; refusal: RuleSetRefusal }
  /** The rule form opened again, closed or resubmitted: its last refusal no longer applies. */
  | { type: "ruleFormReset" }
  // --- "Abrir PDF…" and "Comparar com…" (issue 16) ---
  /** A PDF read into a new sheet and validated there, as pasted text is. */
  | { type: "pdfOpened"; validation: Validation }
  /** The sheets to compare with listed, when "Comparar com…" opens. */
  | { type: "compareSheetsListed"; sheets: string[] }
  /** The active sheet compared and its changed cells marked; the panel closes, the comparison is the result. */
  | { type: "compared"; comparison: ComparisonResult };

/** The session when the pane opens; unsupported says why this Excel cannot run it, if it cannot. */
export function initialSession(unsupported?: string): SessionState {
  return {
    busy: null,
    error: unsupported ?? null,
    validation: null,
    draft: null,
    panel: null,
    ruleSetId: DEFAULT_PORTE_RULE_SET,
    rules: PUBLISHED_RULES,
    markedSheet: null,
    ruleSetRefusal: null,
    rulesOutcome: null,
    previous: null,
    stale: false,
    progress: null,
    cancel: null,
    notice: null,
    live: false,
    comparison: null,
    compareSheets: [],
  };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "started":
      return { ...state, busy: action.label, error: null, notice: null, cancel: action.cancel ?? null };
    case "finished":
      return { ...state, busy: null, progress: null, cancel: null };
    case "progressed":
      return { ...state, progress: action.progress };
    case "cancelled":
      return { ...state, notice: "Cancelado: nada mais foi escrito na pasta de trabalho." };
    case "resultOutdated":
      return currentResult(state) ? { ...state, stale: true } : state;
    case "liveToggled":
      return { ...state, live: action.live };
    case "failed":
      return { ...state, error: action.message };
    case "validated": {
      const next = withResult(state, { kind: "validation", validation: action.validation });
      // Live mode re-validates the same table as it is edited: what was before is the same result, older.
      return {
        ...next,
        previous: action.live ? state.previous : next.previous,
        markedSheet: action.validation.sheetName,
      };
    }
    case "pasted":
      return {
        ...withResult(state, { kind: "validation", validation: action.validation }),
        markedSheet: action.validation.sheetName,
        panel: null,
      };
    case "marksCleared":
      return { ...state, markedSheet: null };
    case "cleared":
      return { ...state, markedSheet: null, validation: null, stale: false, comparison: null };
    case "drafted":
      return { ...withResult(state, { kind: "draft", draft: action.draft }), panel: null };
    case "panelToggled":
      return { ...state, panel: state.panel === action.panel ? null : action.panel, ruleSetRefusal: null };
    case "panelClosed":
      return { ...state, panel: null, ruleSetRefusal: null };
    case "ruleSetChosen":
      return { ...state, ruleSetId: action.id };
    case "rulesLoaded":
      return {
        ...state,
        rules: action.rules,
        error: action.problems.length > 0 ? action.problems.join("\n") : state.error,
      };
    case "rulesChanged": {
      const next = action.outcome ? withResult(state, { kind: "rules", rules: action.outcome }) : state;
      return { ...next, rules: action.rules, ruleSetId: action.selected ?? state.ruleSetId, ruleSetRefusal: null };
    }
    case "rulesExported":
      return withResult(state, { kind: "rules", rules: { action: "exported", json: action.json } });
    case "ruleSetRefused":
      return { ...state, ruleSetRefusal: action.refusal };
    case "ruleFormReset":
      return { ...state, ruleSetRefusal: null };
    // --- "Abrir PDF…" and "Comparar com…" (issue 16) ---
    case "pdfOpened":
      return {
        ...withResult(state, { kind: "validation", validation: action.validation }),
        markedSheet: action.validation.sheetName,
        panel: null,
      };
    case "compareSheetsListed":
      return { ...state, compareSheets: action.sheets };
    case "compared":
      return {
        ...withResult(state, { kind: "comparison", comparison: action.comparison }),
        markedSheet: action.comparison.sheetName,
        panel: null,
      };
  }
}
