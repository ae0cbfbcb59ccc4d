import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { readXlsx } from "../../src/cli/readers/xlsx";
import { checkXlsxZip, MAX_XLSX_UNCOMPRESSED_BYTES } from "../../src/rules/import/xlsx-limits";
import { runCli } from "../support/run-cli";
import { declareSize } from "../support/zip-sizes";
import { lettersOf } from "../support/letters";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-xlsx-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface TestSheet {
  name: string;
  state?: "hidden" | "veryHidden";
  /** The children of <sheetData>. */
  rows: string;
  /** After </sheetData>, e.g. <mergeCells>. */
  after?: string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal .xlsx as Excel lays it out, zipped by hand so that hostile contents can be written. */
function xlsxOf(sheets: TestSheet[], parts: { sharedStrings?: string[]; styles?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
    "_rels/.rels": strToU8(
      `<Relationships><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook ${NS} xmlns:r="${REL_NS}"><sheets>${sheets
        .map(
          (sheet, i) =>
            `<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`,
        )
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships>${sheets
        .map(
          (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("")}<Relationship Id="rS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rT" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      `<sst ${NS}>${(parts.sharedStrings ?? []).map((text) => `<si><t>${text}</t></si>`).join("")}</sst>`,
    ),
    "xl/styles.xml": strToU8(parts.styles ?? `<styleSheet ${NS}><cellXfs><xf numFmtId="0"/></cellXfs></styleSheet>`),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<worksheet ${NS}><sheetData>${sheet.rows}</sheetData>${sheet.after ?? ""}</worksheet>`,
    );
  });
  return zipSync(files, { level: 6 });
}

const oneSheet = (rows: string, after?: string) => xlsxOf([{ name: "Anexo I", rows, after }]);

describe("reading an .xlsx", () => {
  test("a lone cell at XFD1048576 is refused by its column, without allocating the sheet", async () => {
    const bytes = oneSheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
    await expect(readXlsx(bytes)).rejects.toThrow(
      "A célula XFD1048576 está além da coluna AMJ, a última lida (limite de 1.024 colunas): apague o conteúdo dela ou copie o anexo para uma planilha nova.",
    );
  });

  test("far-apart cells keep their addresses; the rows between share one empty row", async () => {
    const sheet = await readXlsx(
      oneSheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="C1048576"><v>2</v></c></row>'),
    );
    expect(sheet.values.length).toBe(1048576);
    expect(sheet.values[0]).toEqual([1]);
    expect(sheet.values[1048575]).toEqual([undefined, undefined, 2]);
    expect(sheet.values[500000]).toBe(sheet.values[1]); // one shared empty row, not a million
  });

  test("rows stop at the last filled row, each row at its last filled cell; styled empty cells are skipped", async () => {
    const sheet = await readXlsx(
      oneSheet(
        '<row r="2"><c r="B2" t="inlineStr"><is><t>Araxá</t></is></c><c r="Z2" s="0"/></row>' +
          '<row r="3"><c r="A3" s="0"/></row><row r="9000"/>',
      ),
    );
    expect(sheet.values).toEqual([[], [undefined, "Araxá"]]);
    expect(sheet.name).toBe("Anexo I");
  });

  test("cells written without an address follow the previous one", async () => {
    const sheet = await readXlsx(oneSheet("<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>"));
    expect(sheet.values).toEqual([[1, 2], [3]]);
  });

  test("error cells read as Excel in Portuguese shows them, also as a formula's cached value", async () => {
    const errors = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"];
    const cells = errors.map((error, i) => `<c r="${"ABCDEFG"[i]}1" t="e"><v>${error}</v></c>`).join("");
    const sheet = await readXlsx(
      oneSheet(`<row r="1">${cells}</row><row r="2"><c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`),
    );
    expect(sheet.values).toEqual([["#N/D", "#VALOR!", "#REF!", "#DIV/0!", "#NOME?", "#NÚM!", "#NULO!"], ["#DIV/0!"]]);
  });

  test("booleans are booleans (shown VERDADEIRO/FALSO), also as a formula's cached value", async () => {
    const sheet = await readXlsx(
      oneSheet(
        '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"><f>1=1</f><v>1</v></c></row>',
      ),
    );
    expect(sheet.values).toEqual([[true, false, true]]);
  });

  test("a date-formatted amount reads as dd/mm/aaaa with a note; a money format stays a number", async () => {
    const styles =
      `<styleSheet ${NS}><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>` +
      `<numFmt numFmtId="165" formatCode="&quot;R$&quot;\\ #,##0.00"/></numFmts>` +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    const sheet = await readXlsx(
      xlsxOf(
        [
          {
            name: "Anexo I",
            rows: '<row r="1"><c r="A1" s="1"><v>75000</v></c><c r="B1" s="2"><v>43062</v></c><c r="C1" s="3"><v>75000</v></c></row>',
          },
        ],
        { styles },
      ),
    );
    expect(sheet.values).toEqual([["04/05/2105", "23/11/2017", 75000]]);
    expect([...(sheet.notes ?? [])]).toEqual([
      ["0:0", "célula formatada como data no Excel"],
      ["0:1", "célula formatada como data no Excel"],
    ]);
  });

  test("a formula without a cached value is empty, with a note", async () => {
    const sheet = await readXlsx(oneSheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f></c></row>'));
    expect(sheet.values).toEqual([[1, null]]);
    expect([...(sheet.notes ?? [])]).toEqual([["0:1", "fórmula sem valor calculado: abra e salve no Excel"]]);
  });

  test("a 5 MB cell is cut at 32,767 characters, with a note", async () => {
    const long = lettersOf(5 * 1024 * 1024);
    const sheet = await readXlsx(
      xlsxOf(
        [
          {
            name: "Anexo I",
            rows:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>' + long + "</t></is></c></row>",
          },
        ],
        {
          sharedStrings: [long],
        },
      ),
    );
    expect((sheet.values[0][0] as string).length).toBe(32767);
    expect((sheet.values[0][1] as string).length).toBe(32767);
    const note = "texto com mais de 32.767 caracteres, o limite de uma célula do Excel: lido só o começo";
    expect([...(sheet.notes ?? [])]).toEqual([
      ["0:0", note],
      ["0:1", note],
    ]);
  });

  test("merged cells: only the top-left cell holds the value", async () => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet("Anexo I");
    worksheet.getCell("A1").value = "ANEXO I";
    worksheet.mergeCells("A1:D1");
    worksheet.getCell("A2").value = 1;
    const sheet = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(sheet.values).toEqual([["ANEXO I"], [1]]);
  });

  test("hidden and very hidden sheets are skipped, unless named with --planilha", async () => {
    const bytes = xlsxOf([
      { name: "Dados", state: "hidden", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: "Macro", state: "veryHidden", rows: '<row r="1"><c r="A1"><v>2</v></c></row>' },
      { name: "Anexo I", rows: '<row r="1"><c r="A1"><v>3</v></c></row>' },
    ]);
    expect(await readXlsx(bytes)).toMatchObject({ name: "Anexo I", values: [[3]] });
    expect(await readXlsx(bytes, "Dados")).toMatchObject({ name: "Dados", values: [[1]] });
    expect(await readXlsx(bytes, "macro")).toMatchObject({ name: "Macro", values: [[2]] });
    await expect(readXlsx(bytes, "Anexo II")).rejects.toThrow(
      'Não há planilha "Anexo II". Planilhas: "Dados" (oculta), "Macro" (oculta), "Anexo I".',
    );
  });

  test("--planilha ignores case, accents and Unicode normalization", async () => {
    const bytes = xlsxOf([
      { name: "Capa", rows: '<row r="1"><c r="A1"><v>0</v></c></row>' },
      { name: "Recomposição".normalize("NFD"), rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
    ]);
    expect((await readXlsx(bytes, "Recomposição".normalize("NFC"))).values).toEqual([[1]]);
    expect((await readXlsx(bytes, "RECOMPOSICAO")).values).toEqual([[1]]);
  });

  test("a zip bomb is refused from its declared sizes, before anything is inflated", async () => {
    const bytes = declareSize(oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>'), "xl/worksheets/sheet1.xml", 1.7e9);
    await expect(readXlsx(bytes)).rejects.toThrow(
      /^O arquivo não foi aberto: "xl\/worksheets\/sheet1\.xml", dentro dele, diz ocupar 1\.622 MB a partir de 1 KB \([\d.]+ vezes; o limite é 200\)\. Pode ser um arquivo malicioso\.$/,
    );
  });

  test("many small parts that add up past the total are refused", () => {
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`xl/media/image${i}.png`, strToU8("x")]));
    const bytes = zipSync(files, { level: 0 });
    for (let i = 0; i < 300; i++) declareSize(bytes, `xl/media/image${i}.png`, 1024 * 1024);
    expect(checkXlsxZip(bytes)).toEqual({
      ok: false,
      message:
        "O arquivo não foi aberto: descompactado, ocuparia 300 MB; o limite é 256 MB. Copie só o anexo para uma pasta de trabalho nova.",
    });
    expect(MAX_XLSX_UNCOMPRESSED_BYTES).toBe(256 * 1024 * 1024);
  });

  test("a file past 50 MB is refused by its size", () => {
    expect(checkXlsxZip(new Uint8Array(50 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      message: "O arquivo tem 51 MB; o limite para um .xlsx é 50 MB. Copie só o anexo para uma pasta de trabalho nova.",
    });
  });

  test("a part that declares less than it holds is cut at its declared size and refused as corrupt", async () => {
    const bytes = oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>${"<row/>".repeat(10000)}`);
    await expect(readXlsx(declareSize(bytes, "xl/worksheets/sheet1.xml", 100))).rejects.toThrow(
      'O arquivo não é uma planilha .xlsx legível: o XML de "planilha" está corrompido ou incompleto.',
    );
  });

  test("a password-protected workbook or an old .xls gets a pt-BR explanation", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readXlsx(ole)).rejects.toThrow(
      "O arquivo está protegido por senha ou é do formato antigo .xls: no Excel, salve-o como .xlsx (Pasta de Trabalho do Excel) sem senha.",
    );
    await expect(readXlsx(strToU8("not a zip"))).rejects.toThrow(
      "O arquivo não é uma planilha .xlsx legível: o conteúdo compactado está corrompido.",
    );
  });
});

describe("anexos validar on hostile or unusual .xlsx files", () => {
  test("the XFD1048576 file exits 2 with a pt-BR message", async () => {
    const path = join(dir, "xfd.xlsx");
    writeFileSync(path, oneSheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'));
    expect(await runCli("validar", path)).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "anexos: A célula XFD1048576 está além da coluna AMJ, a última lida (limite de 1.024 colunas): apague o conteúdo dela ou copie o anexo para uma planilha nova.",
    });
  });

  test("the report names the sheet read (the first visible one), and a note reaches the problem's message", async () => {
    const styles = `<styleSheet ${NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const path = join(dir, "data.xlsx");
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Nº</t></is></c><c r="B1" t="inlineStr"><is><t>Município</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><t>Porte</t></is></c><c r="D1" t="inlineStr"><is><t>Valor (R$)</t></is></c></row>' +
      '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Araxá</t></is></c>' +
      '<c r="C2" t="inlineStr"><is><t>Porte III</t></is></c><c r="D2" s="1"><v>75000</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>TOTAL</t></is></c><c r="D3"><v>75000</v></c></row>';
    writeFileSync(
      path,
      xlsxOf(
        [
          { name: "Rascunho", state: "hidden", rows: "" },
          { name: "Anexo I", rows },
        ],
        { styles },
      ),
    );
    const result = await runCli("validar", path);
    expect(result.stdout.split("\n")[0]).toBe(`Anexo: ${path}, planilha "Anexo I" · regra 5978/2017`);
    expect(result.stdout).toMatch(/D2 .*"04\/05\/2105".*\(célula formatada como data no Excel\)/);
  });
});
