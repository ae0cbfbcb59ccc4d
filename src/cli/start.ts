// The command line as a process: what bin/anexos.js runs (built into dist-cli/anexos.cjs by `npm run build:cli`).
// It gives every outcome its own exit code, a crash included: 0 and 1 are verdicts on the annex, 2 is input
// that cannot be used, and 3 is a fault of the program itself, never mistaken for "the annex has errors".
import { inspect } from "node:util";
import { main, type Output } from "./main";

/** Exit code of a crash: an error the program did not expect (a fault of its own). */
export const CRASH_EXIT_CODE = 3;

/** The variable that asks for the technical details of a crash (ANEXOS_DEPURAR=1). */
export const DEBUG_VARIABLE = "ANEXOS_DEPURAR";

/** Whether the environment asks for a crash's technical details: the variable set, and not to "0" or "". */
export const isDebug = (env: NodeJS.ProcessEnv): boolean => {
  const value = env[DEBUG_VARIABLE]?.trim();
  return value !== undefined && value !== "" && value !== "0";
};

/** What a crash prints: a pt-BR message, and the stack trace only when asked for. */
export function crashMessage(error: unknown, debug: boolean): string {
  const message =
    "anexos: erro inesperado do programa (saída 3). Não é um problema do anexo nem dos valores informados.\n" +
    (debug
      ? "Detalhes técnicos, para a equipe que mantém o anexos:"
      : `Para ver os detalhes técnicos, rode o mesmo comando com ${DEBUG_VARIABLE}=1 e envie-os à equipe que mantém o anexos.`);
  if (!debug) return message;
  const details = error instanceof Error && error.stack ? error.stack : inspect(error, { depth: 4 });
  return `${message}\n${details}`;
}

/** Runs one command line; an error that escapes `main` becomes the crash message and exit code 3. */
export async function run(
  argv: readonly string[],
  io: Output,
  debug: boolean,
  command: (argv: readonly string[], io: Output) => Promise<number> = main,
): Promise<number> {
  try {
    return await command(argv, io);
  } catch (error) {
    io.err(crashMessage(error, debug));
    return CRASH_EXIT_CODE;
  }
}

/** The process: its arguments, its two output streams, its exit code. */
export function start(): void {
  const debug = isDebug(process.env);
  const crash = (error: unknown) => {
    process.stderr.write(`${crashMessage(error, debug)}\n`);
    process.exit(CRASH_EXIT_CODE);
  };
  // An error thrown later, outside the command's promise (a callback, a stream), is a crash too.
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  // `anexos validar | head` closes the pipe early: the reader has what it wanted; that is no crash.
  process.stdout.on("error", (error: NodeJS.ErrnoException) =>
    error.code === "EPIPE" ? process.exit() : crash(error),
  );
  const io: Output = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
  run(process.argv.slice(2), io, debug).then((code) => (process.exitCode = code));
}
