// A realistic recomposição annex (Res. 7.845/2021), made here so no binary fixture is kept: tens of hospitals
// of several macrorregiões and naturezas, the 2021 programs and the two Valora Minas modules in their own
// columns, recomposição = max(0, previsto − Valora) in integer centavos, and the TOTAL.
import { getMunicipalities } from "@brazilian-utils/brazilian-utils/get-municipalities";
import type { CellValue } from "../../src/rules";

const names = getMunicipalities("MG").map((municipality) => municipality.name);

export const MACRORREGIOES = [
  "Centro",
  "Leste",
  "Vale do Aço",
  "Norte",
  "Sul",
  "Triângulo do Norte",
  "Sudeste",
  "Oeste",
];
export const NATUREZAS = ["Pública municipal", "Pública estadual", "Filantrópica", "Filantrópica sem fins lucrativos"];

export const RECOMPOSICAO_HEADER = [
  "CNES",
  "Estabelecimento",
  "Município",
  "Macrorregião",
  "Natureza jurídica",
  "Rede Resposta",
  "PROURG",
  "Rede Cegonha",
  "Odontologia Hospitalar",
  "Pro-Hosp Incentivo",
  "Pro-Hosp Gestão Compartilhada",
  "Previsto 2021",
  "Módulo Valor em Saúde",
  "Módulo Hospitais Plataforma",
  "Valora Minas",
  "Recomposição",
];

/** Column indexes of the annex, for tests that change a cell. */
export const COLUMN = { cnes: 0, natureza: 4, previsto: 11, valora: 14, recomposicao: 15 };

const reais = (cents: number) => cents / 100;

/** The annex's rows: a title, the header, one row per hospital and the TOTAL. Deterministic. */
export function recomposicaoAnnex(hospitals = 40): CellValue[][] {
  let seed = 7845;
  const next = (max: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % max;
  };
  const rows: CellValue[][] = [
    ["ANEXO I DA RESOLUÇÃO SES/MG Nº 7.845, DE 11 DE NOVEMBRO DE 2021"],
    RECOMPOSICAO_HEADER,
  ];
  let total = 0;
  for (let i = 0; i < hospitals; i++) {
    // Each program in centavos, some hospitals without some programs.
    const programs = [0, 1, 2, 3, 4, 5].map((p) => (next(3) === 0 && p > 0 ? 0 : next(80_000_000) + 1_000_000));
    const previsto = programs.reduce((sum, cents) => sum + cents, 0);
    // About a third of the hospitals get more from Valora Minas than in 2021: no recomposição.
    const valora = i % 3 === 0 ? previsto + next(10_000_000) : Math.floor(previsto * (0.3 + next(60) / 100));
    const valorEmSaude = Math.floor(valora * 0.7);
    const recomposicao = Math.max(0, previsto - valora);
    total += recomposicao;
    rows.push([
      String(2_100_000 + i * 1_237),
      `Hospital ${i + 1}`,
      names[(i * 37) % names.length],
      MACRORREGIOES[i % MACRORREGIOES.length],
      NATUREZAS[(i * 5) % NATUREZAS.length],
      ...programs.map(reais),
      reais(previsto),
      reais(valorEmSaude),
      reais(valora - valorEmSaude),
      reais(valora),
      reais(recomposicao),
    ]);
  }
  rows.push(["TOTAL", ...Array(14).fill(""), reais(total)]);
  return rows;
}
