/**
 * Text as compared by the checks: no accents, lower case, punctuation and repeated spaces reduced to one
 * space. "São João del-Rei" and "sao  joao del rei" are the same; "R$" keeps its "$".
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9$]+/g, " ")
    .trim();
}

/** A cell's text for a message: cut after `max` characters, so a pasted book does not become the report. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} caracteres)`;
}
