/** Letters that do not repeat, so that they pack no better than real text (a zip bomb is refused). */
export function lettersOf(length: number): string {
  let seed = 7;
  let text = "";
  for (let i = 0; i < length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    text += String.fromCharCode(97 + ((seed >>> 16) % 26));
  }
  return text;
}
