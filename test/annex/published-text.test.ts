import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readPublishedText, validatePorteAnnex } from "../../src/rules";
import { found } from "./support";

const published = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");

// Every finding on the Anexo I of Res. 5.978/2017 as OCR gives it, checked by hand against the resolution:
// the four lines that lost their number (35, 76, 117, 158; 35 and 76 lost their name too), each mangled
// name with the municipality it really is, and each label whose OCR reading disagrees with its amount.
// [cell, code, what was read, suggestion or expected]
const EXPECTED: Array<[string, string, string, string]> = [
  ["C6", "porte-invalid", "Porte I", "Porte II"],
  ["B12", "municipality-unknown", "Araguai", "Araçuaí"],
  ["C13", "porte-invalid", "Porte Il", "Porte III"],
  ["B17", "municipality-unknown", "Bardo de Cocais", "Barão de Cocais"],
  ["C26", "porte-invalid", "Porte I", "Porte II"],
  ["C36", "porte-invalid", "Porte Il", "Porte III"],
  ["A40", "sequence-break", "", "35"],
  ["B40", "municipality-missing", "", ""],
  ["C41", "porte-invalid", "Porte Il", "Porte III"],
  ["B48", "municipality-unknown", "Chapada Galicha", "Chapada Gaúcha"],
  ["B49", "municipality-unknown", "Conceicgéo das Alagoas", "Conceição das Alagoas"],
  ["C50", "porte-invalid", "Porte Il", "Porte III"],
  ["B54", "municipality-unknown", "Coracdo de Jesus", "Coração de Jesus"],
  ["B61", "municipality-unknown", "Divindpolis", "Divinópolis"],
  ["C63", "porte-invalid", "Porte Il", "Porte III"],
  ["C66", "porte-invalid", "Porte I", "Porte II"],
  ["C68", "porte-invalid", "Porte I", "Porte II"],
  ["C69", "porte-invalid", "Porte Il", "Porte III"],
  ["B77", "municipality-unknown", "ltacarambi", "Itacarambi"],
  ["B79", "municipality-unknown", "ltambacuri", "Itambacuri"],
  ["A81", "sequence-break", "", "76"],
  ["B81", "municipality-missing", "", ""],
  ["B82", "municipality-unknown", "ltalina", "Itaúna"],
  ["B83", "municipality-unknown", "ltuiutaba", "Ituiutaba"],
  ["B84", "municipality-unknown", "lturama", "Iturama"],
  ["B87", "municipality-unknown", "Janaliba", "Janaúba"],
  ["C88", "porte-invalid", "Porte Il", "Porte III"],
  ["B90", "municipality-unknown", "Jodo Monlevade", "João Monlevade"],
  ["B91", "municipality-unknown", "Jodo Pinheiro", "João Pinheiro"],
  ["C96", "porte-invalid", "Porte Il", "Porte III"],
  ["C99", "porte-invalid", "Porte I", "Porte II"],
  ["B103", "municipality-unknown", "Manhuagu", "Manhuaçu"],
  ["C103", "porte-invalid", "Porte Il", "Porte III"],
  ["C104", "porte-invalid", "Porte I", "Porte II"],
  ["C106", "porte-invalid", "Porte I", "Porte II"],
  ["B107", "municipality-unknown", "Minas Nova", "Minas Novas"],
  ["C107", "porte-invalid", "Porte I", "Porte II"],
  ["C109", "porte-invalid", "Porte I", "Porte II"],
  ["C116", "porte-invalid", "Porte I", "Porte II"],
  ["A122", "sequence-break", "", "117"],
  ["C122", "porte-invalid", "Porte Il", "Porte III"],
  ["B125", "municipality-unknown", "PerdGes", "Perdões"],
  ["B127", "municipality-unknown", "Piumbhi", "Piumhi"],
  ["B129", "municipality-unknown", "Pogos de Caldas", "Poços de Caldas"],
  ["C129", "porte-invalid", "PorteVV", "Porte V"],
  ["C131", "porte-invalid", "Porte I", "Porte II"],
  ["B136", "municipality-unknown", "Ribeirdo das Neves", "Ribeirão das Neves"],
  ["C139", "porte-invalid", "Porte Il", "Porte III"],
  ["B144", "municipality-unknown", "Santa Maria do Suagui", "Santa Maria do Suaçuí"],
  ["B146", "municipality-unknown", "Santo Antdnio do Amparo", "Santo Antônio do Amparo"],
  ["B147", "municipality-unknown", "Santo Anténio do Monte", "Santo Antônio do Monte"],
  ["B149", "municipality-unknown", "Sdo Domingos do Prata", "São Domingos do Prata"],
  ["B150", "municipality-unknown", "Sdo Félix de Minas", "São Félix de Minas"],
  ["B151", "municipality-unknown", "Sdo Francisco", "São Francisco"],
  ["B152", "municipality-unknown", "Séo Gotardo", "São Gotardo"],
  ["B153", "municipality-unknown", "Séo Jodo del Rei", "São João del Rei"],
  ["B154", "municipality-unknown", "Sdo Jodo Evangelista", "São João Evangelista"],
  ["B155", "municipality-unknown", "So Jodo Nepomuceno", "São João Nepomuceno"],
  ["B156", "municipality-unknown", "Sdo Lourengo", "São Lourenço"],
  ["B157", "municipality-unknown", "Sdo Sebastido do Paraiso", "São Sebastião do Paraíso"],
  ["A163", "sequence-break", "", "158"],
  ["B163", "municipality-unknown", "Trés Coragoes", "Três Corações"],
  ["C163", "porte-invalid", "Porte Il", "Porte III"],
  ["C170", "porte-invalid", "Porte Il", "Porte III"],
  ["C176", "porte-invalid", "Porte Il", "Porte III"],
];

describe("published text (Anexo I of Res. 5.978/2017, OCR)", () => {
  const sheet = readPublishedText(published);
  const report = validatePorteAnnex(sheet);

  test("reads 172 rows whose amounts add up to the declared TOTAL of R$ 10.425.000,00", () => {
    expect(report.summary.rows).toBe(172);
    expect(report.summary.sum).toBe("10425000.00");
    expect(report.summary.declaredTotal).toBe("10425000.00");
    expect(report.summary.byPorte).toEqual({
      I: { count: 63, sum: "2205000.00" },
      II: { count: 40, sum: "2400000.00" },
      III: { count: 45, sum: "3375000.00" },
      IV: { count: 8, sum: "720000.00" },
      V: { count: 13, sum: "1365000.00" },
      VI: { count: 3, sum: "360000.00" },
    });
  });

  test("finds exactly the expected problems", () => {
    expect(report.problems.map((p) => [p.cell, p.code, p.found ?? "", p.suggestion ?? p.expected ?? ""])).toEqual(
      EXPECTED,
    );
  });

  test("keeps what it read verbatim", () => {
    expect(sheet.values.find((row) => row[0] === "82")).toEqual(["82", "Janaliba", "Porte 111", "R$ 75.000,00"]);
    expect(sheet.values.find((row) => row[1] === "Patrocinio")).toEqual(["", "Patrocinio", "Porte Il", "R$ 75.000,00"]);
    expect(sheet.values[sheet.values.length - 1]).toEqual(["TOTAL", "", "", "R$ 10.425.000,00"]);
  });

  test("an OCR label that agrees with its amount is no problem; one that does not suggests the amount's porte", () => {
    const text = (label: string, amount: string) =>
      `No Municipio Porte R$\n1 | Araxá ${label} R$ ${amount}\nTOTAL\nR$ ${amount}`;
    expect(found(readPublishedText(text("Porte |", "35.000,00")))).toEqual([]);
    expect(found(readPublishedText(text("Porte 111", "75.000,00")))).toEqual([]);
    expect(found(readPublishedText(text("PorteV", "105.000,00")))).toEqual([]);
    const disagreeing = validatePorteAnnex(readPublishedText(text("Porte Il", "75.000,00")));
    expect(disagreeing.problems).toEqual([
      expect.objectContaining({ code: "porte-invalid", cell: "C2", found: "Porte Il", suggestion: "Porte III" }),
    ]);
  });
});
