// The .xlsx reader on workbooks written by other programs than Excel, or by Excel for Mac: parts found through
// their relationships wherever they are, the 1904 date system, pretty-printed XML, phonetic guides, every cell
// type, and the number formats that do or do not show a date.
import { strToU8, zipSync } from "fflate";
import { isDateFormatCode, readXlsx } from "../../src/cli/readers/xlsx";
import { lettersOf } from "../support/letters";
import { readRefusalMessage } from "../support/refusal";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DATE_NOTE = "célula formatada como data no Excel";

const rels = (...items: string[]) => `<Relationships>${items.join("")}</Relationships>`;
const rel = (id: string, type: string, target: string, extra = "") =>
  `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"${extra}/>`;
const ARAXA_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Araxá</t></is></c></row>';

type Parts = Record<string, string | undefined>;

/** A one-sheet workbook laid out as Excel does; `change` replaces parts, or removes them with undefined. */
function workbook(rows: string, change: Parts = {}): Uint8Array {
  const parts: Parts = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
    "_rels/.rels": rels(rel("rId1", "officeDocument", "xl/workbook.xml")),
    "xl/workbook.xml": `<workbook ${NS} xmlns:r="${REL_NS}"><sheets><sheet name="Anexo I" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": rels(
      rel("rId1", "worksheet", "worksheets/sheet1.xml"),
      rel("rS", "sharedStrings", "sharedStrings.xml"),
      rel("rT", "styles", "styles.xml"),
    ),
    "xl/sharedStrings.xml": `<sst ${NS}/>`,
    "xl/styles.xml": `<styleSheet ${NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    "xl/worksheets/sheet1.xml": `<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`,
    ...change,
  };
  const files: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(parts)) if (text !== undefined) files[path] = strToU8(text);
  return zipSync(files);
}

const valuesOf = async (bytes: Uint8Array) => (await readXlsx(bytes)).values;

describe("parts found through their relationships", () => {
  test("without _rels/.rels, the workbook is looked for at xl/workbook.xml", async () => {
    expect(await valuesOf(workbook(ARAXA_ROW, { "_rels/.rels": undefined }))).toEqual([["Araxá"]]);
  });

  test("when _rels/.rels does not point to the workbook, it is looked for at xl/workbook.xml", async () => {
    const bytes = workbook(ARAXA_ROW, {
      "_rels/.rels": rels(rel("rId2", "metadata/core-properties", "docProps/core.xml")),
    });
    expect(await valuesOf(bytes)).toEqual([["Araxá"]]);
  });

  test("a workbook and sheet elsewhere, by absolute targets; an external link of the same type is passed over", async () => {
    const bytes = workbook(ARAXA_ROW, {
      "_rels/.rels": rels(
        rel("rX", "officeDocument", "https://exemplo.gov.br/livro.xml", ' TargetMode="External"'),
        rel("rId1", "officeDocument", "/dados/livro.xml"),
      ),
      "xl/workbook.xml": undefined,
      "xl/_rels/workbook.xml.rels": undefined,
      "dados/livro.xml": `<workbook ${NS} xmlns:r="${REL_NS}"><sheets><sheet name="Anexo I" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "dados/_rels/livro.xml.rels": rels(rel("rId1", "worksheet", "/dados/folhas/a.xml")),
      "dados/folhas/a.xml": `<worksheet ${NS}><sheetData>${ARAXA_ROW}</sheetData></worksheet>`,
      "xl/worksheets/sheet1.xml": undefined,
    });
    expect(await valuesOf(bytes)).toEqual([["Araxá"]]);
  });

  test("a target with ./, ../ and a doubled slash resolves as a path does", async () => {
    const bytes = workbook(ARAXA_ROW, {
      "xl/_rels/workbook.xml.rels": rels(rel("rId1", "worksheet", "./outra/../worksheets//sheet1.xml")),
    });
    expect(await valuesOf(bytes)).toEqual([["Araxá"]]);
  });

  test("an element that is no Relationship, and a Relationship without a target, are passed over", async () => {
    const bytes = workbook(ARAXA_ROW, {
      "xl/_rels/workbook.xml.rels":
        `<Relationships><Outra Id="rId1" Type="${REL_NS}/worksheet" Target="nada.xml"/>` +
        `<Relationship Id="rId1" Type="${REL_NS}/worksheet"/>${rel("rId1", "worksheet", "worksheets/sheet1.xml")}</Relationships>`,
    });
    expect(await valuesOf(bytes)).toEqual([["Araxá"]]);
  });

  test.each([
    ['id="rId1"', "without a prefix"],
    ['xmlns:x="http://exemplo" x:id="rId1"', "under another prefix"],
  ])("a sheet's relationship id written %s is found (%s)", async (idAttribute) => {
    const bytes = workbook(ARAXA_ROW, {
      "xl/workbook.xml": `<workbook ${NS}><sheets><sheet name="Anexo I" sheetId="1" ${idAttribute}/></sheets></workbook>`,
    });
    expect(await valuesOf(bytes)).toEqual([["Araxá"]]);
  });

  test("a chart sheet before the worksheet is skipped: it holds no cells", async () => {
    const bytes = workbook(ARAXA_ROW, {
      "xl/workbook.xml":
        `<workbook ${NS} xmlns:r="${REL_NS}"><sheets><sheet name="Gráfico" sheetId="1" r:id="rC"/>` +
        `<sheet name="Anexo I" sheetId="2" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": rels(
        rel("rC", "chartsheet", "chartsheets/sheet1.xml"),
        rel("rId1", "worksheet", "worksheets/sheet1.xml"),
      ),
    });
    const sheet = await readXlsx(bytes);
    expect(sheet.name).toBe("Anexo I");
    expect(sheet.values).toEqual([["Araxá"]]);
  });
});

describe("missing parts and sheets", () => {
  const refusal = (bytes: Uint8Array, sheetName?: string) => readRefusalMessage(readXlsx(bytes, sheetName));

  test.each([
    ["xl/workbook.xml", 'O arquivo não é uma planilha .xlsx legível: falta a parte "xl/workbook.xml".'],
    [
      "xl/worksheets/sheet1.xml",
      'O arquivo não é uma planilha .xlsx legível: falta a parte "xl/worksheets/sheet1.xml".',
    ],
  ])("without %s the file is refused, naming the part", async (part, message) => {
    expect(await refusal(workbook(ARAXA_ROW, { [part]: undefined }))).toBe(message);
  });

  test("shared strings and styles named but absent are no parts the sheet needs", async () => {
    const bytes = workbook(ARAXA_ROW, { "xl/sharedStrings.xml": undefined, "xl/styles.xml": undefined });
    expect(await valuesOf(bytes)).toEqual([["Araxá"]]);
  });

  test("a shared text the file does not have is refused", async () => {
    expect(await refusal(workbook('<row r="1"><c r="A1" t="s"><v>3</v></c></row>'))).toBe(
      "O arquivo não é uma planilha .xlsx legível: um texto compartilhado não existe.",
    );
  });

  test("a workbook with only a chart sheet has no sheet to read", async () => {
    const bytes = workbook(ARAXA_ROW, {
      "xl/_rels/workbook.xml.rels": rels(rel("rId1", "chartsheet", "chartsheets/sheet1.xml")),
    });
    expect(await refusal(bytes)).toBe("A pasta de trabalho não tem planilhas com células.");
  });

  test("a workbook whose sheets are all hidden asks for --planilha, listing them", async () => {
    const bytes = workbook(ARAXA_ROW, {
      "xl/workbook.xml": `<workbook ${NS} xmlns:r="${REL_NS}"><sheets><sheet name="Anexo I" sheetId="1" state="hidden" r:id="rId1"/></sheets></workbook>`,
    });
    expect(await refusal(bytes)).toBe(
      'Todas as planilhas estão ocultas; escolha uma com --planilha. Planilhas: "Anexo I" (oculta).',
    );
    expect((await readXlsx(bytes, "Anexo I")).values).toEqual([["Araxá"]]);
  });

  test("--planilha takes the sheet of exactly that name before one that differs in case or accents", async () => {
    const sheetXml = (text: string) =>
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;
    const bytes = workbook(ARAXA_ROW, {
      "xl/workbook.xml":
        `<workbook ${NS} xmlns:r="${REL_NS}"><sheets><sheet name="ANEXO I" sheetId="1" r:id="rId1"/>` +
        `<sheet name="Anexo I" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": rels(
        rel("rId1", "worksheet", "worksheets/sheet1.xml"),
        rel("rId2", "worksheet", "worksheets/sheet2.xml"),
      ),
      "xl/worksheets/sheet1.xml": sheetXml("maiúsculas"),
      "xl/worksheets/sheet2.xml": sheetXml("exata"),
    });
    expect((await readXlsx(bytes, "Anexo I")).values).toEqual([["exata"]]);
    expect((await readXlsx(bytes, "  anexo i ")).values).toEqual([["maiúsculas"]]);
  });
});

describe("the 1904 date system (Excel for Mac)", () => {
  // Serial 43062 with a date format: 23/11/2017 from 1900; 1,462 days later, 24/11/2021, from 1904.
  const dateCell = '<row r="1"><c r="A1" s="1"><v>43062</v></c></row>';
  const withWorkbookPr = (workbookPr: string) =>
    workbook(dateCell, {
      "xl/workbook.xml": `<workbook ${NS} xmlns:r="${REL_NS}">${workbookPr}<sheets><sheet name="Anexo I" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    });

  test.each(['<workbookPr date1904="1"/>', '<workbookPr date1904="true"/>'])(
    "%s counts from 01/01/1904",
    async (pr) => {
      const sheet = await readXlsx(withWorkbookPr(pr));
      expect(sheet.values).toEqual([["24/11/2021"]]);
      expect([...(sheet.notes ?? [])]).toEqual([["0:0", DATE_NOTE]]);
    },
  );

  test.each(['<workbookPr date1904="0"/>', '<workbookPr date1904="false"/>', "<workbookPr/>", ""])(
    "%j counts from 1900",
    async (pr) => {
      expect(await valuesOf(withWorkbookPr(pr))).toEqual([["23/11/2017"]]);
    },
  );
});

describe("cells", () => {
  test("the error values Excel 365 added read as Excel in Portuguese shows them", async () => {
    const errors = ["#SPILL!", "#CALC!", "#GETTING_DATA", "#REF!", "#DIV/0!"];
    const cells = errors.map((error, i) => `<c r="${"ABCDE"[i]}1" t="e"><v>${error}</v></c>`).join("");
    expect(await valuesOf(workbook(`<row r="1">${cells}</row>`))).toEqual([
      ["#DESPEJAR!", "#CALC!", "#OBTENDO_DADOS", "#REF!", "#DIV/0!"],
    ]);
  });

  test("phonetic guides (<rPh>) are left out of shared and inline texts, not the texts after them", async () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
        '<c r="C1" t="inlineStr"><is><t>Betim</t><rPh sb="0" eb="5"><t>ベチム</t></rPh></is></c>' +
        '<c r="D1" t="inlineStr"><is><t>Uberaba</t></is></c></row>',
      {
        "xl/sharedStrings.xml":
          `<sst ${NS}><si><r><t>Ara</t></r><r><t>xá</t></r><rPh sb="0" eb="3"><t>アラシャ</t></rPh>` +
          '<phoneticPr fontId="1"/></si><si><t>Arinos</t></si></sst>',
      },
    );
    expect(await valuesOf(bytes)).toEqual([["Araxá", "Arinos", "Betim", "Uberaba"]]);
  });

  test("an empty shared text leaves its cell empty", async () => {
    const bytes = workbook('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', {
      "xl/sharedStrings.xml": `<sst ${NS}><si><t/></si><si><t>Betim</t></si></sst>`,
    });
    expect(await valuesOf(bytes)).toEqual([[undefined, "Betim"]]);
  });

  test("pretty-printed XML (line breaks and indentation between tags) reads as the compact one", async () => {
    const rows = `
      <row r="1">
        <c r="A1" t="s">
          <v>0</v>
        </c>
        <c r="B1" t="inlineStr">
          <is>
            <t>Betim</t>
          </is>
        </c>
        <c r="C1">
          <f>1+1</f>
          <v>2</v>
        </c>
      </row>
    `;
    const bytes = workbook(rows, {
      "xl/sharedStrings.xml": `<sst ${NS}>\n  <si>\n    <t>Araxá</t>\n  </si>\n</sst>`,
    });
    expect(await valuesOf(bytes)).toEqual([["Araxá", "Betim", 2]]);
  });

  test('a date cell (t="d") reads as dd/mm/aaaa with the date note; one not in ISO form is kept as written', async () => {
    const sheet = await readXlsx(
      workbook('<row r="1"><c r="A1" t="d"><v>2021-11-12T00:00:00</v></c><c r="B1" t="d"><v>12/11/21</v></c></row>'),
    );
    expect(sheet.values).toEqual([["12/11/2021", "12/11/21"]]);
    expect([...(sheet.notes ?? [])]).toEqual([
      ["0:0", DATE_NOTE],
      ["0:1", DATE_NOTE],
    ]);
  });

  test("booleans written true/false or with spaces are read", async () => {
    const cells = ["true", "false", " 1 ", " 0 "].map((v, i) => `<c r="${"ABCD"[i]}1" t="b"><v>${v}</v></c>`).join("");
    expect(await valuesOf(workbook(`<row r="1">${cells}</row>`))).toEqual([[true, false, true, false]]);
  });

  test('a formula\'s text result (t="str") is a text; an empty one leaves the cell empty', async () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="str"><f>"Ara"&amp;"xá"</f><v>Araxá</v></c><c r="B1" t="str"><f>""</f><v></v></c></row>',
    );
    expect(await valuesOf(bytes)).toEqual([["Araxá"]]);
  });

  test("a number cell holding no number keeps its text; a blank one stays empty", async () => {
    const bytes = workbook(
      '<row r="1"><c r="A1"><v>75.000,00</v></c><c r="B1"><v> </v></c><c r="C1"><v>1</v></c></row>',
    );
    expect(await valuesOf(bytes)).toEqual([["75.000,00", undefined, 1]]);
  });

  test("a row numbered 0 or not a number follows the row before", async () => {
    const bytes = workbook(
      '<row r="2"><c><v>1</v></c></row><row r="0"><c><v>2</v></c></row><row r="x"><c><v>3</v></c></row>',
    );
    expect(await valuesOf(bytes)).toEqual([[], [1], [2], [3]]);
  });

  test("a cell address in lower case is read; one with anything before or after it follows the cell before", async () => {
    const bytes = workbook('<row r="1"><c r="c1"><v>1</v></c><c r="1ZC1"><v>2</v></c><c r="ZC1x"><v>3</v></c></row>');
    expect(await valuesOf(bytes)).toEqual([[undefined, undefined, 1, 2, 3]]);
  });

  test("an error cell with neither value nor formula is empty; with a formula only, it gets the formula note", async () => {
    const sheet = await readXlsx(workbook('<row r="1"><c r="A1" t="e"/><c r="B1" t="e"><f>1/0</f></c></row>'));
    expect(sheet.values).toEqual([[undefined, null]]);
    expect([...(sheet.notes ?? [])]).toEqual([["0:1", "fórmula sem valor calculado: abra e salve no Excel"]]);
  });

  test("a date-formatted number with no date (before 1900) stays a number, without the date note", async () => {
    const sheet = await readXlsx(workbook('<row r="1"><c r="A1" s="1"><v>-5</v></c></row>'));
    expect(sheet.values).toEqual([[-5]]);
    expect(sheet.notes).toBeUndefined();
  });

  test("a cell at AMJ, the last column read, is read", async () => {
    const sheet = await readXlsx(workbook('<row r="1"><c r="AMJ1"><v>7</v></c></row>'));
    expect(sheet.values[0].length).toBe(1024);
    expect(sheet.values[0][1023]).toBe(7);
  });

  test("a letter split by the 1 MB boundary of the sheet's reading is read whole", async () => {
    const before = `<worksheet ${NS}><!--`;
    const after = `--><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Arax`;
    // "á" is two bytes in UTF-8: its first one is the last byte of the first megabyte.
    const filler = lettersOf(1024 * 1024 - 1 - strToU8(before + after).length);
    const xml = `${before}${filler}${after}á</t></is></c></row></sheetData></worksheet>`;
    expect(strToU8(xml)[1024 * 1024 - 1]).toBe(0xc3);
    expect(await valuesOf(workbook("", { "xl/worksheets/sheet1.xml": xml }))).toEqual([["Araxá"]]);
  });

  test("a text of exactly 32,767 characters is whole; runs adding up past it are cut there, with a note", async () => {
    const exact = "a".repeat(32767);
    const run = "b".repeat(20000);
    const bytes = workbook('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', {
      "xl/sharedStrings.xml": `<sst ${NS}><si><t>${exact}</t></si><si><r><t>${run}</t></r><r><t>${run}</t></r></si></sst>`,
    });
    const sheet = await readXlsx(bytes);
    expect(sheet.values[0][0]).toBe(exact);
    expect(sheet.values[0][1]).toBe(run + "b".repeat(12767));
    expect([...(sheet.notes ?? []).keys()]).toEqual(["0:1"]);
  });
});

describe("number formats that show a date", () => {
  test.each([
    ["dd/mm/yyyy", true],
    ["mmm-yy", true],
    ["mmmm", true],
    ["d", true],
    ["hh:mm", false],
    ["mm:ss", false],
    ["[h]:mm:ss", false],
    ["0.00", false],
    ['#,##0.00 "dias"', false],
    ['"Saldo: "#,##0.00', false],
    ["[Red]#,##0.00", false],
    ["[$R$-416] #,##0.00", false],
    ['_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-', false],
    ["#,##0\\d", false],
  ])("%j → %s", (code, isDate) => {
    expect(isDateFormatCode(code)).toBe(isDate);
  });

  test("built-in formats 14 and 53–58 show a date, 59 does not; the xf of cellStyleXfs are not cell styles", async () => {
    const styles =
      `<styleSheet ${NS}><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>` +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="53"/><xf numFmtId="58"/><xf numFmtId="59"/></cellXfs></styleSheet>';
    const cells = [0, 1, 2, 3, 4].map((s, i) => `<c r="${"ABCDE"[i]}1" s="${s}"><v>43062</v></c>`).join("");
    expect(await valuesOf(workbook(`<row r="1">${cells}</row>`, { "xl/styles.xml": styles }))).toEqual([
      [43062, "23/11/2017", "23/11/2017", "23/11/2017", 43062],
    ]);
  });
});
