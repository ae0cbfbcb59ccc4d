import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_PORTE_RULE_SET, PUBLISHED_RULES } from "../../src/rules";
import { setWorkbookRules, workbookRules } from "../../src/functions/workbook-rules";
import { formFrom } from "../../src/taskpane/rule-set-actions";
import {
  clearMarks,
  draft,
  importRules,
  loadStoredRules,
  paste,
  saveRule,
  selectCell,
  sheetChanged,
  validate,
} from "../../src/taskpane/session/commands";
import { initialSession, sessionReducer, type SessionAction } from "../../src/taskpane/session/session";
import { previewWorkbook } from "../../src/taskpane/preview-workbook";
import { MemoryWorkbook } from "../../src/taskpane/workbook/memory-workbook";
import { RULE_SETS_SETTING, type Workbook } from "../../src/taskpane/workbook/workbook";
import { PUBLISHED_ANNEX_MARKS } from "./support";

const published = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");

afterEach(() => setWorkbookRules(PUBLISHED_RULES));

/** The pane's session without React: the state, what was dispatched, and the busy label seen at each step. */
function session() {
  let state = initialSession();
  const actions: string[] = [];
  const busy: (string | null)[] = [];
  const dispatch = (action: SessionAction) => {
    state = sessionReducer(state, action);
    actions.push(action.type);
    busy.push(state.busy);
  };
  return {
    get state() {
      return state;
    },
    dispatch,
    actions,
    busy,
  };
}

const marksOn = (workbook: MemoryWorkbook, sheetName: string) =>
  [
    ...(workbook
      .getState()
      .sheets.find((sheet) => sheet.name === sheetName)
      ?.marks.keys() ?? []),
  ].sort();

describe("the pane's workflow, driven without rendering", () => {
  test("Validar: busy while it runs, then the report of the active sheet and the sheet holding the marks", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await validate(workbook, pane.state, pane.dispatch);

    expect(pane.actions).toEqual([
      "started",
      "progressed",
      "progressed",
      "progressed",
      "marksCleared",
      "validated",
      "finished",
    ]);
    expect(pane.busy).toEqual([
      "Validando…",
      "Validando…",
      "Validando…",
      "Validando…",
      "Validando…",
      "Validando…",
      null,
    ]);
    expect(pane.state.progress).toBeNull();
    expect(pane.state.validation?.sheetName).toBe("Anexo I");
    expect(pane.state.validation?.report.summary.rows).toBe(172);
    expect(pane.state.markedSheet).toBe("Anexo I");
    expect(pane.state.error).toBeNull();
    expect(marksOn(workbook, "Anexo I")).toEqual([...PUBLISHED_ANNEX_MARKS].sort());
  });

  test("Limpar marcações: the marks and the validation are gone", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await validate(workbook, pane.state, pane.dispatch);
    await clearMarks(workbook, pane.state, pane.dispatch);

    expect(pane.state.validation).toBeNull();
    expect(pane.state.markedSheet).toBeNull();
    expect(pane.state.busy).toBeNull();
    expect(marksOn(workbook, "Anexo I")).toEqual([]);
  });

  test("pasting published text: a new sheet validated, the paste panel closed, the earlier marks removed", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await validate(workbook, pane.state, pane.dispatch);
    pane.dispatch({ type: "panelToggled", panel: "paste" });
    expect(pane.state.panel).toBe("paste");
    await paste(workbook, pane.state, pane.dispatch, published);

    expect(pane.state.panel).toBeNull();
    expect(pane.state.validation?.sheetName).toBe("Texto publicado");
    expect(pane.state.validation?.report.summary.rows).toBe(172);
    expect(pane.state.markedSheet).toBe("Texto publicado");
    expect(workbook.getState().activeSheet).toBe("Texto publicado");
    expect(marksOn(workbook, "Anexo I")).toEqual([]);
    expect(marksOn(workbook, "Texto publicado")).toEqual([...PUBLISHED_ANNEX_MARKS].sort());
  });

  test("a failure the analyst can act on is shown as it is; the pane is idle again and shows no result", async () => {
    const workbook = new MemoryWorkbook([{ name: "Vazia", values: [] }]);
    const pane = session();
    await validate(workbook, pane.state, pane.dispatch);

    expect(pane.state.error).toBe('A planilha "Vazia" está vazia.');
    expect(pane.state.validation).toBeNull();
    expect(pane.state.busy).toBeNull();
  });

  test("any other failure says, in pt-BR, that nothing changed in the cells; the next action clears it", async () => {
    const workbook = previewWorkbook();
    const broken: Workbook = Object.assign(Object.create(workbook), {
      readAnnex: () => Promise.reject(new Error("RichApi.Error: timeout")),
    });
    const pane = session();
    await expect(validate(broken, pane.state, pane.dispatch)).resolves.toBe(false);
    expect(pane.state.error).toBe(
      "Não foi possível concluir a operação no Excel. Nada foi alterado nas suas células. Detalhe: RichApi.Error: timeout",
    );

    await validate(workbook, pane.state, pane.dispatch);
    expect(pane.state.error).toBeNull();
  });

  test("a list with problems drafts nothing and keeps the draft panel open", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    pane.dispatch({ type: "panelToggled", panel: "draft" });
    await draft(workbook, pane.state, pane.dispatch, "values");
    expect(pane.state.error).toMatch(/^A lista tem problemas; nada foi criado:/);
    expect(pane.state.panel).toBe("draft");
    expect(pane.state.draft).toBeNull();

    await workbook.selectCell("Lista de exemplo", "A1");
    await draft(workbook, pane.state, pane.dispatch, "values");
    expect(pane.state.panel).toBeNull();
    expect(pane.state.draft?.sheetName).toBe("Anexo I (rascunho)");
  });

  test("Ir para a célula selects the cell on the validated sheet, and does nothing before a validation", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await selectCell(workbook, pane.state, pane.dispatch, "C2");
    expect(pane.actions).toEqual([]);

    await validate(workbook, pane.state, pane.dispatch);
    await selectCell(workbook, pane.state, pane.dispatch, "C2");
    expect(workbook.getState().selection).toBe("C2");
  });
});

describe("rule sets in the session", () => {
  /** A workbook that reads its rule sets but cannot store them (a read-only file, a lost connection). */
  class ReadOnlyWorkbook extends MemoryWorkbook {
    override async writeRuleSets(): Promise<void> {
      throw new Error("a pasta está somente leitura");
    }
  }
  const form = (id: string) => ({ ...formFrom(PUBLISHED_RULES.porte()), id });

  test("saved: the rules and the chosen rule set change once the workbook stored it", async () => {
    const workbook = new MemoryWorkbook([{ name: "Plan1", values: [["x"]] }]);
    const pane = session();
    await expect(saveRule(workbook, form("minha-2018"), pane.dispatch)).resolves.toBe(true);

    expect(pane.state.rules.custom.map((ruleSet) => ruleSet.id)).toEqual(["minha-2018"]);
    expect(pane.state.ruleSetId).toBe("minha-2018");
    expect(pane.state.ruleSetRefusal).toBeNull();
    expect((workbook.settings.get(RULE_SETS_SETTING) as Array<{ id: string }>).map((data) => data.id)).toEqual([
      "minha-2018",
    ]);
  });

  test("the workbook refuses the write: the old rules stay, and the form says why in pt-BR", async () => {
    const workbook = new ReadOnlyWorkbook([{ name: "Plan1", values: [["x"]] }]);
    const pane = session();
    await expect(saveRule(workbook, form("minha-2018"), pane.dispatch)).resolves.toBe(false);

    expect(pane.state.rules).toBe(PUBLISHED_RULES);
    expect(pane.state.ruleSetId).toBe(DEFAULT_PORTE_RULE_SET);
    expect(pane.state.ruleSetRefusal).toEqual({
      message: "A regra não foi salva na pasta de trabalho: a pasta está somente leitura",
      fields: {},
    });
    expect(() => workbookRules().porte("minha-2018")).toThrow(/Regra desconhecida/);
  });

  test("a refused field is kept by path for the form, and cleared when the form is reset", async () => {
    const workbook = new MemoryWorkbook([{ name: "Plan1", values: [["x"]] }]);
    const pane = session();
    await saveRule(workbook, form(""), pane.dispatch);
    expect(pane.state.ruleSetRefusal?.fields).toEqual({ id: "dê um nome à regra, como minha-2018" });

    pane.dispatch({ type: "ruleFormReset" });
    expect(pane.state.ruleSetRefusal).toBeNull();
  });

  test("importing bad JSON keeps the rules and shows the pt-BR message", async () => {
    const workbook = new MemoryWorkbook([{ name: "Plan1", values: [["x"]] }]);
    const pane = session();
    await expect(importRules(workbook, pane.dispatch, "{ não")).resolves.toBe(false);
    expect(pane.state.rules).toBe(PUBLISHED_RULES);
    expect(pane.state.error).toBe("O texto colado não é um JSON válido: erro na linha 1, coluna 3.");
  });

  test("a broken rule set stored in the workbook is reported when the pane opens, never applied", async () => {
    const workbook = new MemoryWorkbook([{ name: "Plan1", values: [["x"]] }]);
    workbook.settings.set(RULE_SETS_SETTING, [{ id: "quebrada", kind: "porte" }]);
    const pane = session();
    await loadStoredRules(workbook, pane.dispatch);
    expect(pane.state.error).toMatch(/^Regra salva na pasta ignorada\. Regra "quebrada" inválida/);
    expect(pane.state.rules.custom).toEqual([]);
  });
});

describe("panels", () => {
  test("a button opens its panel, the same button closes it, another switches to its own", () => {
    let state = initialSession();
    state = sessionReducer(state, { type: "panelToggled", panel: "rules" });
    expect(state.panel).toBe("rules");
    state = sessionReducer(state, { type: "panelToggled", panel: "paste" });
    expect(state.panel).toBe("paste");
    state = sessionReducer(state, { type: "panelToggled", panel: "paste" });
    expect(state.panel).toBeNull();
  });

  test("in an Excel without the APIs the pane needs, the session opens with the reason", () => {
    expect(initialSession("Esta versão do Excel não oferece a API.").error).toBe(
      "Esta versão do Excel não oferece a API.",
    );
  });
});

describe("one results area, outdated results, live mode, cancel", () => {
  test("a draft replaces the validation, which becomes the previous result", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await validate(workbook, pane.state, pane.dispatch);
    workbook.select("A1", "Lista de exemplo");
    await draft(workbook, pane.state, pane.dispatch, {
      mode: "values",
      resolution: { number: "6.123", year: 2018, competencia: "2018" },
      chart: true,
    });

    expect(pane.state.validation).toBeNull();
    expect(pane.state.draft?.sheetName).toBe("Anexo I (rascunho)");
    expect(pane.state.previous?.kind).toBe("validation");
    expect(pane.state.draft?.annex.values[0][0]).toBe("ANEXO I DA RESOLUÇÃO SES/MG Nº 6.123, DE [DATA] DE 2018");
    expect(pane.state.draft?.articles).toContain(
      "referentes à competência de 2018 têm despesas no limite de R$ 485.000,00",
    );
    // Rows 15 to 20: one municipality of each porte, Porte I (Águas Formosas) to Porte VI (Uberlândia).
    expect(pane.state.draft?.annex.values[14]).toEqual(["Porte I", 1, "", 35000]);
    expect(pane.state.draft?.annex.values[19]).toEqual(["Porte VI", 1, "", 120000]);
    expect(workbook.charts).toEqual([
      {
        sheetName: "Anexo I (rascunho)",
        title: "Anexo I por porte (competência 2018)",
        categories: "A15:A20",
        values: "D15:D20",
        anchor: "F2",
      },
    ]);
  });

  test("an edit of the validated sheet makes the result outdated; an edit elsewhere does not", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    workbook.select("A1", "Recomposição (exemplo)");
    await validate(workbook, pane.state, pane.dispatch);
    const heard: string[] = [];
    const stop = workbook.onChanged((sheetName) => heard.push(sheetName));
    workbook.setCell("Lista de exemplo", "B2", 1);
    await sheetChanged(workbook, pane.state, pane.dispatch, "Lista de exemplo");
    expect(pane.state.stale).toBe(false);
    workbook.setCell("Recomposição (exemplo)", "F3", 1100000.01);
    await sheetChanged(workbook, pane.state, pane.dispatch, "Recomposição (exemplo)");
    expect(pane.state.stale).toBe(true);
    expect(heard).toEqual(["Lista de exemplo", "Recomposição (exemplo)"]);
    stop();
  });

  test("live mode validates the table again on an edit: H6 and the TOTAL fixed, no mark is left", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    workbook.select("A1", "Recomposição (exemplo)");
    await validate(workbook, pane.state, pane.dispatch);
    expect(marksOn(workbook, "Recomposição (exemplo)")).toEqual(["H6"]);
    pane.dispatch({ type: "liveToggled", live: true });
    workbook.setCell("Recomposição (exemplo)", "H6", 0);
    workbook.setCell("Recomposição (exemplo)", "H8", 1050000.55);
    await sheetChanged(workbook, pane.state, pane.dispatch, "Recomposição (exemplo)");

    expect(pane.state.validation?.report.valid).toBe(true);
    expect(pane.state.validation?.report.summary.sum).toBe("1050000.55");
    expect(pane.state.previous).toBeNull(); // the same table, validated again: not a new result
    expect(marksOn(workbook, "Recomposição (exemplo)")).toEqual([]);
  });

  test("a change signal without a change of values does nothing, in live mode too (no loop on our own marks)", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    workbook.select("A1", "Recomposição (exemplo)");
    await validate(workbook, pane.state, pane.dispatch);
    pane.dispatch({ type: "liveToggled", live: true });
    const before = pane.actions.length;
    await sheetChanged(workbook, pane.state, pane.dispatch, "Recomposição (exemplo)");
    expect(pane.actions.slice(before)).toEqual([]);
    expect(pane.state.stale).toBe(false);
  });

  test("Cancelar on a big sheet: nothing is marked, the previous result stays", async () => {
    const workbook = previewWorkbook({ bigRows: 5000 });
    const pane = session();
    await validate(workbook, pane.state, pane.dispatch);
    workbook.select("A1", "Planilha grande");
    const running = validate(workbook, pane.state, pane.dispatch);
    pane.state.cancel?.();
    expect(await running).toBe(false);

    expect(pane.state.notice).toBe("Cancelado: nada mais foi escrito na pasta de trabalho.");
    expect(pane.state.validation?.sheetName).toBe("Anexo I");
    expect(marksOn(workbook, "Planilha grande")).toEqual([]);
    expect(pane.state.busy).toBeNull();
  });
});
