import { decodeText, RuleError } from "../../src/rules";

// Edges of decodeText: the size limit, the byte-order marks and what merely resembles them, the UTF-16
// guess without BOM at its thresholds, the signatures of files that are not text, and mixed files.

const NULL_BYTES = "O arquivo não é texto (tem bytes nulos): abra-o no Excel e salve como CSV UTF-8.";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (text: string) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) >> 8;
    out[2 * i + 1] = text.charCodeAt(i) & 0xff;
  }
  return out;
};
/** Windows-1252 for the Latin-1 letters used here (same code points). */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};
/** `pairs` pairs of "a" bytes, with a zero at the given even and odd byte positions of the pairs. */
const pattern = (pairs: number, evenZeros: number, oddZeros: number) => {
  const out = new Uint8Array(pairs * 2).fill(0x61);
  for (let p = 0; p < evenZeros; p++) out[2 * p] = 0;
  for (let p = 0; p < oddZeros; p++) out[2 * p + 1] = 0;
  return out;
};
const refusal = (input: Uint8Array) => {
  try {
    decodeText(input);
  } catch (error) {
    return error instanceof RuleError ? [error.kind, error.message] : ["other", String(error)];
  }
  return ["read"];
};

describe("the size limit of a text file (50 MB)", () => {
  test("one byte past 50 MB is refused by its size, with the size in pt-BR", () => {
    expect(refusal(new Uint8Array(50 * 1024 * 1024 + 200 * 1024))).toEqual([
      "invalid",
      "O arquivo tem 50,2 MB, acima do limite de 50 MB para texto e CSV.",
    ]);
    expect(refusal(new Uint8Array(50 * 1024 * 1024 + 1))).toEqual([
      "invalid",
      "O arquivo tem 50,0 MB, acima do limite de 50 MB para texto e CSV.",
    ]);
  });

  test("exactly 50 MB passes the size check (and is then judged by its contents)", () => {
    expect(refusal(new Uint8Array(50 * 1024 * 1024))).toEqual(["invalid", NULL_BYTES]);
  });
});

describe("byte-order marks", () => {
  test("UTF-16 LE with BOM, letters outside Latin-1 included", () => {
    expect(decodeText(join(bytes(0xff, 0xfe), utf16le("€ — “Araxá”")))).toEqual({
      text: "€ — “Araxá”",
      problems: [],
    });
  });

  test("UTF-16 BE with BOM, letters outside Latin-1 included", () => {
    expect(decodeText(join(bytes(0xfe, 0xff), utf16be("€ — “Araxá”")))).toEqual({
      text: "€ — “Araxá”",
      problems: [],
    });
    expect(decodeText(join(bytes(0xfe, 0xff), utf16be("Nº;Município")))).toEqual({
      text: "Nº;Município",
      problems: [],
    });
  });

  test.each([
    ["LE", [0xff, 0xfe]],
    ["BE", [0xfe, 0xff]],
  ])("a UTF-16 %s file with nothing but its BOM is empty, not the BOM read as two letters", (_, bom) => {
    expect(decodeText(bytes(...bom))).toEqual({ text: "", problems: [] });
  });

  test("UTF-16 LE with BOM where too few characters are Latin for the guess without BOM", () => {
    expect(decodeText(join(bytes(0xff, 0xfe), utf16le("€€€ A")))).toEqual({ text: "€€€ A", problems: [] });
  });

  test.each([
    ["ÿes", [0xff, 0x65, 0x73]],
    ["Aþ1", [0x41, 0xfe, 0x31]],
    ["þA1", [0xfe, 0x41, 0x31]],
    ["Aÿ1", [0x41, 0xff, 0x31]],
  ])("Windows-1252 %s, which shares one byte with a UTF-16 BOM, is read as Windows-1252", (text, code) => {
    expect(decodeText(bytes(...code))).toEqual({ text, problems: [] });
  });

  test("a UTF-8 BOM before a line in Windows-1252 marks the file as mixed", () => {
    expect(decodeText(join(bytes(0xef, 0xbb, 0xbf), latin1("Araçuaí")))).toEqual({
      text: "Araçuaí",
      problems: [
        {
          code: "encoding-mixed",
          rowIndex: null,
          columnIndex: 0,
          line: 1,
          message:
            "O arquivo mistura as codificações UTF-8 e Windows-1252: a linha 1 foi lida como Windows-1252. Confira os acentos dessas linhas e salve o arquivo como UTF-8.",
        },
      ],
    });
  });

  test.each([
    ["a»¿ ok", [0x61, 0xbb, 0xbf]],
    ["ïa¿ ok", [0xef, 0x61, 0xbf]],
    ["ï»a ok", [0xef, 0xbb, 0x61]],
  ])("Windows-1252 %s, which shares two bytes with a UTF-8 BOM, is read whole as Windows-1252", (text, start) => {
    expect(decodeText(join(bytes(...start), utf8(" ok")))).toEqual({ text, problems: [] });
  });
});

describe("files that are not text", () => {
  test("an Excel 97-2003 file (.xls) is refused by name", () => {
    expect(refusal(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x61, 0x61))).toEqual([
      "invalid",
      "O arquivo é uma planilha do Excel 97-2003 (.xls): abra-o no Excel e salve como .xlsx.",
    ]);
  });

  test("text that starts with P or % (as a zip or a PDF does) is text", () => {
    expect(decodeText(utf8("Porte;Valor"))).toEqual({ text: "Porte;Valor", problems: [] });
    expect(decodeText(utf8("%PS 1"))).toEqual({ text: "%PS 1", problems: [] });
    expect(decodeText(bytes(0xd0, 0x61, 0x62))).toEqual({ text: "Ðab", problems: [] });
  });

  test("a zero byte among text that is no UTF-16 is refused", () => {
    expect(refusal(utf8("ABCDEFGH\0IJ"))).toEqual(["invalid", NULL_BYTES]);
  });

  test("a file of zero bytes is refused (zeros in both halves is no UTF-16)", () => {
    expect(refusal(new Uint8Array(40))).toEqual(["invalid", NULL_BYTES]);
  });
});

describe("UTF-16 without BOM", () => {
  test("big-endian text is recognized by its zeros in the even bytes", () => {
    expect(decodeText(utf16be("Nº;Município;Porte;Valor"))).toEqual({ text: "Nº;Município;Porte;Valor", problems: [] });
  });

  test("four bytes are enough; two are not", () => {
    expect(decodeText(utf16le("AB"))).toEqual({ text: "AB", problems: [] });
    expect(refusal(bytes(0x41, 0x00))).toEqual(["invalid", NULL_BYTES]);
    expect(refusal(bytes(0x41, 0x00, 0x42))).toEqual(["invalid", NULL_BYTES]);
  });

  test("the zero in the last pair counts", () => {
    expect(decodeText(utf16le("€ 1"))).toEqual({ text: "€ 1", problems: [] });
  });

  test("a lone last byte past the pairs is not counted: it decodes as �", () => {
    expect(decodeText(bytes(0x41, 0x00, 0x42, 0x00, 0x00))).toEqual({ text: "AB\uFFFD", problems: [] });
  });

  // 20 pairs: UTF-16 needs zeros in more than 40% (8) of one half and fewer than 5% (1) of the other.
  test.each([
    ["LE, 9 of 20 odd bytes zero", pattern(20, 0, 9), "read"],
    ["LE, 8 of 20 odd bytes zero", pattern(20, 0, 8), "refused"],
    ["LE, 1 of 20 even bytes zero too", pattern(20, 1, 20), "refused"],
    ["LE, 2 of 20 even bytes zero too", pattern(20, 2, 20), "refused"],
    ["BE, 9 of 20 even bytes zero", pattern(20, 9, 0), "read"],
    ["BE, 8 of 20 even bytes zero", pattern(20, 8, 0), "refused"],
    ["BE, 1 of 20 odd bytes zero too", pattern(20, 20, 1), "refused"],
  ])("%s: %s", (_, input, outcome) => {
    expect(refusal(input)).toEqual(outcome === "read" ? ["read"] : ["invalid", NULL_BYTES]);
  });
});

describe("files in two encodings", () => {
  test("a UTF-8 letter on one line and Windows-1252 on another, without BOM, is read line by line", () => {
    expect(decodeText(join(utf8("Araçuaí\n"), latin1("Itaúna\n"), utf8("Janaúba")))).toEqual({
      text: "Araçuaí\nItaúna\nJanaúba",
      problems: [
        {
          code: "encoding-mixed",
          rowIndex: null,
          columnIndex: 0,
          line: 2,
          message:
            "O arquivo mistura as codificações UTF-8 e Windows-1252: a linha 2 foi lida como Windows-1252. Confira os acentos dessas linhas e salve o arquivo como UTF-8.",
        },
      ],
    });
  });

  test("the last line, without a line break, is read too", () => {
    expect(decodeText(join(utf8("Araçuaí\n"), latin1("Itaúna"))).text).toBe("Araçuaí\nItaúna");
  });

  test("UTF-8 sequences at the edges of the range C2/C3 80-BF mark the file as mixed", () => {
    // "À" is C3 80 and "¿" is C2 BF in UTF-8; "É" is C9 in Windows-1252.
    expect(decodeText(join(utf8("À\n"), latin1("É"))).text).toBe("À\nÉ");
    expect(decodeText(join(utf8("¿\n"), latin1("É"))).text).toBe("¿\nÉ");
  });

  test.each(["JOÃO MONLEVADE", "SÃÕ", "ÂÇ"])(
    "%s in Windows-1252 (C2 or C3 before a byte outside 80-BF) is plain Windows-1252",
    (text) => {
      expect(decodeText(latin1(text))).toEqual({ text, problems: [] });
    },
  );

  test("two Windows-1252 lines are named in the plural", () => {
    expect(decodeText(join(utf8("Araçuaí\n"), latin1("Itaúna\n"), latin1("Janaúba"))).problems).toEqual([
      {
        code: "encoding-mixed",
        rowIndex: null,
        columnIndex: 0,
        line: 2,
        message:
          "O arquivo mistura as codificações UTF-8 e Windows-1252: as linhas 2, 3 foram lidas como Windows-1252. Confira os acentos dessas linhas e salve o arquivo como UTF-8.",
      },
    ]);
  });

  const latinLines = (count: number) =>
    join(utf8("Araçuaí"), ...Array.from({ length: count }, () => latin1("\nItaúna")));

  test("ten Windows-1252 lines are all named", () => {
    expect(decodeText(latinLines(10)).problems.map((p) => p.message)).toEqual([
      "O arquivo mistura as codificações UTF-8 e Windows-1252: as linhas 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 foram lidas como Windows-1252. Confira os acentos dessas linhas e salve o arquivo como UTF-8.",
    ]);
  });

  test("past ten Windows-1252 lines, the first ten are named and an ellipsis follows", () => {
    expect(decodeText(latinLines(12)).problems.map((p) => p.message)).toEqual([
      "O arquivo mistura as codificações UTF-8 e Windows-1252: as linhas 2, 3, 4, 5, 6, 7, 8, 9, 10, 11… foram lidas como Windows-1252. Confira os acentos dessas linhas e salve o arquivo como UTF-8.",
    ]);
  });
});
