import {
  fimtransicao,
  parcela,
  posfixado,
  prazoassinatura,
  prefixado,
  proporcional2021,
} from "../src/functions/functions";
import { installCustomFunctionsStub } from "./support/custom-functions-stub";
import { runCli } from "./support/run-cli";

beforeAll(installCustomFunctionsStub);

const excelError = (code: string, message: RegExp) =>
  expect.objectContaining({ code, message: expect.stringMatching(message) });

// Excel date serials: 12/11/2021 is 44512.
const NOV_16_2021 = 44516;

describe("Valora Minas functions (Res. 7.845/2021)", () => {
  test("=SES.PARCELA: three parcels that add back to the year; Art. 5's total in three equal parts", () => {
    expect(parcela([[100], [100], [100]], [[1], [2], [3]])).toEqual([[33.33], [33.33], [33.34]]);
    expect(parcela([[238233844.83]], [[1]])).toEqual([[79411281.61]]);
    expect(parcela([[100]], [[4]])).toEqual([[excelError("#VALUE!", /^Parcela inválida: 4\. Use 1 a 3/)]]);
  });

  test("=SES.PREFIXADO and =SES.POSFIXADO: 40% and the rest, to the centavo", () => {
    expect(prefixado([[238233844.83], [100.01]])).toEqual([[95293537.93], [40]]);
    expect(posfixado([[238233844.83], [100.01]])).toEqual([[142940306.9], [60.01]]);
    expect(prefixado([[-1]])).toEqual([[excelError("#NUM!", /negativo/)]]);
  });

  test("=SES.PRAZOASSINATURA: 7 days, 14 with the extension, as date serials", () => {
    expect(prazoassinatura([[NOV_16_2021], ["28/12/2021"]])).toEqual([[44523], [44565]]); // 23/11/2021 and 04/01/2022
    expect(prazoassinatura([[NOV_16_2021]], true)).toEqual([[44530]]);
    expect(prazoassinatura([["amanhã"]])).toEqual([[excelError("#VALUE!", /não é uma data/)]]);
  });

  test("=SES.FIMTRANSICAO: 12/11/2024", () => {
    expect(fimtransicao()).toBe(45608);
  });

  test("=SES.PROPORCIONAL2021: by month or by the date of signature", () => {
    expect(proporcional2021([[120000]], [[11], [12], [44521]])).toEqual([[20000], [10000], [20000]]);
    expect(proporcional2021([[120000]], [[10], [44600]])).toEqual([
      [excelError("#VALUE!", /^Mês de assinatura inválido: 10\. Em 2021, de 11 a 12/)],
      [excelError("#VALUE!", /não é de 2021/)],
    ]);
  });
});

describe("their CLI equivalents", () => {
  test.each([
    [["parcela", "100,00", "3"], "R$ 33,34"],
    [["parcela", "238.233.844,83", "1", "--json"], '"79411281.61"'],
    [["prefixado", "238.233.844,83"], "R$ 95.293.537,93"],
    [["posfixado", "238.233.844,83"], "R$ 142.940.306,90"],
    [["prazo-assinatura", "16/11/2021"], "23/11/2021"],
    [["prazo-assinatura", "16/11/2021", "--prorrogado"], "30/11/2021"],
    [["prazo-assinatura", "16/11/2021", "--json"], '"2021-11-23"'],
    [["fim-transicao"], "12/11/2024"],
    [["proporcional-2021", "120.000,00", "11"], "R$ 20.000,00"],
    [["proporcional-2021", "120.000,00", "21/11/2021"], "R$ 20.000,00"],
  ])("anexos %j prints %s", async (argv, expected) => {
    expect(await runCli(...argv)).toEqual({ code: 0, stdout: expected, stderr: "" });
  });

  test("bad input: exit 2 with the same pt-BR message as the function", async () => {
    expect(await runCli("parcela", "100,00", "4")).toEqual({
      code: 2,
      stdout: "",
      stderr: "anexos: Parcela inválida: 4. Use 1 a 3 (Art. 8º, § 1º).",
    });
    expect((await runCli("prazo-assinatura", "31/02/2021")).stderr).toBe(
      'anexos: Data de disponibilização: "31/02/2021" não é uma data: fevereiro de 2021 não tem dia 31.',
    );
  });
});
