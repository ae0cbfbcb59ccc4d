// What the porte annex check and the draft list say about a name that is no municipality of Minas Gerais.
import { describeStates, stateLabel, type NameResolution, type OfficialMunicipality } from "./municipalities";

type Elsewhere = Extract<NameResolution, { kind: "elsewhere" }>;
type Unknown = Extract<NameResolution, { kind: "unknown" }>;

/** municipality-not-mg: `shown` is the cell's text as the message quotes it. */
export function elsewhereMessage(shown: string, { uf, places, inMinas }: Elsewhere): string {
  if (places.length > 0) return `"${shown}" não é município de Minas Gerais: é de ${describeStates(places)}.`;
  if (inMinas) {
    return `"${shown}" tem a UF de ${stateLabel(uf as string)}, mas ${inMinas.name} é de Minas Gerais: escreva só o nome.`;
  }
  return `"${shown}" tem a UF de ${stateLabel(uf as string)}: não é município de Minas Gerais.`;
}

/** municipality-unknown, with its suggestion: the municipality of the row's IBGE code, when it has one. */
export function unknownMessage(
  shown: string,
  resolution: Unknown,
  byCode: OfficialMunicipality | undefined,
): { message: string; suggestion: string | undefined } {
  if (byCode) {
    return {
      message: `"${shown}" não é um município de Minas Gerais (IBGE); pelo código IBGE ${byCode.code}, seria "${byCode.name}".`,
      suggestion: byCode.name,
    };
  }
  const suggestion = resolution.suggestion?.name;
  if (resolution.abbreviation && suggestion) {
    return {
      message: `"${shown}" parece abreviação de "${suggestion}": escreva o nome do município por extenso, como no IBGE.`,
      suggestion,
    };
  }
  return {
    message: `"${shown}" não é um município de Minas Gerais (IBGE)${suggestion ? `; talvez "${suggestion}"` : ""}.`,
    suggestion,
  };
}

/** ibge-mismatch. */
export function mismatchMessage(byCode: OfficialMunicipality, byName: OfficialMunicipality): string {
  return `O código IBGE ${byCode.code} é de ${byCode.name}, não de ${byName.name} (${byName.code}).`;
}
