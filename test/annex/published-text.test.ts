import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importPublishedText, validatePorteAnnex } from "../../src/rules";
import { found } from "./support";

const published = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");

// Every finding on the Anexo I of Res. 5.978/2017 as OCR gives it, checked by hand against the resolution:
// the four lines that lost their number (35, 76, 117, 158; 35 and 76 lost their name too), each mangled
// name with the municipality it really is, and each label whose OCR reading disagrees with its amount.
// [cell, code, what was read, suggestion or expected]
const EXPECTED: Array<[string, string, string, string]> = [
  ["C2", "porte-invalid", "Porte I", "Porte II"],
  ["B8", "municipality-unknown", "Araguai", "Araçuaí"],
  ["C9", "porte-invalid", "Porte Il", "Porte III"],
  ["B13", "municipality-unknown", "Bardo de Cocais", "Barão de Cocais"],
  ["C22", "porte-invalid", "Porte I", "Porte II"],
  ["C32", "porte-invalid", "Porte Il", "Porte III"],
  ["A36", "sequence-break", "", "35"],
  ["B36", "municipality-missing", "", ""],
  ["C37", "porte-invalid", "Porte Il", "Porte III"],
  ["B44", "municipality-unknown", "Chapada Galicha", "Chapada Gaúcha"],
  ["B45", "municipality-unknown", "Conceicgéo das Alagoas", "Conceição das Alagoas"],
  ["C46", "porte-invalid", "Porte Il", "Porte III"],
  ["B50", "municipality-unknown", "Coracdo de Jesus", "Coração de Jesus"],
  ["B57", "municipality-unknown", "Divindpolis", "Divinópolis"],
  ["C59", "porte-invalid", "Porte Il", "Porte III"],
  ["C62", "porte-invalid", "Porte I", "Porte II"],
  ["C64", "porte-invalid", "Porte I", "Porte II"],
  ["C65", "porte-invalid", "Porte Il", "Porte III"],
  ["B73", "municipality-unknown", "ltacarambi", "Itacarambi"],
  ["B75", "municipality-unknown", "ltambacuri", "Itambacuri"],
  ["A77", "sequence-break", "", "76"],
  ["B77", "municipality-missing", "", ""],
  ["B78", "municipality-unknown", "ltalina", "Itaúna"],
  ["B79", "municipality-unknown", "ltuiutaba", "Ituiutaba"],
  ["B80", "municipality-unknown", "lturama", "Iturama"],
  ["B83", "municipality-unknown", "Janaliba", "Janaúba"],
  ["C84", "porte-invalid", "Porte Il", "Porte III"],
  ["B86", "municipality-unknown", "Jodo Monlevade", "João Monlevade"],
  ["B87", "municipality-unknown", "Jodo Pinheiro", "João Pinheiro"],
  ["C92", "porte-invalid", "Porte Il", "Porte III"],
  ["C95", "porte-invalid", "Porte I", "Porte II"],
  ["B99", "municipality-unknown", "Manhuagu", "Manhuaçu"],
  ["C99", "porte-invalid", "Porte Il", "Porte III"],
  ["C100", "porte-invalid", "Porte I", "Porte II"],
  ["C102", "porte-invalid", "Porte I", "Porte II"],
  ["B103", "municipality-unknown", "Minas Nova", "Minas Novas"],
  ["C103", "porte-invalid", "Porte I", "Porte II"],
  ["C105", "porte-invalid", "Porte I", "Porte II"],
  ["C112", "porte-invalid", "Porte I", "Porte II"],
  ["A118", "sequence-break", "", "117"],
  ["C118", "porte-invalid", "Porte Il", "Porte III"],
  ["B121", "municipality-unknown", "PerdGes", "Perdões"],
  ["B123", "municipality-unknown", "Piumbhi", "Piumhi"],
  ["B125", "municipality-unknown", "Pogos de Caldas", "Poços de Caldas"],
  ["C125", "porte-invalid", "PorteVV", "Porte V"],
  ["C127", "porte-invalid", "Porte I", "Porte II"],
  ["B132", "municipality-unknown", "Ribeirdo das Neves", "Ribeirão das Neves"],
  ["C135", "porte-invalid", "Porte Il", "Porte III"],
  ["B140", "municipality-unknown", "Santa Maria do Suagui", "Santa Maria do Suaçuí"],
  ["B142", "municipality-unknown", "Santo Antdnio do Amparo", "Santo Antônio do Amparo"],
  ["B143", "municipality-unknown", "Santo Anténio do Monte", "Santo Antônio do Monte"],
  ["B145", "municipality-unknown", "Sdo Domingos do Prata", "São Domingos do Prata"],
  ["B146", "municipality-unknown", "Sdo Félix de Minas", "São Félix de Minas"],
  ["B147", "municipality-unknown", "Sdo Francisco", "São Francisco"],
  ["B148", "municipality-unknown", "Séo Gotardo", "São Gotardo"],
  ["B149", "municipality-unknown", "Séo Jodo del Rei", "São João del Rei"],
  ["B150", "municipality-unknown", "Sdo Jodo Evangelista", "São João Evangelista"],
  ["B151", "municipality-unknown", "So Jodo Nepomuceno", "São João Nepomuceno"],
  ["B152", "municipality-unknown", "Sdo Lourengo", "São Lourenço"],
  ["B153", "municipality-unknown", "Sdo Sebastido do Paraiso", "São Sebastião do Paraíso"],
  ["A159", "sequence-break", "", "158"],
  ["B159", "municipality-unknown", "Trés Coragoes", "Três Corações"],
  ["C159", "porte-invalid", "Porte Il", "Porte III"],
  ["C166", "porte-invalid", "Porte Il", "Porte III"],
  ["C172", "porte-invalid", "Porte Il", "Porte III"],
];

describe("published text (Anexo I of Res. 5.978/2017, OCR)", () => {
  const sheet = importPublishedText(published);
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
    expect(sheet.values.find((row) => row[0] === 82)).toEqual([82, "Janaliba", "Porte 111", 75000]);
    expect(sheet.values.find((row) => row[1] === "Patrocinio")).toEqual(["", "Patrocinio", "Porte Il", 75000]);
    expect(sheet.values[sheet.values.length - 1]).toEqual(["TOTAL", "", "", 10425000]);
  });

  test("an OCR label that agrees with its amount is no problem; one that does not suggests the amount's porte", () => {
    const text = (label: string, amount: string) =>
      `No Municipio Porte R$\n1 | Araxá ${label} R$ ${amount}\nTOTAL\nR$ ${amount}`;
    expect(found(importPublishedText(text("Porte |", "35.000,00")))).toEqual([]);
    expect(found(importPublishedText(text("Porte 111", "75.000,00")))).toEqual([]);
    expect(found(importPublishedText(text("PorteV", "105.000,00")))).toEqual([]);
    const disagreeing = validatePorteAnnex(importPublishedText(text("Porte Il", "75.000,00")));
    expect(disagreeing.problems).toEqual([
      expect.objectContaining({ code: "porte-invalid", cell: "C2", found: "Porte Il", suggestion: "Porte III" }),
    ]);
  });
});
