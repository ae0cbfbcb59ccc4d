// The CLI's one entry for annex files (readAnnexFile), in process: what it refuses before reading a byte, by
// extension, option and size, and how it names a path it cannot read.
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readAnnexFile } from "../../src/cli/readers";
import { readRefusalMessage } from "../support/refusal";

const MiB = 1024 * 1024;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-read-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `size` zero bytes, sparse: it takes no room on disk. */
function sparse(name: string, size: number): string {
  const path = join(dir, name);
  writeFileSync(path, "");
  truncateSync(path, size);
  return path;
}

const messageOf = (path: string, sheetName?: string) => readRefusalMessage(readAnnexFile(path, sheetName));

test("--planilha with a CSV is refused", async () => {
  const path = join(dir, "anexo.csv");
  writeFileSync(path, "Nº;Município;Porte;R$\r\n");
  expect(await messageOf(path, "Anexo I")).toBe("--planilha só vale para arquivos .xlsx.");
});

test.each([
  ["grande.csv", 50 * MiB + 1, "50,0 MB, acima do limite de 50 MB para texto e CSV"],
  ["grande.txt", 60 * MiB, "60,0 MB, acima do limite de 50 MB para texto e CSV"],
  ["grande.pdf", 100 * MiB + 1, "100,0 MB, acima do limite de 100 MB para PDF"],
  ["grande.xlsx", 50 * MiB + 1, "50,0 MB, acima do limite de 50 MB para planilhas .xlsx"],
])("%s is refused by its size before it is read", async (name, size, said) => {
  const path = sparse(name, size);
  expect(await messageOf(path)).toBe(`O arquivo "${path}" tem ${said}.`);
});

test("a text file of exactly 50 MB is read (here, refused for what it holds, not for its size)", async () => {
  expect(await messageOf(sparse("limite.csv", 50 * MiB))).toBe(
    "O arquivo não é texto (tem bytes nulos): abra-o no Excel e salve como CSV UTF-8.",
  );
});

test("a path that is a folder, one that does not exist, and one under a file are named with the reason", async () => {
  const folder = join(dir, "pasta.csv");
  mkdirSync(folder);
  const file = join(dir, "arquivo.csv");
  writeFileSync(file, "x");
  expect(await messageOf(folder)).toBe(`O arquivo "${folder}" é uma pasta, não um arquivo.`);
  expect(await messageOf(join(dir, "falta.csv"))).toBe(`O arquivo "${join(dir, "falta.csv")}" não existe.`);
  expect(await messageOf(join(file, "dentro.csv"))).toBe(`O arquivo "${join(file, "dentro.csv")}" não pôde ser lido.`);
});
