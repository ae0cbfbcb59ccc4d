import { distance } from "fastest-levenshtein";
import names from "./data/municipios-mg.json";
import { normalizeText } from "./text";

/** A municipality as written in annexes: every spelling with the same key is the same one. */
export interface Municipality {
  /** 0 … 852 for the official municipalities, in IBGE order; higher for other names seen. */
  readonly id: number;
  /** normalizeText of the name: what duplicates and exclusions compare. */
  readonly key: string;
  /** The official name (IBGE), when it is one of the 853 municipalities of Minas Gerais. */
  readonly official: string | undefined;
}

export const OFFICIAL_COUNT = names.length;

/** The 853 municipalities of Minas Gerais (IBGE), keyed by normalized name. */
const OFFICIAL = new Map<string, string>(names.map((name) => [normalizeText(name), name]));

// Interned municipalities, so that a row costs one lookup of its cell text. Official names come first
// (ids 0 … 852); names outside the list are added as they are met, and dropped when there are too many.
const byKey = new Map<string, Municipality>();
const byText = new Map<string, Municipality>();
let nextId = 0;
const MAX_INTERNED = 100_000;

function intern(key: string): Municipality {
  let municipality = byKey.get(key);
  if (!municipality) {
    municipality = { id: nextId++, key, official: OFFICIAL.get(key) };
    byKey.set(key, municipality);
  }
  return municipality;
}

for (const name of names) byText.set(name, intern(normalizeText(name)));

/** The municipality written in a cell (any case, accents, punctuation or spacing). */
export function municipalityOf(text: string): Municipality {
  let municipality = byText.get(text);
  if (!municipality) {
    municipality = intern(normalizeText(text));
    byText.set(text, municipality);
  }
  return municipality;
}

/** Forgets the names outside the official list once too many were met; call between validations only. */
export function trimMunicipalityCache(): void {
  if (byText.size + byKey.size < MAX_INTERNED) return;
  for (const [text, municipality] of byText) if (municipality.official === undefined) byText.delete(text);
  for (const [key, municipality] of byKey) if (municipality.official === undefined) byKey.delete(key);
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
