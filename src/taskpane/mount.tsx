import { createRoot } from "react-dom/client";
import { tabulatePublishedText } from "../rules";
import annexText from "../data/anexo-i-5978-2017.txt";
import { App, type AppProps } from "./components/App";
import { ExcelWorkbook, isExcelSupported, REQUIRED_EXCEL_API } from "./office/excel-workbook";
import { MemoryWorkbook } from "./office/memory-workbook";

/** A list to draft from in preview mode: Teto MAC on edges of the bands of Art. 3 of Res. 5.978/2017. */
const EXAMPLE_LIST = [
  ["Município", "Teto MAC anual"],
  ["Além Paraíba", 5000000.01],
  ["Águas Formosas", 2000000],
  ["Alfenas", 50000000.01],
  ["Belo Horizonte", 3000000000],
  ["Araxá", 30000000.01],
  ["Almenara", 2000000.01],
  ["Uberlândia", 100000000.01],
];

/** Preview mode's workbook: Anexo I of Res. 5.978/2017 as an analyst would paste it, and a list to draft from. */
export function previewWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook([
    { name: "Anexo I", ...tabulatePublishedText(annexText) },
    { name: "Lista de exemplo", values: EXAMPLE_LIST },
  ]);
}

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
