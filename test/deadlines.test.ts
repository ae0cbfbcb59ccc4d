// Res. SES/MG 7.845/2021, Art. 7º §2º: 7 calendar days (14 extended) counted from the day after the
// instrument was made available; optionally, a last day on a weekend or holiday moves to the next working day.
import { prazoassinatura } from "../src/functions/functions";
import { addYears, formatDate, fromExcelSerial, readDate, toExcelSerial } from "../src/rules";
import { installCustomFunctionsStub } from "./support/custom-functions-stub";
import { runCli } from "./support/run-cli";

beforeAll(installCustomFunctionsStub);

const serial = (text: string) => toExcelSerial(readDate(text, "Data"));

describe("dates that do not exist are refused in pt-BR", () => {
  test.each([
    ["12/11/0021", /"12\/11\/0021" não é uma data: use uma data a partir de 01\/03\/1900/],
    ["31/02/2021", /fevereiro de 2021 não tem dia 31/],
    ["00/01/2021", /janeiro de 2021 não tem dia 0/],
    ["29/02/2023", /fevereiro de 2023 não tem dia 29/],
    ["12/13/2021", /não existe o mês 13/],
    ["0021", /"0021" não é uma data. Use dd\/mm\/aaaa/],
  ])("%s", async (text, message) => {
    expect(() => readDate(text, "Data de disponibilização")).toThrow(message);
    expect(prazoassinatura([[text]])).toEqual([
      [expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(message) })],
    ]);
    const run = await runCli("prazo-assinatura", text);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test("29/02/2024 exists", () => {
    expect(readDate("29/02/2024", "Data")).toEqual({ day: 29, month: 2, year: 2024 });
  });
});

describe("signature deadline", () => {
  test.each([
    // available on, extended, working day → last day
    ["13/11/2021", false, false, "20/11/2021"], // a Saturday, calendar days
    ["13/11/2021", false, true, "22/11/2021"], // → Monday
    ["08/11/2021", false, false, "15/11/2021"], // Proclamação da República
    ["08/11/2021", false, true, "16/11/2021"],
    ["16/11/2021", true, false, "30/11/2021"],
    ["16/11/2021", true, true, "30/11/2021"], // a Tuesday: unchanged
    ["18/12/2021", false, true, "27/12/2021"], // Saturday 25/12 (Natal), Sunday 26/12 → Monday
  ])("available %s, extended %p, next working day %p → %s", async (available, extended, workingDay, expected) => {
    const [[result]] = prazoassinatura([[available]], extended, workingDay);
    expect(formatDate(fromExcelSerial(result as number))).toBe(expected);
    expect(prazoassinatura([[serial(available)]], extended, workingDay)).toEqual([[serial(expected)]]);
    const flags = [...(extended ? ["--prorrogado"] : []), ...(workingDay ? ["--dia-util"] : [])];
    expect(await runCli("prazo-assinatura", available, ...flags)).toEqual({ code: 0, stdout: expected, stderr: "" });
  });

  test("the working-day reading holds whatever the machine's time zone (dates are built from local components)", () => {
    // process.env.TZ is read by the Date constructor at each call in Node.
    const before = process.env.TZ;
    try {
      for (const zone of ["America/Sao_Paulo", "UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
        process.env.TZ = zone;
        const [[result]] = prazoassinatura([["13/11/2021"]], false, true);
        expect([zone, formatDate(fromExcelSerial(result as number))]).toEqual([zone, "22/11/2021"]);
      }
    } finally {
      process.env.TZ = before;
    }
  });
});

// Código Civil, art. 132, § 3º (the transition of Res. 7.845/2021, Art. 3º): a period in years ends on the day of the
// same number; when that month has no such day, on the first day of the next month.
describe("addYears: a period of years", () => {
  test.each([
    ["29/02/2020", 3, "01/03/2023"],
    ["29/02/2020", 4, "29/02/2024"],
    ["28/02/2020", 1, "28/02/2021"],
    ["28/02/2021", 3, "28/02/2024"],
    ["12/11/2021", 3, "12/11/2024"],
    ["31/12/2021", 3, "31/12/2024"],
    ["01/01/2021", 3, "01/01/2024"],
    ["31/01/2021", 1, "31/01/2022"],
  ])("%s + %i anos → %s", (start, years, end) => {
    expect(formatDate(addYears(readDate(start, "Data"), years))).toBe(end);
  });

  test("the result is a plain date: day, month and year", () => {
    expect(addYears({ year: 2020, month: 2, day: 29 }, 3)).toEqual({ year: 2023, month: 3, day: 1 });
    expect(addYears({ year: 2020, month: 2, day: 29 }, 4)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

// Excel's 1900 date system: serial 61 is 01/03/1900 (60 is the 29/02/1900 that never was) and 2958465 is
// 31/12/9999, the last date Excel has.
describe("Excel date serials at the edges", () => {
  test.each([
    [61, "01/03/1900"],
    [2958465, "31/12/9999"],
    [44512, "12/11/2021"],
    [44512.75, "12/11/2021"], // a time of day is not a day
  ])("serial %p is %s", (value, date) => {
    expect(formatDate(fromExcelSerial(value))).toBe(date);
  });

  test.each([60, 2958466, Number.NaN, Number.POSITIVE_INFINITY, -1])("serial %p is refused", (value) => {
    expect(() => fromExcelSerial(value)).toThrow(expect.objectContaining({ kind: "invalid" }));
    expect(() => fromExcelSerial(value)).toThrow("Use uma data do Excel a partir de 01/03/1900.");
  });

  test("a serial typed as text is read as a date; a year of 1900 before March is refused", () => {
    expect(formatDate(readDate("44512", "Data"))).toBe("12/11/2021");
    expect(formatDate(readDate(" 12/11/2021 ", "Data"))).toBe("12/11/2021");
    expect(formatDate(readDate("01/03/1900", "Data"))).toBe("01/03/1900");
    expect(() => readDate("28/02/1900", "Data")).toThrow(
      'Data: "28/02/1900" não é uma data: use uma data a partir de 01/03/1900, com o ano em quatro dígitos, como 12/11/2021.',
    );
    expect(() => readDate("31/12/1899", "Data")).toThrow("use uma data a partir de 01/03/1900");
    expect(() => readDate("12/00/2021", "Data")).toThrow('Data: "12/00/2021" não é uma data: não existe o mês 0.');
    expect(() => readDate("", "Data")).toThrow("Valor ausente: Data vazia.");
    expect(() => readDate(null, "Data")).toThrow("Valor ausente: Data vazia.");
    expect(() => readDate(true, "Data")).toThrow("Data: true não é uma data. Use dd/mm/aaaa, como 12/11/2021.");
  });
});
