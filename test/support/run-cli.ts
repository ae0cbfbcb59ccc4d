import { main } from "../../src/cli/main";

/** Runs `anexos` in-process, capturing what it prints and its exit code. */
export async function runCli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
