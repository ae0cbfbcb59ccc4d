// Entry of the task pane. In the shared runtime this page also runs the custom functions and loads as soon
// as the workbook opens, so it holds no UI: React and Fluent UI (chunk "pane") load only when the pane shows.
import { ExcelWorkbook, isExcelSupported } from "./workbook/excel-workbook";
import { refreshFunctionsAfterUpdate } from "./workbook/functions-cache";

type Start = { mode: "excel" } | { mode: "preview" };

let started = false;

async function showPane(start: Start) {
  if (started) return;
  started = true;
  const { mountPane } = await import(/* webpackChunkName: "pane" */ "./mount");
  mountPane(start.mode);
}

/** The workbook's own rule sets, for the functions (=SES.PORTE(A2;"minha-2018")) before the pane is ever opened. */
async function loadWorkbookRuleSets() {
  if (!isExcelSupported()) return;
  const workbook = new ExcelWorkbook();
  // Most workbooks hold none: then zod, which validates them (rule-set-actions), is not even loaded.
  if ((await workbook.readRuleSets()).length === 0) return;
  const { applyStoredRuleSets } = await import(/* webpackChunkName: "rule-sets" */ "./rule-set-actions");
  const { problems } = await applyStoredRuleSets(workbook);
  for (const problem of problems) console.warn(problem); // the pane shows them when it opens
}

function startInExcel() {
  refreshFunctionsAfterUpdate(Office.context.document.settings, __ADDIN_VERSION__);
  void loadWorkbookRuleSets().catch((error) => console.warn("Anexos SES/MG: regras da pasta não lidas.", error));
  // A page opened by the ribbon button is visible; one started for the functions is not, until the pane opens.
  if (document.visibilityState === "visible") void showPane({ mode: "excel" });
  Office.addin.onVisibilityModeChanged((args) => {
    if (args.visibilityMode === Office.VisibilityMode.taskpane) void showPane({ mode: "excel" });
  });
}

// office.js comes from Microsoft's CDN; outside Office (or offline) it may be missing: that is preview mode.
if (typeof Office === "undefined") {
  void showPane({ mode: "preview" });
} else {
  void Office.onReady((info) => (info.host ? startInExcel() : showPane({ mode: "preview" })));
}
