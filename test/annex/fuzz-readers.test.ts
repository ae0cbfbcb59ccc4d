// Property-based tests over every reader (published text, CSV, .xlsx): whatever the bytes, a reader gives a
// sheet or refuses in pt-BR, and validation of that sheet reports in pt-BR; a damaged annex never comes out valid.
import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { importTextFile, validateAnnex, type CellValue, type Report, type Sheet } from "../../src/rules";
import { readXlsx } from "../../src/cli/readers/xlsx";
import {
  annexLines,
  expectClearRefusal,
  expectPtBrReport,
  reais,
  ROWS,
  xlsxOf,
  type Format,
  type Line,
  type Tag,
} from "./fuzz-support";

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (parts: readonly Uint8Array[]) => {
  const all = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
};

/** Reads bytes with one reader and validates what comes out; a refusal must be a clear pt-BR error. */
async function readAndValidate(read: () => Sheet | Promise<Sheet>): Promise<Report | undefined> {
  let sheet: Sheet;
  try {
    sheet = await read();
  } catch (error) {
    expectClearRefusal(error);
    return undefined;
  }
  let report: Report;
  try {
    report = validateAnnex(sheet);
  } catch (error) {
    expectClearRefusal(error);
    return undefined;
  }
  expectPtBrReport(report);
  return report;
}

describe("arbitrary bytes", () => {
  const SNIPPETS = [
    "Nº Município Porte R$\n",
    "Nº;Município;Porte;Valor\r\n",
    'Nº,Município,Porte,Valor\n1,Araxá,Porte III,"R$ 75.000,00"\n',
    "1 | Araxá Porte III R$ 75.000,00\n",
    "2;Arinos;Porte I;R$ 35.000,00\n",
    "TOTAL R$ 110.000,00\n",
    "TOTAL;;;R$ 110.000,00\n",
    "CNES;Estabelecimento;Natureza jurídica;Rede Resposta;PROURG;Previsto 2021;Valora Minas;Recomposição\n",
    "ANEXO II\n",
    '"',
    ";",
    ",",
    "\n",
    "\r",
    "R$ ",
    "9".repeat(25),
    "-R$ 5,00",
    "Porte VII",
    "São João del Rei",
    "Teto MAC",
  ];
  const piece = fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    fc.constantFrom(...SNIPPETS).map(utf8),
    fc.constantFrom(...SNIPPETS).map((text) => new Uint8Array(Buffer.from(text, "latin1"))),
  );
  const PREFIXES = [
    [],
    [0xef, 0xbb, 0xbf],
    [0xff, 0xfe],
    [0xfe, 0xff],
    [0x50, 0x4b, 0x03, 0x04],
    [0x25, 0x50, 0x44, 0x46],
    [0],
  ];
  const bytes = fc
    .tuple(fc.constantFrom(...PREFIXES), fc.array(piece, { maxLength: 30 }), fc.boolean())
    .map(([prefix, pieces, withNul]) =>
      concat([new Uint8Array(prefix), ...pieces, new Uint8Array(withNul ? [0] : [])]),
    );

  test("through the text, CSV and xlsx readers, then validation: a sheet and a pt-BR report, or a pt-BR refusal", async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (input) => {
        await readAndValidate(() => importTextFile(input, "text"));
        await readAndValidate(() => importTextFile(input, "csv"));
        await readAndValidate(() => readXlsx(input));
      }),
      { numRuns: 4000 },
    );
  });

  test.each([
    ["UTF-16 LE with BOM", [0xff, 0xfe], "utf16le"],
    ["UTF-16 LE without BOM", [], "utf16le"],
  ] as const)("%s reaches the annex readers", async (_, bom, encoding) => {
    const text = "Nº;Município;Porte;Valor\n1;Araxá;Porte III;R$ 75.000,00\nTOTAL;;;R$ 75.000,00\n";
    const bytes = new Uint8Array([...bom, ...Buffer.from(text, encoding)]);
    const report = await readAndValidate(() => importTextFile(bytes, "csv"));
    expect(report?.valid).toBe(true);
    expect(report?.summary.rows).toBe(1);
  });

  // The parts of a real workbook, damaged one by one and zipped again: the xlsx reader's XML paths.
  test("a real .xlsx with damaged parts or damaged zip bytes: a sheet or a pt-BR refusal", async () => {
    const good = await xlsxOf(annexLines("xlsx").map((line) => line.content as CellValue[]));
    const parts = unzipSync(good);
    const names = Object.keys(parts).sort();
    const partDamage = fc.record({
      part: fc.constantFrom(...names),
      how: fc.constantFrom("flip", "cut", "replace", "drop", "insert"),
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
      text: fc.constantFrom(
        '<c r="XFD1048576"><v>1</v></c>',
        '<c r="A1" t="s"><v>99999</v></c>',
        '<row r="-5">',
        '<c t="e"><v>#N/A</v></c>',
        "<![CDATA[x]]>",
        "&amp;&bogus;",
        '<sheet name="x" r:id="rId99"/>',
        '<numFmt numFmtId="abc" formatCode="dd/mm"/>',
        "\u0000",
      ),
    });
    const zipDamage = fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), cut: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(
        fc.array(partDamage, { minLength: 1, maxLength: 3 }),
        fc.option(zipDamage),
        async (damages, zipHit) => {
          const damaged: Record<string, Uint8Array> = { ...parts };
          for (const { part, how, at, byte, text } of damages) {
            const original = damaged[part];
            if (original === undefined) continue;
            const i = original.length === 0 ? 0 : at % original.length;
            if (how === "drop") delete damaged[part];
            else if (how === "cut") damaged[part] = original.slice(0, i);
            else if (how === "flip") damaged[part] = Uint8Array.from(original, (b, k) => (k === i ? byte : b));
            else if (how === "insert")
              damaged[part] = concat([original.subarray(0, i), utf8(text), original.subarray(i)]);
            else damaged[part] = utf8(text);
          }
          let zip = zipSync(damaged);
          if (zipHit) {
            const i = zipHit.at % zip.length;
            zip = zipHit.cut ? zip.slice(0, i) : Uint8Array.from(zip, (b, k) => (k === i ? zipHit.byte : b));
          }
          await readAndValidate(() => readXlsx(zip));
        },
      ),
      { numRuns: 400 },
    );
  });
});

// Mutations of a valid annex. Each is applied to the annex line by line (an .xlsx row by row), and the test
// keeps what each line is (Tag) so that an oracle can say, without reading the file, what must be reported.
type Op = "delete" | "duplicate" | "swap" | "junk" | "damage" | "dropQuotes" | "separator" | "insertTotal" | "truncate";
interface Mutation {
  op: Op;
  a: number;
  b: number;
  c: number;
  junk: string;
}

const JUNK_CHARS = [..."abcdefghijkxyzçãéÁ ;,|-:/()"];
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Op>(
    "delete",
    "duplicate",
    "swap",
    "junk",
    "damage",
    "dropQuotes",
    "separator",
    "insertTotal",
    "truncate",
  ),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  junk: fc.array(fc.constantFrom(...JUNK_CHARS), { minLength: 1, maxLength: 30 }).map((chars) => chars.join("")),
});

const changed = (tag: Tag): Tag => ("intact" in tag ? { ...tag, intact: false } : tag);

/** The amount of a line damaged: a digit replaced by another digit or a letter, or an integer digit deleted. */
function damageText(line: string, b: number, c: number): string {
  const start = line.lastIndexOf("R$ ");
  if (start < 0) return line;
  const digits: number[] = [];
  const comma = line.lastIndexOf(",");
  for (let i = start; i < line.length; i++) if (/\d/.test(line[i])) digits.push(i);
  const at = digits[b % digits.length];
  const choice = c % 12;
  if (choice < 9) return line.slice(0, at) + String((Number(line[at]) + 1 + choice) % 10) + line.slice(at + 1);
  if (choice < 11) return line.slice(0, at) + "Ol"[choice - 9] + line.slice(at + 1);
  const integer = digits.filter((i) => i < comma);
  const gone = integer[b % integer.length];
  return line.slice(0, gone) + line.slice(gone + 1);
}

function damageRow(row: CellValue[], c: number): CellValue[] {
  const amount = row[3];
  if (typeof amount !== "number") return row;
  const damaged =
    c % 3 === 0 ? `R$ ${reais(amount).replace(/0/, "O")}` : amount + ((c % 7) + 1) * (c % 2 === 0 ? 1000 : -1);
  return [...row.slice(0, 3), damaged];
}

/** "1;Araxá;…" with the k-th separator changed (";" → "," or removed; "," outside quotes → ";" or removed). */
function changeSeparator(line: string, format: Format, b: number, c: number): string {
  const separator = format === "csv;" ? ";" : ",";
  const positions: number[] = [];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === separator && !quoted) positions.push(i);
  }
  if (positions.length === 0) return line;
  const at = positions[b % positions.length];
  const replacement = c % 2 === 0 ? "" : separator === ";" ? "," : ";";
  return line.slice(0, at) + replacement + line.slice(at + 1);
}

function mutate(format: Format, lines: Line[], m: Mutation): { lines: Line[]; truncated: boolean } {
  const n = lines.length;
  if (n === 0) return { lines, truncated: false };
  const i = m.a % n;
  const next = [...lines];
  const line = lines[i];
  const xlsx = format === "xlsx";
  switch (m.op) {
    case "delete":
      next.splice(i, 1);
      break;
    case "duplicate":
      next.splice(m.b % (n + 1), 0, { ...line });
      break;
    case "swap": {
      const j = m.b % n;
      [next[i], next[j]] = [next[j], next[i]];
      break;
    }
    case "junk": {
      const content = xlsx ? m.junk.split(/[;,]/) : m.junk;
      next.splice(m.b % (n + 1), 0, { content, tag: { kind: "junk" } });
      break;
    }
    case "damage": {
      const content = xlsx ? damageRow(line.content as CellValue[], m.c) : damageText(line.content as string, m.b, m.c);
      if (JSON.stringify(content) !== JSON.stringify(line.content)) next[i] = { content, tag: changed(line.tag) };
      break;
    }
    case "dropQuotes":
    case "separator": {
      if (xlsx || format === "text") break;
      const text = line.content as string;
      const content = m.op === "dropQuotes" ? text.replaceAll('"', "") : changeSeparator(text, format, m.b, m.c);
      if (content !== text) next[i] = { content, tag: changed(line.tag) };
      break;
    }
    case "insertTotal": {
      const total = lines.find((candidate) => candidate.tag.kind === "total");
      if (total) next.splice(m.b % (n + 1), 0, { ...total });
      break;
    }
    case "truncate": {
      if (xlsx) return { lines: next.slice(0, i), truncated: true };
      const text = line.content as string;
      const keep = m.b % (text.length + 1);
      const cut = keep === 0 ? [] : [{ content: text.slice(0, keep), tag: changed(line.tag) }];
      return { lines: [...next.slice(0, i), ...cut], truncated: true };
    }
  }
  return { lines: next, truncated: false };
}

/**
 * What the mutated annex must give, from the tags alone. `mustBeInvalid`: the header and TOTAL are untouched
 * (and once each, TOTAL after the header), nothing was cut, and the rows between them are not exactly the 20
 * rows, intact, in order — or an intact row stands after the TOTAL. `intactInTable`: intact data lines below
 * the header (in a text, up to an annex title after the TOTAL, where the reader leaves the table).
 */
function oracle(format: Format, lines: readonly Line[], truncated: boolean) {
  const headers = lines.flatMap((line, i) => (line.tag.kind === "header" ? [i] : []));
  const header = headers[0];
  const singleHeader =
    headers.length === 1 &&
    lines[header].tag.kind === "header" &&
    "intact" in lines[header].tag &&
    lines[header].tag.intact;
  let end = lines.length;
  let totalAt: number | undefined;
  if (header !== undefined) {
    for (let i = header + 1; i < lines.length; i++) {
      const { kind } = lines[i].tag;
      if (kind === "total" && totalAt === undefined) totalAt = i;
      if (kind === "title" && totalAt !== undefined && format === "text") {
        end = i;
        break;
      }
    }
  }
  const isIntactData = (line: Line) => line.tag.kind === "data" && line.tag.intact;
  const intactInTable = header === undefined ? 0 : lines.slice(header + 1, end).filter(isIntactData).length;
  const totalsIntact = lines.every((line) => line.tag.kind !== "total" || line.tag.intact);
  const masked = truncated || !singleHeader || !totalsIntact || totalAt === undefined;
  let mustBeInvalid = false;
  if (!masked) {
    const before = lines.slice(header + 1, totalAt).filter((line) => line.tag.kind === "data");
    const inOrder =
      before.length === ROWS.length &&
      before.every((line, k) => line.tag.kind === "data" && line.tag.intact && line.tag.index === k);
    const afterTotal = lines.slice((totalAt as number) + 1, end).filter(isIntactData).length;
    mustBeInvalid = !inOrder || afterTotal > 0;
  }
  return { singleHeader, intactInTable, mustBeInvalid };
}

async function readLines(format: Format, lines: readonly Line[], crlf: boolean, bom: boolean): Promise<Sheet> {
  if (format === "xlsx") return readXlsx(await xlsxOf(lines.map((line) => line.content as CellValue[])));
  const text = lines.map((line) => line.content as string).join(crlf ? "\r\n" : "\n");
  const bytes = concat([new Uint8Array(bom ? [0xef, 0xbb, 0xbf] : []), utf8(text)]);
  return importTextFile(bytes, format === "text" ? "text" : "csv");
}

/** Rows read into the table plus rows reported after the TOTAL: where every intact annex line must end. */
function accounted(report: Report): number {
  return report.summary.rows + report.problems.filter((problem) => problem.code === "row-after-total").length;
}

describe("mutations of a valid porte annex", () => {
  test.each<[Format]>([["text"], ["csv;"], ["csv,"], ["xlsx"]])(
    "%s: the annex itself is valid, 20 rows",
    async (format) => {
      const report = validateAnnex(await readLines(format, annexLines(format), false, false));
      expect(report.problems).toEqual([]);
      expect(report.valid).toBe(true);
      expect(report.summary.rows).toBe(20);
      expect(report.summary.sum).toBe("1610000.00");
      expect(report.summary.declaredTotal).toBe("1610000.00");
    },
  );

  test.each<[Format, number]>([
    ["text", 1000],
    ["csv;", 1000],
    ["csv,", 1000],
    ["xlsx", 120],
  ])(
    "%s: never an uncaught error; every intact row read or reported; a changed, lost or repeated row is never valid",
    async (format, numRuns) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          fc.boolean(),
          async (mutations, crlf, bom) => {
            let lines = annexLines(format);
            let truncated = false;
            for (const m of mutations) {
              const result = mutate(format, lines, m);
              lines = result.lines;
              truncated ||= result.truncated;
            }
            const { singleHeader, intactInTable, mustBeInvalid } = oracle(format, lines, truncated);
            const report = await readAndValidate(() => readLines(format, lines, crlf, bom));
            // A damaged annex is still an annex: read and reported, never refused.
            if (report === undefined) throw new Error("refused");
            if (mustBeInvalid) expect(report.valid).toBe(false);
            const quoteProblem = report.problems.some((problem) => problem.code === "csv-quote");
            if (singleHeader && !quoteProblem) expect(accounted(report)).toBeGreaterThanOrEqual(intactInTable);
          },
        ),
        { numRuns },
      );
    },
  );
});
