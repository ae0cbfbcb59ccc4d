// Porte labels use Roman numerals ("Porte III"). Six bands need nothing more than this table,
// so a library would be more code than it saves.
const NUMERALS: ReadonlyArray<[number, string]> = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 → "I" … 39 → "XXXIX". */
export function toRoman(value: number): string {
  let rest = value;
  let roman = "";
  for (const [amount, numeral] of NUMERALS) {
    while (rest >= amount) {
      roman += numeral;
      rest -= amount;
    }
  }
  return roman;
}

/** "III" → 3; undefined for anything that is not a canonical numeral ("IIII", "IIV", "VX"). */
export function fromRoman(roman: string): number | undefined {
  const upper = roman.toUpperCase();
  for (let value = 1; value < 40; value++) {
    if (toRoman(value) === upper) return value;
  }
  return undefined;
}
