// The porte labels of published text, as OCR garbles them (Anexo I of Res. 5.978/2017: "Porte |", "Porte 111",
// "PorteV"), read back to the rule set's labels; what is no numeral stays unread.
import { readOcrPorte, readPorte } from "../../src/rules/annex/porte/porte-reading";
import { PUBLISHED_RULES } from "../../src/rules";

const ruleSet = PUBLISHED_RULES.porte("5978/2017");

describe("readOcrPorte", () => {
  test.each([
    ["Porte |", "Porte I"],
    ["Porte 111", "Porte III"],
    ["Porte Il", "Porte II"],
    ["Porte l!", "Porte II"],
    ["PorteV", "Porte V"],
    ["Porte 1V", "Porte IV"],
    ["  porte v i ", "Porte VI"],
    ["Porte ii", "Porte II"],
  ])("%j is %j", (written, porte) => {
    expect(readOcrPorte(written, ruleSet)).toBe(porte);
  });

  // "1 Porte": only a leading "Porte" is the label's word; one after the strokes is not skipped.
  test.each([["PorteVV"], ["Porte"], ["Porte I?"], ["Porte X"], ["Porte VII"], [""], ["Porte 1 Porte"], ["1 Porte"]])(
    "%j is no porte",
    (written) => {
      expect(readOcrPorte(written, ruleSet)).toBeUndefined();
    },
  );

  test("a number or an empty cell is no porte", () => {
    expect(readOcrPorte(1, ruleSet)).toBeUndefined();
    expect(readOcrPorte(null, ruleSet)).toBeUndefined();
  });

  test("a typed label is read as written, never guessed", () => {
    expect(readPorte("Porte III", ruleSet)).toBe("Porte III");
    expect(readPorte("Porte 111", ruleSet)).toBeUndefined();
  });
});
