// One results area (issue): Regras' outcomes and "Comparar com…" are results too, each replacing the current
// one, which stays reachable as "resultado anterior". Driven through the session's commands, without rendering.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PUBLISHED_RULES } from "../../src/rules";
import { setWorkbookRules } from "../../src/functions/workbook-rules";
import type { AnnexFile } from "../../src/taskpane/files/file-actions";
import { formFrom } from "../../src/taskpane/rule-set-actions";
import { headlineOf } from "../../src/taskpane/components/ResultsArea";
import { compare, exportRules, importRules, saveRule, validate } from "../../src/taskpane/session/commands";
import { currentResult, initialSession, sessionReducer, type SessionAction } from "../../src/taskpane/session/session";
import { previewWorkbook } from "../../src/taskpane/preview-workbook";
import { MemoryWorkbook } from "../../src/taskpane/workbook/memory-workbook";

const published = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");

afterEach(() => setWorkbookRules(PUBLISHED_RULES));

function session() {
  let state = initialSession();
  const dispatch = (action: SessionAction) => {
    state = sessionReducer(state, action);
  };
  return {
    get state() {
      return state;
    },
    dispatch,
  };
}

const form = (id: string) => ({ ...formFrom(PUBLISHED_RULES.porte()), id });
const textFile = (name: string, text: string): AnnexFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, read: async () => bytes };
};
/** The previous annex: Arinos at R$ 30.000,00 instead of R$ 35.000,00. */
const previous = published.replace("10| Arinos Porte | R$ 35.000,00", "10| Arinos Porte | R$ 30.000,00");

describe("Regras and Comparar com… in the one results area", () => {
  test("no result when the pane opens (the first-run guide shows)", () => {
    const state = initialSession();
    expect(currentResult(state)).toBeNull();
    expect(state.previous).toBeNull();
  });

  test("Validar, then a rule set saved: the current result is the rules result, the previous the validation", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await validate(workbook, pane.state, pane.dispatch);
    expect(currentResult(pane.state)?.kind).toBe("validation");

    await expect(saveRule(workbook, form("minha-2018"), pane.dispatch)).resolves.toBe(true);
    const current = currentResult(pane.state);
    expect(current).toEqual({ kind: "rules", rules: { action: "saved", id: "minha-2018" } });
    expect(headlineOf(current!)).toBe("Regra minha-2018 salva na pasta.");
    expect(pane.state.validation).toBeNull();
    expect(pane.state.previous?.kind).toBe("validation");
    expect(pane.state.previous?.kind === "validation" && pane.state.previous.validation.sheetName).toBe("Anexo I");
    expect(pane.state.ruleSetId).toBe("minha-2018");
    // The validation's marks stay on its sheet: saving a rule set writes none.
    expect(pane.state.markedSheet).toBe("Anexo I");
  });

  test("a refused rule set is no result: the current one stays", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await validate(workbook, pane.state, pane.dispatch);
    const before = currentResult(pane.state);
    await expect(saveRule(workbook, form(""), pane.dispatch)).resolves.toBe(false);
    expect(currentResult(pane.state)).toEqual(before);
    expect(pane.state.previous).toBeNull();
  });

  test("exported as JSON (and copied), then imported elsewhere: each a result replacing the one before", async () => {
    const first = new MemoryWorkbook([{ name: "Plan1", values: [["x"]] }]);
    const pane = session();
    await saveRule(first, form("minha-2018"), pane.dispatch);
    await saveRule(first, form("minha-2019"), pane.dispatch);
    const copied: string[] = [];
    await exportRules(first, pane.dispatch, async (text) => void copied.push(text));

    const exported = currentResult(pane.state);
    expect(exported?.kind === "rules" && exported.rules.action).toBe("exported");
    const json = exported?.kind === "rules" && exported.rules.action === "exported" ? exported.rules.json : "";
    expect((JSON.parse(json) as Array<{ id: string }>).map((data) => data.id)).toEqual(["minha-2018", "minha-2019"]);
    expect(copied).toEqual([json]);
    expect(pane.state.previous).toEqual({ kind: "rules", rules: { action: "saved", id: "minha-2019" } });

    // A clipboard that refuses still shows the JSON.
    await exportRules(first, pane.dispatch, () => Promise.reject(new Error("sem permissão")));
    expect(pane.state.error).toBeNull();
    expect(currentResult(pane.state)).toEqual({ kind: "rules", rules: { action: "exported", json } });

    const second = new MemoryWorkbook([{ name: "Plan1", values: [["x"]] }]);
    await expect(importRules(second, pane.dispatch, `\uFEFF${json}`)).resolves.toBe(true);
    const imported = currentResult(pane.state);
    expect(imported).toEqual({ kind: "rules", rules: { action: "imported", count: 2 } });
    expect(headlineOf(imported!)).toBe("2 regras importadas.");
    expect(pane.state.previous).toEqual({ kind: "rules", rules: { action: "exported", json } });

    // Bad JSON: the error, and the results stay as they were.
    await expect(importRules(second, pane.dispatch, "{ não")).resolves.toBe(false);
    expect(currentResult(pane.state)).toEqual(imported);
  });

  test("Comparar com… after Validar: the comparison is the result, the validation the previous one", async () => {
    const workbook = previewWorkbook();
    const pane = session();
    await validate(workbook, pane.state, pane.dispatch);
    await compare(workbook, pane.state, pane.dispatch, { file: textFile("anterior.txt", previous) });

    expect(pane.state.error).toBeNull();
    const current = currentResult(pane.state);
    expect(current?.kind).toBe("comparison");
    expect(current?.kind === "comparison" && current.comparison).toBe(pane.state.comparison);
    expect(headlineOf(current!)).toBe(
      'Planilha Anexo I comparada com arquivo "anterior.txt": 0 incluídos, 0 excluídos, 1 alterado.',
    );
    expect(pane.state.validation).toBeNull();
    expect(pane.state.previous?.kind).toBe("validation");
    expect(pane.state.markedSheet).toBe("Anexo I");

    // A rule set saved next: the comparison becomes the previous result.
    await saveRule(workbook, form("minha-2018"), pane.dispatch);
    expect(currentResult(pane.state)?.kind).toBe("rules");
    expect(pane.state.comparison).toBeNull();
    expect(pane.state.previous?.kind).toBe("comparison");

    // A comparison after a rules result: the previous is the rules result.
    await compare(workbook, pane.state, pane.dispatch, { file: textFile("anterior.txt", previous) });
    expect(currentResult(pane.state)?.kind).toBe("comparison");
    expect(pane.state.previous).toEqual({ kind: "rules", rules: { action: "saved", id: "minha-2018" } });

    // Validar again: the comparison gives way, and is the previous result.
    await validate(workbook, pane.state, pane.dispatch);
    expect(currentResult(pane.state)?.kind).toBe("validation");
    expect(pane.state.comparison).toBeNull();
    expect(pane.state.previous?.kind).toBe("comparison");
  });
});
