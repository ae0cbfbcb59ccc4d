// Working days in Minas Gerais: not Saturday or Sunday, nor a national or MG holiday, as
// @brazilian-utils/brazilian-utils lists them (Carnaval and Corpus Christi, pontos facultativos, included).
import { isBusinessDay } from "@brazilian-utils/brazilian-utils/is-business-day";
import { addDays, formatDate, type CivilDate } from "./dates";
import { RuleError } from "./errors";

const LAST_YEAR_WITH_HOLIDAYS = 2099; // the library computes holidays from 1900 to 2099

/** The date itself when it is a working day, else the next one. */
export function onOrAfterWorkingDay(date: CivilDate): CivilDate {
  let day = date;
  // No run of non-working days in Brazil is longer than a week (Carnaval: Saturday to Tuesday).
  for (let step = 0; step < 10; step++) {
    if (day.year > LAST_YEAR_WITH_HOLIDAYS) break;
    // The library reads a Date's local year, month and day: built from local components, it is the same
    // calendar day in every time zone.
    if (isBusinessDay(new Date(day.year, day.month - 1, day.day), { stateCode: "MG" })) return day;
    day = addDays(day, 1);
  }
  throw new RuleError(
    "invalid",
    `Não há calendário de feriados para ${formatDate(date)}: o dia útil só é calculado até ${LAST_YEAR_WITH_HOLIDAYS}.`,
  );
}
