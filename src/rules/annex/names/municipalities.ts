import { distance } from "fastest-levenshtein";
import { ABBREVIATED_WORDS } from "./municipality-spellings";
import {
  ELSEWHERE_BY_KEY,
  HOME_UF,
  LONGEST_MG_KEY,
  MG_BY_KEY,
  MINAS_GERAIS,
  STATE_NAMES,
  type OfficialMunicipality,
} from "./municipality-tables";
import { normalizeText } from "../text";

export type { OfficialMunicipality } from "./municipality-tables";

/** What a cell's municipality name is. */
export type NameResolution =
  /** A municipality of Minas Gerais: its IBGE name, or a known other spelling of it. */
  | { kind: "mg"; municipality: OfficialMunicipality }
  /**
   * Not of Minas Gerais: written with another UF ("Campinas/SP"), or a name only other states have.
   * `places` are the municipalities of that name elsewhere (empty when the UF written has none of it);
   * `uf` is the UF written, if any; `inMinas` the municipality of Minas Gerais with that name, if any.
   */
  | {
      kind: "elsewhere";
      name: string;
      key: string;
      uf: string | undefined;
      places: readonly OfficialMunicipality[];
      inMinas: OfficialMunicipality | undefined;
    }
  /** No municipality has this name; `suggestion` is the likely one, `abbreviation` when it reads as one. */
  | { kind: "unknown"; key: string; suggestion: OfficialMunicipality | undefined; abbreviation: boolean };

/** A text much longer than any name is not a name: it is neither normalized nor compared. */
const MAX_NAME_TEXT = 4 * LONGEST_MG_KEY;

// "Campinas/SP", "Campinas - SP", "Campinas (SP)", "Campinas-SP", "Campinas, SP", "Campinas SP" (capitals).
// One space before a UF in capitals is enough: further spaces stay at the end of the name, which is trimmed.
const UF_SUFFIX = /(?:\s*[-–—/,]\s*([A-Za-z]{2})|\s*\(\s*([A-Za-z]{2})\s*\)|\s([A-Z]{2}))\s*$/;

/**
 * Resolves the municipality names of one validation. The cell texts met are remembered in this object, so a
 * name repeated on many rows costs one lookup; make one per validation (no cache outlives it).
 */
export class MunicipalityResolver {
  private readonly byText = new Map<string, NameResolution>();

  resolve(text: string): NameResolution {
    let resolution = this.byText.get(text);
    if (resolution === undefined) {
      resolution = resolveName(text);
      this.byText.set(text, resolution);
    }
    return resolution;
  }
}

/** The municipality a cell names, without remembering it (see MunicipalityResolver). */
export function resolveName(text: string): NameResolution {
  // Trimmed first: spaces padding a name in its cell do not make it too long to be one.
  const trimmed = text.trim();
  if (trimmed.length > MAX_NAME_TEXT) {
    return { kind: "unknown", key: trimmed, suggestion: undefined, abbreviation: false };
  }
  const suffix = UF_SUFFIX.exec(trimmed);
  const uf = suffix ? (suffix[1] ?? suffix[2] ?? suffix[3]).toUpperCase() : undefined;
  if (suffix && uf !== undefined && STATE_NAMES.has(uf)) {
    const name = trimmed.slice(0, suffix.index);
    const key = normalizeText(name);
    if (uf === HOME_UF) return resolveKey(key);
    const places = (ELSEWHERE_BY_KEY.get(key) ?? []).filter((m) => m.uf === uf);
    return { kind: "elsewhere", name: name.trim(), key, uf, places, inMinas: MG_BY_KEY.get(key) };
  }
  return resolveKey(normalizeText(trimmed));
}

function resolveKey(key: string): NameResolution {
  const municipality = MG_BY_KEY.get(key);
  if (municipality) return { kind: "mg", municipality };
  const places = ELSEWHERE_BY_KEY.get(key);
  if (places) return { kind: "elsewhere", name: places[0].name, key, uf: undefined, places, inMinas: undefined };
  const expanded = expandAbbreviation(key);
  if (expanded) return { kind: "unknown", key, suggestion: expanded, abbreviation: true };
  return { kind: "unknown", key, suggestion: closestMunicipality(key), abbreviation: false };
}

/** "São Paulo (SP)". */
export function stateLabel(uf: string): string {
  return `${STATE_NAMES.get(uf) ?? uf} (${uf})`;
}

/** Where the places of an elsewhere resolution are: "São Paulo (SP)", or "GO, PB, PI" for several states. */
export function describeStates(places: readonly OfficialMunicipality[]): string {
  const ufs = [...new Set(places.map((m) => m.uf))];
  return ufs.length === 1 ? stateLabel(ufs[0]) : ufs.join(", ");
}

// The connectors of the names of Minas Gerais, which initials leave out ("JF" is Juiz de Fora). No name of Minas
// Gerais has "e" ("Abreu e Lima" is of Pernambuco), so it is not listed.
const CONNECTORS = new Set(["d", "da", "das", "de", "do", "dos"]);

/**
 * The one municipality of Minas Gerais an abbreviation stands for: initials ("BH"), or words cut short
 * ("B. Horizonte", "S. João del Rei", "Sta. Luzia", "Cel. Fabriciano"). Undefined when none or several fit.
 */
export function expandAbbreviation(key: string): OfficialMunicipality | undefined {
  const words = key.split(" ");
  let found: OfficialMunicipality | undefined;
  for (const municipality of MINAS_GERAIS) {
    if (!abbreviates(words, municipality.key)) continue;
    if (found) return undefined;
    found = municipality;
  }
  return found;
}

function abbreviates(words: readonly string[], officialKey: string): boolean {
  const official = officialKey.split(" ");
  if (words.length === 1 && words[0].length >= 2 && words[0].length <= 5) {
    const initials = official
      .filter((word) => !CONNECTORS.has(word))
      .map((word) => word[0])
      .join("");
    if (initials.length >= 2 && initials === words[0]) return true;
  }
  if (words.length !== official.length) return false;
  let shortened = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const full = official[i];
    if (word === full) continue;
    if (ABBREVIATED_WORDS.get(word) === full || (word.length < full.length && full.startsWith(word))) {
      shortened = true;
      continue;
    }
    return false;
  }
  return shortened;
}

// Misreadings of PDF text that plain edit distance scores too high: a word's first "I" read as "l"
// ("ltacarambi"), and "ú" read as "li" ("ltalina" for Itaúna).
const OCR_REPAIRS: ReadonlyArray<(key: string) => string> = [
  (key) => key.replace(/\bl/g, "i"),
  (key) => key.replace(/li/g, "u"),
  (key) => key.replace(/\bl/g, "i").replace(/li/g, "u"),
];

/**
 * The municipality of Minas Gerais closest to a misspelt name ("Janaliba" → "Janaúba"), by edit distance on
 * normalized names; none when even the closest is too far to be the same name (more than a third of it
 * changed). Names whose length alone puts them too far are not compared, so an absurd text costs nothing.
 */
export function closestMunicipality(key: string): OfficialMunicipality | undefined {
  const limit = Math.max(2, Math.floor(key.length / 3)) + 1;
  if (key.length - limit >= LONGEST_MG_KEY) return undefined;
  const readings = [key, ...OCR_REPAIRS.map((repair) => repair(key))].filter(
    (reading, i, all) => all.indexOf(reading) === i,
  );
  let best: OfficialMunicipality | undefined;
  let bestDistance = limit;
  for (const municipality of MINAS_GERAIS) {
    for (const reading of readings) {
      // The distance is at least the difference in length: skip what cannot beat the best so far.
      if (Math.abs(reading.length - municipality.key.length) >= bestDistance) continue;
      const d = distance(reading, municipality.key);
      if (d < bestDistance) {
        best = municipality;
        bestDistance = d;
      }
    }
  }
  return best;
}

/**
 * What duplicates and exclusions compare, in the validator and in the draft: the IBGE code of a municipality of
 * Minas Gerais (also when written as an abbreviation, which is reported but is still that municipality), else
 * the UF and name written.
 */
export function municipalityIdentity(resolution: NameResolution): string {
  switch (resolution.kind) {
    case "mg":
      return resolution.municipality.code;
    case "unknown":
      return resolution.abbreviation && resolution.suggestion ? resolution.suggestion.code : `?${resolution.key}`;
    case "elsewhere":
      return `${resolution.uf ?? resolution.places[0].uf}:${resolution.key}`;
  }
}
