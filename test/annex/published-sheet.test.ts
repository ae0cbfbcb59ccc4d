import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BRL_NUMBER_FORMAT, tabulatePublishedText } from "../../src/rules";

const published = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");

describe("published text as the cells of a new sheet", () => {
  const { values, numberFormats } = tabulatePublishedText(published);

  test("header at A1, the 172 lines of Anexo I, then the TOTAL of R$ 10.425.000,00 as a number in reais", () => {
    expect(values[0]).toEqual(["Nº", "Município", "Porte", "Valor"]);
    expect(values).toHaveLength(1 + 172 + 1);
    expect(values[1]).toEqual([1, "Aguas Formosas", "Porte I", 60000]);
    expect(values[4]).toEqual([4, "Almenara", "Porte Il", 60000]);
    expect(values.at(-1)).toEqual(["TOTAL", "", "", 10425000]);
    expect(numberFormats[1]).toEqual(["General", "@", "@", BRL_NUMBER_FORMAT]);
    expect(numberFormats.at(-1)).toEqual(["@", "@", "@", BRL_NUMBER_FORMAT]);
  });

  test("an amount that does not read cleanly stays verbatim, as text, for validation to report", () => {
    const table = tabulatePublishedText("Nº Município Porte R$\n7 Abaeté Porte I R$ 35.00,00\nTOTAL\nR$ 35.000,00");
    expect(table.values).toEqual([
      ["Nº", "Município", "Porte", "Valor"],
      [7, "Abaeté", "Porte I", "R$ 35.00,00"],
      ["TOTAL", "", "", 35000],
    ]);
    expect(table.numberFormats[1]).toEqual(["General", "@", "@", "@"]);
  });

  test("text without the annex's header gives no row", () => {
    expect(tabulatePublishedText("bom dia\nR$ 35.000,00").values).toEqual([]);
  });
});
