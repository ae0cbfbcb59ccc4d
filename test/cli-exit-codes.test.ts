// A crash is told from a result: exit code 3 and a pt-BR message, the stack trace only with ANEXOS_DEPURAR=1.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe as describeReport } from "../src/cli/validar";
import { CRASH_EXIT_CODE, crashMessage, isDebug, run } from "../src/cli/start";
import type { Report } from "../src/rules";

const bin = join(__dirname, "..", "bin", "anexos.js");
const CRASH =
  "anexos: erro inesperado do programa (saída 3). Não é um problema do anexo nem dos valores informados.\n" +
  "Para ver os detalhes técnicos, rode o mesmo comando com ANEXOS_DEPURAR=1 e envie-os à equipe que mantém o anexos.";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-saida-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a crash", () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) } };
  };
  const failing = () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')"));

  test("exits 3 with a pt-BR message and no stack trace", async () => {
    const { out, err, io: output } = io();
    expect(await run(["porte", "1"], output, false, failing)).toBe(3);
    expect(CRASH_EXIT_CODE).toBe(3);
    expect(out).toEqual([]);
    expect(err).toEqual([CRASH]);
  });

  test("with ANEXOS_DEPURAR=1 also prints the stack trace", async () => {
    const { err, io: output } = io();
    expect(await run([], output, true, failing)).toBe(3);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^anexos: erro inesperado do programa \(saída 3\)\. Não é um problema do anexo nem dos valores informados\.\nDetalhes técnicos, para a equipe que mantém o anexos:\nTypeError: Cannot read properties of undefined \(reading 'x'\)\n {4}at /,
    );
  });

  test("a thrown value that is not an Error is shown too when asked for", () => {
    expect(crashMessage({ motivo: 42 }, true).split("\n").slice(1)).toEqual([
      "Detalhes técnicos, para a equipe que mantém o anexos:",
      "{ motivo: 42 }",
    ]);
    expect(crashMessage("x", false)).toBe(CRASH);
  });

  test.each([
    [undefined, false],
    ["", false],
    ["0", false],
    [" ", false],
    ["1", true],
    ["sim", true],
  ])("ANEXOS_DEPURAR=%j asks for the details: %s", (value, expected) => {
    expect(isDebug(value === undefined ? {} : { ANEXOS_DEPURAR: value })).toBe(expected);
  });

  // A real process: a module loaded first breaks JSON.stringify, as a bug in the program would.
  const breakJson = () => {
    const preload = join(dir, "quebra-json.js");
    writeFileSync(preload, 'JSON.stringify = () => { throw new TypeError("JSON quebrado de propósito"); };\n');
    return preload;
  };

  test("of the installed bin exits 3, never 1, with the message on stderr and nothing on stdout", () => {
    const result = spawnSync(process.execPath, ["--require", breakJson(), bin, "porte", "1", "--json"], {
      encoding: "utf8",
      env: { ...process.env, ANEXOS_DEPURAR: "" },
    });
    expect(result.status).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`${CRASH}\n`);
  });

  test("of the installed bin shows where it happened with ANEXOS_DEPURAR=1", () => {
    const result = spawnSync(process.execPath, ["--require", breakJson(), bin, "porte", "1", "--json"], {
      encoding: "utf8",
      env: { ...process.env, ANEXOS_DEPURAR: "1" },
    });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain("\nTypeError: JSON quebrado de propósito\n    at ");
  });

  test("results keep their codes: 0 done, 1 annex with errors, 2 unusable input", () => {
    const status = (...argv: string[]) => spawnSync(process.execPath, [bin, ...argv], { encoding: "utf8" }).status;
    expect(status("porte", "2.000.000,01")).toBe(0);
    expect(status("validar")).toBe(1);
    expect(status("porte", "abc")).toBe(2);
  });

  test("closing the output early (anexos validar … | head -1) is no crash", async () => {
    // 5,000 rows of the same municipality: a report far larger than a pipe's buffer.
    const csv = join(dir, "repetidos.csv");
    writeFileSync(
      csv,
      [
        "Nº;Município;Porte;R$",
        ...Array.from({ length: 5000 }, (_, i) => `${i + 1};Abadia dos Dourados;Porte I;35.000,00`),
      ].join("\n"),
    );
    const child = spawn(process.execPath, [bin, "validar", csv], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    const first = await new Promise<string>((resolve) =>
      child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString("utf8"))),
    );
    child.stdout.destroy(); // what head does once it has its line
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(first.split("\n")[0]).toBe(`Anexo: ${csv} · regra 5978/2017`);
    expect(stderr).toBe("");
    expect(status).toBe(1);
  });
});

describe("the human report of validar", () => {
  test("describes 200,000 problems without overflowing the call stack", () => {
    const problems: Report["problems"] = Array.from({ length: 200_000 }, (_, i) => ({
      code: "municipality-duplicate",
      severity: "error",
      cell: `B${i + 3}`,
      row: i + 3,
      column: "B",
      line: null,
      page: null,
      message: "Município repetido.",
    }));
    const report: Report = {
      file: "grande.xlsx",
      sheet: "Anexo I",
      kind: "porte",
      ruleSet: "5978/2017",
      valid: false,
      summary: { rows: 200_000, errors: 200_000, warnings: 0, sum: "7000000000.00", declaredTotal: null },
      problems,
    };
    const lines = describeReport(report).split("\n");
    expect(lines).toHaveLength(5 + 200_000);
    expect(lines.slice(0, 6)).toEqual([
      'Anexo: grande.xlsx, planilha "Anexo I" · regra 5978/2017',
      "200000 linhas · soma R$ 7.000.000.000,00 · TOTAL declarado ausente",
      "Com erros: 200000 erros, 0 avisos.",
      "",
      "Célula   Código                  Mensagem",
      "B3       municipality-duplicate  Município repetido.",
    ]);
    expect(lines[lines.length - 1]).toBe("B200002  municipality-duplicate  Município repetido.");
  });
});
