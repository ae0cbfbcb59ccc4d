// The workbook of preview mode (the pane opened outside Excel): what a visitor can try without Excel.
import { tabulatePublishedText } from "../rules";
import { SHEET_ORIGINS_SETTING, type SheetOrigin } from "./workbook/workbook";
import annexText from "../data/anexo-i-5978-2017.txt";
import { MemoryWorkbook } from "./workbook/memory-workbook";

/** A list to draft from: Teto MAC on edges of the bands of Art. 3 of Res. 5.978/2017. */
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

/**
 * A recomposição annex of Res. 7.845/2021 with made-up hospitals and CNES (the published Anexo I is not in the
 * texts): recomposição = previsto 2021 − Valora Minas, or zero; one row is wrong on purpose (H6 should be 0,00).
 */
const EXAMPLE_RECOMPOSICAO = [
  ["ANEXO I - RECOMPOSIÇÃO (EXEMPLO, HOSPITAIS FICTÍCIOS)"],
  [
    "CNES",
    "Estabelecimento",
    "Município",
    "Macrorregião",
    "Natureza jurídica",
    "Previsto 2021",
    "Valora Minas",
    "Recomposição",
  ],
  ["2100001", "Hospital Exemplo A", "Governador Valadares", "Leste", "Filantrópica", 1100000, 800000, 300000],
  ["2100002", "Hospital Exemplo B", "Ipatinga", "Vale do Aço", "Pública municipal", 1300000, 1500000, 0],
  ["2100003", "Hospital Exemplo C", "Montes Claros", "Norte", "Filantrópica", 550000.55, 300000, 250000.55],
  ["2100004", "Hospital Exemplo D", "Caratinga", "Leste", "Pública estadual", 200000, 250000, 50000],
  [
    "2100005",
    "Hospital Exemplo E",
    "Uberaba",
    "Triângulo do Sul",
    "Filantrópica sem fins lucrativos",
    900000,
    400000,
    500000,
  ],
  ["TOTAL", "", "", "", "", "", "", 1100000.55],
];

export const BIG_SHEET_NAME = "Planilha grande";

/** A porte annex of `rows` rows: the rows of Anexo I over and over (so municipalities repeat), no TOTAL. */
function bigSheet(rows: number, annex: ReturnType<typeof tabulatePublishedText>) {
  const body = annex.values.slice(1).filter((row) => !/^TOTAL/i.test(String(row[0] ?? "")));
  const values = [annex.values[0]];
  for (let i = 0; i < rows; i++) {
    const row = body[i % body.length];
    values.push([i + 1, ...row.slice(1)]);
  }
  return { name: BIG_SHEET_NAME, values };
}

/**
 * Anexo I of Res. 5.978/2017 as an analyst would paste it, a list to draft from, and a recomposição annex;
 * bigRows adds a big sheet to try long work with (preview mode: taskpane.html?grande=30000).
 */
export function previewWorkbook({ bigRows = 0 }: { bigRows?: number } = {}): MemoryWorkbook {
  const annex = tabulatePublishedText(annexText);
  const workbook = new MemoryWorkbook([
    { name: "Anexo I", values: annex.values, numberFormats: annex.numberFormats },
    { name: "Lista de exemplo", values: EXAMPLE_LIST },
    { name: "Recomposição (exemplo)", values: EXAMPLE_RECOMPOSICAO },
    ...(bigRows > 0 ? [bigSheet(bigRows, annex)] : []),
  ]);
  // Pasted from the published text, as "Colar texto publicado" would have left it.
  const origin: SheetOrigin = {
    ocr: true,
    lines: annex.lines,
    readerProblems: annex.problems,
    rows: annex.values.length,
  };
  workbook.settings.set(SHEET_ORIGINS_SETTING, { "Anexo I": origin });
  return workbook;
}
