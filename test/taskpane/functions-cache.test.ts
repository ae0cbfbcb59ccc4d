import {
  FORCE_REFRESH_SETTING,
  refreshFunctionsAfterUpdate,
  VERSION_SETTING,
  type DocumentSettings,
} from "../../src/taskpane/workbook/functions-cache";

/** Office.context.document.settings in memory: what was set, and how many times it was saved. */
function settings(initial: Record<string, unknown> = {}) {
  const values = new Map(Object.entries(initial));
  let saves = 0;
  const api: DocumentSettings = {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => void values.set(name, value),
    saveAsync: () => void saves++,
  };
  return { api, values, saves: () => saves };
}

describe("functions metadata after an update", () => {
  test("a new version turns the refresh on once, then off on the next start", () => {
    const workbook = settings({ [VERSION_SETTING]: "0.9.0" });
    expect(refreshFunctionsAfterUpdate(workbook.api, "1.0.0")).toBe("refreshed");
    expect(Object.fromEntries(workbook.values)).toEqual({ [VERSION_SETTING]: "1.0.0", [FORCE_REFRESH_SETTING]: true });
    expect(refreshFunctionsAfterUpdate(workbook.api, "1.0.0")).toBe("settled");
    expect(workbook.values.get(FORCE_REFRESH_SETTING)).toBe(false);
    expect(refreshFunctionsAfterUpdate(workbook.api, "1.0.0")).toBe("unchanged");
    expect(workbook.saves()).toBe(2);
  });

  test("a workbook never opened with the add-in gets the current metadata too", () => {
    const workbook = settings();
    expect(refreshFunctionsAfterUpdate(workbook.api, "1.0.0")).toBe("refreshed");
    expect(workbook.values.get("Office.ForceRefreshCustomFunctionsCache")).toBe(true);
  });
});
