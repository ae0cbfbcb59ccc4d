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
