import { strToU8, zipSync } from "fflate";
import { checkXlsxZip } from "../../src/rules/import/xlsx-limits";
import { declareSize } from "../support/zip-sizes";

// Edges of checkXlsxZip: each limit at and past its value, what merely resembles an old .xls, and that the
// check reads the zip's directory without inflating anything.

const CORRUPT = {
  ok: false,
  message: "O arquivo não é uma planilha .xlsx legível: o conteúdo compactado está corrompido.",
};
const OLE = {
  ok: false,
  message:
    "O arquivo está protegido por senha ou é do formato antigo .xls: no Excel, salve-o como .xlsx (Pasta de Trabalho do Excel) sem senha.",
};

describe("the file's size (50 MB)", () => {
  test("exactly 50 MB passes the size check (and is then judged by its contents)", () => {
    expect(checkXlsxZip(new Uint8Array(50 * 1024 * 1024))).toEqual(CORRUPT);
  });
});

describe("old .xls and password-protected files (OLE)", () => {
  test("the full signature D0 CF 11 E0 is refused as OLE", () => {
    expect(checkXlsxZip(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual(OLE);
  });

  test.each([
    ["00 CF 11 E0", [0x00, 0xcf, 0x11, 0xe0]],
    ["D0 00 11 E0", [0xd0, 0x00, 0x11, 0xe0]],
    ["D0 CF 00 E0", [0xd0, 0xcf, 0x00, 0xe0]],
    ["D0 CF 11 00", [0xd0, 0xcf, 0x11, 0x00]],
  ])("a file starting %s is no OLE file: it is read as a zip, here a corrupt one", (_, start) => {
    expect(checkXlsxZip(new Uint8Array([...start, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual(CORRUPT);
  });
});

describe("nothing is inflated", () => {
  test("a part whose compressed data is damaged passes: only the directory is read", () => {
    const bytes = zipSync({ "xl/a.xml": strToU8("<row/>".repeat(500)) }, { level: 6 });
    // The deflate data starts after the 30-byte local header and the 8-byte name; FF there is an invalid block.
    bytes[38] = 0xff;
    const check = checkXlsxZip(bytes);
    expect(check.ok).toBe(true);
    expect(check.ok && [...check.entries.values()]).toEqual([{ name: "xl/a.xml", compressedSize: 29, size: 3000 }]);
  });
});

describe("the compression ratio of one part (200, past 1 MB)", () => {
  // A stored (uncompressed) part of 6,000 bytes, declared to unpack to 200 times that and one byte more.
  const part = (size: number) =>
    declareSize(zipSync({ "xl/a.xml": new Uint8Array(6000).fill(0x61) }, { level: 0 }), "xl/a.xml", size);

  test("exactly 200 times is accepted", () => {
    const check = checkXlsxZip(part(1_200_000));
    expect(check.ok && [...check.entries.values()]).toEqual([
      { name: "xl/a.xml", compressedSize: 6000, size: 1_200_000 },
    ]);
  });

  test("past 200 times is refused", () => {
    expect(checkXlsxZip(part(1_200_001))).toEqual({
      ok: false,
      message:
        'O arquivo não foi aberto: "xl/a.xml", dentro dele, diz ocupar 2 MB a partir de 6 KB (200 vezes; o limite é 200). Pode ser um arquivo malicioso.',
    });
  });
});

describe("the total unpacked size (256 MB)", () => {
  const parts = (count: number) => {
    const files = Object.fromEntries(Array.from({ length: count }, (_, i) => [`xl/media/image${i}.png`, strToU8("x")]));
    const bytes = zipSync(files, { level: 0 });
    for (let i = 0; i < count; i++) declareSize(bytes, `xl/media/image${i}.png`, 1024 * 1024);
    return bytes;
  };

  test("exactly 256 MB is accepted", () => {
    const check = checkXlsxZip(parts(256));
    expect(check.ok).toBe(true);
    expect(check.ok && check.entries.size).toBe(256);
  });

  test("one part more is refused", () => {
    expect(checkXlsxZip(parts(257))).toEqual({
      ok: false,
      message:
        "O arquivo não foi aberto: descompactado, ocuparia 257 MB; o limite é 256 MB. Copie só o anexo para uma pasta de trabalho nova.",
    });
  });
});
