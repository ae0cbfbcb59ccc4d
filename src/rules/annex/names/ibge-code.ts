import { ALL_BY_CODE, MG_BY_CODE, MG_BY_CODE6, STATE_NAMES, type OfficialMunicipality } from "./municipality-tables";
import { showCell, type CellValue } from "../sheet";

/** A code cell read: the municipality of Minas Gerais it is, or why it is none (pt-BR). */
export type IbgeCodeReading =
  | { ok: true; municipality: OfficialMunicipality }
  | { ok: false; text: string; message: string; suggestion?: OfficialMunicipality };

/**
 * An IBGE municipality code of Minas Gerais: seven digits, or the first six (DATASUS and CNES write codes
 * without the check digit; the six identify the municipality on their own). Dots, spaces and hyphens
 * between digits are ignored ("310.620-0").
 */
export function readIbgeCode(raw: CellValue): IbgeCodeReading {
  const text = showCell(raw);
  const digits = text.replace(/[\s.-]/g, "");
  if (!/^\d{6,7}$/.test(digits)) {
    return { ok: false, text, message: `Código IBGE "${text}" não tem 7 dígitos.` };
  }
  const municipality = digits.length === 7 ? MG_BY_CODE.get(digits) : MG_BY_CODE6.get(digits);
  if (municipality) return { ok: true, municipality };
  const elsewhere = ALL_BY_CODE.get(digits);
  if (elsewhere) {
    return {
      ok: false,
      text,
      message: `O código IBGE ${digits} é de ${elsewhere.name}, ${STATE_NAMES.get(elsewhere.uf)} (${elsewhere.uf}), não de Minas Gerais.`,
    };
  }
  // Seven digits whose first six are a code of Minas Gerais: a wrong check digit. (Six digits were looked up
  // whole above, so they find nothing here.)
  const suggestion = MG_BY_CODE6.get(digits.slice(0, 6));
  const hint = suggestion ? `; talvez ${suggestion.code} (${suggestion.name})` : "";
  return {
    ok: false,
    text,
    message: `O código IBGE ${digits} não é de nenhum município de Minas Gerais${hint}.`,
    suggestion,
  };
}
