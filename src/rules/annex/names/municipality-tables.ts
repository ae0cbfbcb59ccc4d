// The IBGE list of municipalities (from @brazilian-utils/brazilian-utils), indexed the ways the checks
// look names and codes up. Built once, never changed.
import { getMunicipalities } from "@brazilian-utils/brazilian-utils/get-municipalities";
import { getStates } from "@brazilian-utils/brazilian-utils/get-states";
import { MUNICIPALITY_SPELLINGS } from "./municipality-spellings";
import { normalizeText } from "../text";

export interface OfficialMunicipality {
  /** Seven-digit IBGE code, as text ("3106200"). */
  readonly code: string;
  /** The IBGE name ("Belo Horizonte"). */
  readonly name: string;
  /** Two-letter state code ("MG"). */
  readonly uf: string;
  /** normalizeText of the name. */
  readonly key: string;
}

const ALL: readonly OfficialMunicipality[] = getMunicipalities().map(({ code, name, stateCode }) => ({
  code,
  name,
  uf: stateCode,
  key: normalizeText(name),
}));

export const HOME_UF = "MG";

/** The 853 municipalities of Minas Gerais. */
export const MINAS_GERAIS: readonly OfficialMunicipality[] = ALL.filter((m) => m.uf === HOME_UF);

/** Minas Gerais by code, and by the first six digits of the code (DATASUS writes codes without the check digit). */
export const MG_BY_CODE: ReadonlyMap<string, OfficialMunicipality> = new Map(MINAS_GERAIS.map((m) => [m.code, m]));
export const MG_BY_CODE6: ReadonlyMap<string, OfficialMunicipality> = new Map(
  MINAS_GERAIS.map((m) => [m.code.slice(0, 6), m]),
);

/** Minas Gerais by normalized name, its known other spellings included (municipality-spellings.ts). */
export const MG_BY_KEY: ReadonlyMap<string, OfficialMunicipality> = new Map([
  ...MINAS_GERAIS.map((m) => [m.key, m] as const),
  ...MUNICIPALITY_SPELLINGS.map(([spelling, name]) => {
    const official = MINAS_GERAIS.find((m) => m.name === name);
    if (!official) throw new Error(`municipality-spellings: "${name}" is not an IBGE name`);
    return [normalizeText(spelling), official] as const;
  }),
]);

/** Every other state's municipalities by normalized name (a name can be in several states: "Bom Jesus"). */
export const ELSEWHERE_BY_KEY: ReadonlyMap<string, readonly OfficialMunicipality[]> = ALL.reduce((map, m) => {
  if (m.uf !== HOME_UF) map.set(m.key, [...(map.get(m.key) ?? []), m]);
  return map;
}, new Map<string, OfficialMunicipality[]>());

/** Any municipality by code (to say which state a code that is not of Minas Gerais belongs to). */
export const ALL_BY_CODE: ReadonlyMap<string, OfficialMunicipality> = new Map(ALL.map((m) => [m.code, m]));

/** State names by UF: "SP" → "São Paulo". */
export const STATE_NAMES: ReadonlyMap<string, string> = new Map(getStates().map((state) => [state.code, state.name]));

/** The longest normalized name of Minas Gerais: a longer text is not a misspelling of one. */
export const LONGEST_MG_KEY = Math.max(...MINAS_GERAIS.map((m) => m.key.length));
