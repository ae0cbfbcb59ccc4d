import { createRoot } from "react-dom/client";
import { App, type AppProps } from "./components/App";
import { ExcelWorkbook, isExcelSupported, REQUIRED_EXCEL_API } from "./workbook/excel-workbook";
import { previewWorkbook } from "./preview-workbook";

function appProps(mode: "excel" | "preview"): AppProps {
  if (mode === "preview") {
    // ?grande=30000: a big sheet to try long work (progress, Cancelar) with.
    const bigRows = Math.min(200_000, Number(new URLSearchParams(location.search).get("grande")) || 0);
    const preview = previewWorkbook({ bigRows });
    // The preview's workbook for the browser tests (an edit as typing in a cell would do, for live mode).
    (window as unknown as { anexosPreview?: unknown }).anexosPreview = preview;
    return { workbook: preview, preview };
  }
  return {
    workbook: new ExcelWorkbook(),
    unsupported: isExcelSupported()
      ? undefined
      : `Esta versão do Excel não oferece a API de que o painel precisa (ExcelApi ${REQUIRED_EXCEL_API}). ` +
        "Atualize o Excel ou use o Excel na Web; as funções SES continuam funcionando.",
  };
}

export function mountPane(mode: "excel" | "preview") {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App {...appProps(mode)} />);
}
