import { createRoot } from "react-dom/client";
import { App, type AppProps } from "./components/App";
import { ExcelWorkbook, isExcelSupported, REQUIRED_EXCEL_API } from "./workbook/excel-workbook";
import { previewWorkbook } from "./preview-workbook";

function appProps(mode: "excel" | "preview"): AppProps {
  if (mode === "preview") {
    const preview = previewWorkbook();
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
