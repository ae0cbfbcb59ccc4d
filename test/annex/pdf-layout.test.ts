import { layoutPdfText, type PdfTextItem } from "../../src/rules";

// layoutPdfText on text items written by hand: which items count, rows by baseline, the spaces of a row, and
// when a page is read as two columns (the white band, its limits, and the tests that tell columns from a
// table's cells). Each page's expected lines are literal.

/** An item 10 points high, 5 points a letter wide unless told otherwise, on page 1 unless told otherwise. */
const item = (str: string, x: number, y: number, more: Partial<PdfTextItem> = {}): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * 5,
  height: 10,
  page: 1,
  ...more,
});
const texts = (items: readonly PdfTextItem[]) => layoutPdfText(items).map((line) => line.text);

describe("the items that count", () => {
  test("blank items are left out, also from the letters' height that decides the rows", () => {
    const tall = { height: 40 };
    expect(
      layoutPdfText([
        item("A", 40, 100),
        item("B", 40, 92),
        item("   ", 40, 300, tall),
        item("\t", 40, 310, tall),
        item(" ", 40, 320, tall),
      ]),
    ).toEqual([
      { text: "A", page: 1, line: 1 },
      { text: "B", page: 1, line: 2 },
    ]);
  });

  test("items at no finite position are left out", () => {
    expect(
      layoutPdfText([
        item("A", 40, 100),
        item("B", 60, 100),
        item("Z", NaN, 100),
        item("X", Infinity, 80),
        item("Y", 50, NaN),
        item("W", 40, -Infinity),
      ]),
    ).toEqual([{ text: "A B", page: 1, line: 1 }]);
  });

  test("pages in numeric order, whatever the order of the items; lines counted from 1 on each page", () => {
    expect(
      layoutPdfText([
        item("décima", 40, 100, { page: 10 }),
        item("segunda", 40, 100, { page: 2 }),
        item("primeira", 40, 100, { page: 1 }),
        item("segunda, linha 2", 40, 80, { page: 2 }),
      ]),
    ).toEqual([
      { text: "primeira", page: 1, line: 1 },
      { text: "segunda", page: 2, line: 1 },
      { text: "segunda, linha 2", page: 2, line: 2 },
      { text: "décima", page: 10, line: 1 },
    ]);
  });
});

describe("rows by baseline: within half the median letter height", () => {
  test("5 points apart with letters 10 high is one row; 5.1 apart is two", () => {
    expect(texts([item("A", 40, 100), item("B", 80, 95), item("C", 40, 80), item("D", 40, 74.9)])).toEqual([
      "A B",
      "C",
      "D",
    ]);
  });

  test("items of no height do not count in the median", () => {
    const flat = { height: 0, width: 100 };
    expect(
      texts([
        item("A", 40, 100, { height: 20 }),
        item("B", 80, 94, { height: 20 }),
        item("z1", 40, 60, flat),
        item("z2", 40, 45, flat),
        item("z3", 40, 30, flat),
      ]),
    ).toEqual(["A B", "z1", "z2", "z3"]);
  });

  test("the median is of the heights in order, not as the items come", () => {
    expect(
      texts([item("A", 40, 100, { height: 2 }), item("B", 80, 95, { height: 30 }), item("C", 40, 50, { height: 2 })]),
    ).toEqual(["A", "B", "C"]);
  });
});

describe("the text of a row", () => {
  // One row a page: below 4 rows a page is never split in columns.
  test.each([
    ["pieces that touch", [item("Ara", 40, 100), item("xá", 55, 100)], "Araxá"],
    ["a gap of a fifth of the height (2 points)", [item("Municí", 40, 100), item("pio", 72, 100)], "Município"],
    ["a gap of 1 point", [item("Ara", 40, 100), item("xá", 56, 100)], "Araxá"],
    ["a gap of 2.5 points", [item("Porte", 40, 100), item("III", 67.5, 100)], "Porte III"],
    ["spaces inside a piece, collapsed", [item(" Porte  \t III ", 40, 100)], "Porte III"],
    ["pieces at the same place, in their order", [item("N", 40, 100), item("º", 40, 100)], "Nº"],
    ["pieces at the same place left of the origin, in their order", [item("N", -20, 100), item("º", -20, 100)], "Nº"],
  ])("%s", (_, items, text) => {
    expect(layoutPdfText(items)).toEqual([{ text, page: 1, line: 1 }]);
  });
});

describe("two columns: reading order", () => {
  // Left column x 40..140, right column x 160..260: the gutter is at x 150.
  const left = (n: number, y: number, width = 100) => item(`esquerda ${n}`, 40, y, { width });
  const right = (n: number, y: number, x = 160) => item(`direita ${n}`, x, y, { width: 260 - x });

  test("a title across the page is read where it stands; items that touch the gutter on either side", () => {
    const items = [
      left(1, 700),
      right(1, 694),
      left(2, 688),
      right(2, 682),
      item("TÍTULO NO MEIO", 40, 670, { width: 180 }),
      item("12", 240, 670, { width: 10 }),
      left(3, 658),
      right(3, 652, 150), // starts at the gutter: right
      left(4, 646, 110), // ends at the gutter: left
      right(4, 640),
      left(5, 634),
    ];
    expect(layoutPdfText(items).map((line) => `${line.line}: ${line.text}`)).toEqual([
      "1: esquerda 1",
      "2: esquerda 2",
      "3: direita 1",
      "4: direita 2",
      "5: TÍTULO NO MEIO 12",
      "6: esquerda 3",
      "7: esquerda 4",
      "8: esquerda 5",
      "9: direita 3",
      "10: direita 4",
    ]);
  });

  test("a line starting at the gutter is on the right: two lines there make a right column", () => {
    const items = [left(1, 700), right(1, 694), left(2, 688), right(2, 682, 150), left(3, 676)];
    expect(texts(items)).toEqual(["esquerda 1", "esquerda 2", "esquerda 3", "direita 1", "direita 2"]);
  });

  test("three rows are never two columns, even of whole annex rows", () => {
    const row = (n: number, y: number) => [
      item(`${n} Araxá R$ 75.000,00`, 40, y, { width: 100 }),
      item(`${n + 3} Alfenas R$ 75.000,00`, 160, y, { width: 100 }),
    ];
    expect(texts([...row(1, 700), ...row(2, 688), item("3 Almenara R$ 75.000,00", 40, 676, { width: 100 })])).toEqual([
      "1 Araxá R$ 75.000,00 4 Alfenas R$ 75.000,00",
      "2 Araxá R$ 75.000,00 5 Alfenas R$ 75.000,00",
      "3 Almenara R$ 75.000,00",
    ]);
  });
});

describe("two columns: the white band", () => {
  // Four rows of a 100-point wide text, left and right on baselines of their own: two columns whenever the
  // band between leftEnd and rightStart counts.
  const page = (leftEnd: number, rightStart: number, minX = 0) =>
    texts([
      item("L1", minX, 700, { width: leftEnd }),
      item("R1", minX + rightStart, 694, { width: 100 - rightStart }),
      item("L2", minX, 688, { width: leftEnd }),
      item("R2", minX + rightStart, 682, { width: 100 - rightStart }),
    ]);
  const twoColumns = ["L1", "L2", "R1", "R2"];
  const oneColumn = ["L1", "R1", "L2", "R2"];

  test.each([
    ["6 points wide, at the middle", 47, 53, twoColumns],
    ["5 points wide", 48, 53, oneColumn],
    ["centred at 30% of the width", 27, 33, oneColumn],
    ["centred at 31%", 28, 34, twoColumns],
    ["centred at 70%", 67, 73, oneColumn],
    ["centred at 69%", 66, 72, twoColumns],
  ])("a band %s", (_, leftEnd, rightStart, lines) => {
    expect(page(leftEnd, rightStart)).toEqual(lines);
  });

  test("text 24 points wide is one column; 25 points can be two", () => {
    const narrow = (width: number) =>
      texts([
        item("a", 0, 700, { width: 9 }),
        item("b", width - 9, 694, { width: 9 }),
        item("c", 0, 688, { width: 9 }),
        item("d", width - 9, 682, { width: 9 }),
      ]);
    expect([narrow(24), narrow(25)]).toEqual([
      ["a", "b", "c", "d"],
      ["a", "c", "b", "d"],
    ]);
  });

  test("text 100000 points wide can be two columns; wider is one", () => {
    const wide = (width: number) =>
      texts([
        item("a", 0, 700, { width: 40_000 }),
        item("b", 60_000, 694, { width: width - 60_000 }),
        item("c", 0, 688, { width: 40_000 }),
        item("d", 60_000, 682, { width: width - 60_000 }),
      ]);
    expect([wide(100_000), wide(100_001)]).toEqual([
      ["a", "c", "b", "d"],
      ["a", "b", "c", "d"],
    ]);
  });

  test("of several bands, the one nearest the middle of the text", () => {
    // Four groups of text: A 0..60, B 70..93, C 103..128, D 138..200; bands centred at 65, 98 and 133.
    const groups: [string, number, number][] = [
      ["a", 0, 60],
      ["b", 70, 23],
      ["c", 103, 25],
      ["d", 138, 62],
    ];
    const items = [1, 2, 3].flatMap((n) =>
      groups.map(([name, x, width], g) => item(`${name}${n}`, x, 700 - 48 * (n - 1) - 12 * g, { width })),
    );
    expect(texts(items)).toEqual(["a1", "b1", "a2", "b2", "a3", "b3", "c1", "d1", "c2", "d2", "c3", "d3"]);
  });

  test("a band up to the right edge: a last page whose right column has few lines", () => {
    // Twelve left lines x 0..30; three right lines, the second starting further left (x 65), across the
    // gutter (x 65.5, the middle of the band from 30 to the edge) and so read where it stands.
    const leftLine = (n: number, y: number) => item(`esquerda ${n}`, 0, y, { width: 30 });
    const items = [
      ...[1, 2, 3, 4, 5, 6].map((n) => leftLine(n, 800 - 12 * n)),
      item("direita 1", 70, 720, { width: 30 }),
      ...[7, 8, 9].map((n) => leftLine(n, 800 - 12 * n - 12)),
      item("direita 2", 65, 672, { width: 35 }),
      ...[10, 11, 12].map((n) => leftLine(n, 800 - 12 * n - 24)),
      item("direita 3", 70, 600, { width: 30 }),
    ];
    expect(texts(items)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `esquerda ${n}`),
      "direita 1",
      "direita 2",
      "esquerda 10",
      "esquerda 11",
      "esquerda 12",
      "direita 3",
    ]);
  });

  test("a band from the left edge: a page whose left column has few lines", () => {
    // Three left lines x 0..30 (one to 35.2, across the gutter at 35, the middle of the band from 0 to 70);
    // twelve right lines x 70..100.
    const right = (n: number) => item(`direita ${n}`, 70, 0, { width: 30 });
    const rows = [
      ...[1, 2, 3, 4, 5].map(right),
      item("esquerda 1", 0, 0, { width: 30 }),
      ...[6, 7, 8].map(right),
      item("esquerda longa", 0, 0, { width: 35.2 }),
      ...[9, 10].map(right),
      item("esquerda 2", 0, 0, { width: 30 }),
      ...[11, 12].map(right),
    ];
    const items = rows.map((row, i) => ({ ...row, y: 800 - 12 * i }));
    expect(texts(items)).toEqual([
      "esquerda 1",
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `direita ${n}`),
      "esquerda longa",
      "esquerda 2",
      ...[9, 10, 11, 12].map((n) => `direita ${n}`),
    ]);
  });

  test("a band crossed by one row (its pieces overlapping) is a gutter", () => {
    const items = [
      item("L1", 40, 700, { width: 100 }),
      item("R1", 200, 694, { width: 100 }),
      item("L2", 40, 688, { width: 100 }),
      item("R2", 200, 682, { width: 100 }),
      item("ANEXO I DA RESOLUÇÃO", 40, 670, { width: 170 }),
      item(" SES/MG Nº 5.978", 130, 670, { width: 170 }),
    ];
    expect(texts(items)).toEqual(["L1", "L2", "R1", "R2", "ANEXO I DA RESOLUÇÃO SES/MG Nº 5.978"]);
  });

  test("a band crossed by two rows of six is no gutter, however the second row's pieces overlap", () => {
    const items = [
      item("L1", 40, 700, { width: 100 }),
      item("R1", 200, 694, { width: 100 }),
      item("L2", 40, 688, { width: 100 }),
      item("R2", 200, 682, { width: 100 }),
      item("TÍTULO", 40, 670, { width: 260 }),
      item("OUTRO", 40, 658, { width: 60 }),
      item(" TÍTULO", 60, 658, { width: 240 }),
    ];
    expect(texts(items)).toEqual(["L1", "R1", "L2", "R2", "TÍTULO", "OUTRO TÍTULO"]);
  });
});

describe("two columns or the cells of a table", () => {
  // Left part: a number at x 40 and a text at x 70..140 (apart: not running text); right part x 200..300.
  const left = (n: number, text: string, y: number) => [
    item(String(n), 40, y, { width: 5 }),
    item(text, 70, y, { width: 70 }),
  ];
  const right = (text: string, y: number) => item(text, 200, y, { width: 100 });

  test("sides on baselines of their own are two columns", () => {
    const items = [
      ...left(1, "esquerda", 700),
      right("direita 1", 694),
      ...left(2, "esquerda", 688),
      right("direita 2", 682),
      ...left(3, "esquerda", 676),
      right("direita 3", 670),
    ];
    expect(texts(items)).toEqual(["1 esquerda", "2 esquerda", "3 esquerda", "direita 1", "direita 2", "direita 3"]);
  });

  test("a single line on one side makes no column", () => {
    const oneRight = [...left(1, "esquerda", 700), ...left(2, "esquerda", 688), right("direita", 682)];
    oneRight.push(...left(3, "esquerda", 670));
    const oneLeft = [right("direita 1", 700), ...left(1, "esquerda", 688), right("direita 2", 682)];
    oneLeft.push(right("direita 3", 670));
    expect([texts(oneRight), texts(oneLeft)]).toEqual([
      ["1 esquerda", "2 esquerda", "direita", "3 esquerda"],
      ["direita 1", "1 esquerda", "direita 2", "direita 3"],
    ]);
  });

  test("half the rows of the shorter side sharing baselines is a table", () => {
    const items = [
      ...left(1, "esquerda", 700),
      ...left(2, "esquerda", 688),
      right("direita 1", 688),
      ...left(3, "esquerda", 676),
      right("direita 2", 676),
      ...left(4, "esquerda", 664),
      ...[3, 4, 5, 6].map((n) => right(`direita ${n}`, 664 - 12 * (n - 2))),
    ];
    expect(texts(items)).toEqual([
      "1 esquerda",
      "2 esquerda direita 1",
      "3 esquerda direita 2",
      "4 esquerda",
      "direita 3",
      "direita 4",
      "direita 5",
      "direita 6",
    ]);
  });

  test("a third of them is two columns", () => {
    const items = [
      ...left(1, "esquerda", 700),
      ...left(2, "esquerda", 688),
      ...left(3, "esquerda", 676),
      right("direita 1", 676),
      right("direita 2", 664),
      right("direita 3", 652),
    ];
    expect(texts(items)).toEqual(["1 esquerda", "2 esquerda", "3 esquerda", "direita 1", "direita 2", "direita 3"]);
  });

  test("half the left lines ending with an amount is two columns; titles across the page do not count", () => {
    const row = (n: number, y: number, amount: boolean) => [
      ...left(n, amount ? "R$ 75.000,00" : "Porte III", y),
      right(`${n + 4} Alfenas`, y),
    ];
    const title = (text: string, y: number) => [item(text, 40, y, { width: 220 }), item("§", 290, y, { width: 5 })];
    const items = [
      ...title("TÍTULO DE CIMA", 712),
      ...row(1, 700, true),
      ...row(2, 688, false),
      ...row(3, 676, true),
      ...row(4, 664, false),
      ...title("TÍTULO DO MEIO", 652),
      ...row(11, 640, true),
      ...row(12, 628, false),
      ...row(13, 616, true),
      ...row(14, 604, false),
    ];
    expect(texts(items)).toEqual([
      "TÍTULO DE CIMA §",
      "1 R$ 75.000,00",
      "2 Porte III",
      "3 R$ 75.000,00",
      "4 Porte III",
      "5 Alfenas",
      "6 Alfenas",
      "7 Alfenas",
      "8 Alfenas",
      "TÍTULO DO MEIO §",
      "11 R$ 75.000,00",
      "12 Porte III",
      "13 R$ 75.000,00",
      "14 Porte III",
      "15 Alfenas",
      "16 Alfenas",
      "17 Alfenas",
      "18 Alfenas",
    ]);
  });

  test("a quarter of them is a table", () => {
    const row = (n: number, y: number, amount: boolean) => [
      ...left(n, amount ? "R$ 75.000,00" : "Porte III", y),
      right(`${n + 4} Alfenas`, y),
    ];
    expect(texts([...row(1, 700, true), ...row(2, 688, false), ...row(3, 676, false), ...row(4, 664, false)])).toEqual([
      "1 R$ 75.000,00 5 Alfenas",
      "2 Porte III 6 Alfenas",
      "3 Porte III 7 Alfenas",
      "4 Porte III 8 Alfenas",
    ]);
  });

  test("justified text: 80% of the left lines running up to the band (within 3 points) is two columns", () => {
    // At x 300 and more; left lines of two pieces 3 points apart, up to x 400 (one to 397, one to 350); right
    // lines from x 420, on the same baselines.
    const leftLine = (n: number, y: number, end: number) => [
      item(`Linha ${n}`, 300, y, { width: 40 }),
      item("da esquerda", 343, y, { width: end - 343 }),
    ];
    const items = [400, 400, 397, 350, 400].flatMap((end, i) => [
      ...leftLine(i + 1, 700 - 12 * i, end),
      item(`Linha ${i + 1} da direita`, 420, 700 - 12 * i, { width: 100 }),
    ]);
    expect(texts(items)).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => `Linha ${n} da esquerda`),
      ...[1, 2, 3, 4, 5].map((n) => `Linha ${n} da direita`),
    ]);
  });

  test("left parts up to the band are running text when no gap is wider than two letters' height", () => {
    // A number at x 40..45 and a name ending at x 140: 20 points apart is running text, 25 is cells.
    const page = (gap: number) =>
      texts(
        [1, 2, 3, 4, 5].flatMap((n) => [
          item(String(n), 40, 700 - 12 * n, { width: 5 }),
          item("Araxá", 45 + gap, 700 - 12 * n, { width: 95 - gap }),
          item("Porte III", 200, 700 - 12 * n, { width: 100 }),
        ]),
      );
    expect([page(20), page(25)]).toEqual([
      ["1 Araxá", "2 Araxá", "3 Araxá", "4 Araxá", "5 Araxá", ...new Array<string>(5).fill("Porte III")],
      ["1 Araxá Porte III", "2 Araxá Porte III", "3 Araxá Porte III", "4 Araxá Porte III", "5 Araxá Porte III"],
    ]);
  });
});
