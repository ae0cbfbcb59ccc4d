import { RuleError, quote } from "./errors";

/** A calendar date, as the resolutions count days (no time of day, no time zone). */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
// Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is a 29/02/1900 that never existed (kept
// from Lotus 1-2-3), so from serial 61 on, a serial counts days since 1899-12-30.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const FIRST_REAL_SERIAL = 61;

export function fromExcelSerial(serial: number): CivilDate {
  if (!Number.isFinite(serial) || serial < FIRST_REAL_SERIAL || serial > 2_958_465) {
    throw new RuleError("invalid", `Data inválida: ${quote(serial)}. Use uma data do Excel a partir de 01/03/1900.`);
  }
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function toExcelSerial({ year, month, day }: CivilDate): number {
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_MS) / DAY_MS);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromExcelSerial(toExcelSerial(date) + days);
}

/**
 * Código Civil, art. 132, § 3º: a period of years ends on the day of the same number, or on the next day
 * when that month has no such day (29/02 → 01/03).
 */
export function addYears({ year, month, day }: CivilDate, years: number): CivilDate {
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return day <= lastDay ? { year: year + years, month, day } : { year: year + years, month: month + 1, day: 1 };
}

/** "2021-11-12" → the date. */
export function parseIsoDate(text: string): CivilDate {
  const [year, month, day] = text.split("-").map(Number);
  return { year, month, day };
}

/** "12/11/2024". */
export function formatDate({ year, month, day }: CivilDate): string {
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

const MONTHS = [
  "janeiro",
  "fevereiro",
  "março",
  "abril",
  "maio",
  "junho",
  "julho",
  "agosto",
  "setembro",
  "outubro",
  "novembro",
  "dezembro",
];

/** "12/11/2021" (or an Excel serial) → the date; anything else is refused in pt-BR. */
export function readDate(input: unknown, what: string): CivilDate {
  if (typeof input === "number") return fromExcelSerial(input);
  if (typeof input === "string") {
    const text = input.trim();
    if (text === "") throw new RuleError("missing", `Valor ausente: ${what} vazia.`);
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (match)
      return checkedDate({ day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) }, input, what);
    // A serial typed as text ("45000"); "0021" is a year written short, not the 21st day of 1900.
    if (/^[1-9]\d*$/.test(text)) return fromExcelSerial(Number(text));
  }
  if (input === null || input === undefined) throw new RuleError("missing", `Valor ausente: ${what} vazia.`);
  throw new RuleError("invalid", `${what}: ${quote(input)} não é uma data. Use dd/mm/aaaa, como 12/11/2021.`);
}

/** A typed day, month and year that exist, from 01/03/1900 (where Excel's serials start being real days). */
function checkedDate(date: CivilDate, input: string, what: string): CivilDate {
  const refuse = (why: string) => new RuleError("invalid", `${what}: ${quote(input)} não é uma data: ${why}.`);
  if (date.month < 1 || date.month > 12) throw refuse(`não existe o mês ${date.month}`);
  // Date.UTC reads years 0 to 99 as 1900 to 1999: the year is set apart so "0021" stays year 21.
  const lastDay = new Date(Date.UTC(2000, date.month, 0));
  lastDay.setUTCFullYear(date.year, date.month, 0);
  if (date.day < 1 || date.day > lastDay.getUTCDate()) {
    throw refuse(`${MONTHS[date.month - 1]} de ${date.year} não tem dia ${date.day}`);
  }
  if (date.year < 1900 || (date.year === 1900 && date.month < 3)) {
    throw refuse("use uma data a partir de 01/03/1900, com o ano em quatro dígitos, como 12/11/2021");
  }
  return date;
}
