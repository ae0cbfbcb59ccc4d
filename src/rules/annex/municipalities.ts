import { distance } from "fastest-levenshtein";
import names from "./data/municipios-mg.json";
import { normalizeText } from "./text";

/** The 853 municipalities of Minas Gerais (IBGE), keyed by normalized name. */
const OFFICIAL = new Map<string, string>(names.map((name) => [normalizeText(name), name]));

/** Official names as written → their keys: most cells hold an exact official name, and skip normalizing. */
const KEY_OF_OFFICIAL_NAME = new Map<string, string>(names.map((name) => [name, normalizeText(name)]));

export function officialMunicipality(key: string): string | undefined {
  return OFFICIAL.get(key);
}

/** The comparison key of a municipality as written in a cell. */
export function municipalityKey(text: string): string {
  return KEY_OF_OFFICIAL_NAME.get(text) ?? normalizeText(text);
}

const suggestions = new Map<string, string | undefined>();

// Misreadings of PDF text that plain edit distance scores too high: a word's first "I" read as "l"
// ("ltacarambi"), and "ú" read as "li" ("ltalina" for Itaúna).
const OCR_REPAIRS: ReadonlyArray<(key: string) => string> = [
  (key) => key.replace(/\bl/g, "i"),
  (key) => key.replace(/li/g, "u"),
  (key) => key.replace(/\bl/g, "i").replace(/li/g, "u"),
];

/**
 * The official name closest to a misspelt one ("Janaliba" → "Janaúba"), by edit distance on normalized
 * names; none when even the closest is too far to be the same name (more than a third of it changed).
 */
export function closestMunicipality(key: string): string | undefined {
  if (suggestions.has(key)) return suggestions.get(key);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  const readings = [key, ...OCR_REPAIRS.map((repair) => repair(key))].filter(
    (reading, i, all) => all.indexOf(reading) === i,
  );
  for (const [officialKey, name] of OFFICIAL) {
    const d = Math.min(...readings.map((reading) => distance(reading, officialKey)));
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  suggestions.set(key, best);
  return best;
}
