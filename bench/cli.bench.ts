// `anexos` as a user starts it: a whole process, against `node -e 0` started the same way. The calls alternate
// (node, anexos, node, anexos…) and the ratio is taken pair by pair, so that a machine slowing down during the
// bench moves both sides of each ratio. Targets: validar of the published annex (172 rows) at most 4 times
// `node -e 0`; --ajuda and porte at most 3 times.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { round2 } from "./measure";

const ROUNDS = 15;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function seconds(args: string[], expected: { status: number; stdout?: string }): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== expected.status || (expected.stdout !== undefined && !run.stdout.startsWith(expected.stdout))) {
    throw new Error(`${args.join(" ")} ended with ${run.status}: ${run.stdout.slice(0, 200)} ${run.stderr}`);
  }
  return elapsed;
}

/** Median seconds of the command and of `node -e 0`, and the median of their paired ratios. */
function paired(argv: string[], expected: { status: number; stdout?: string }) {
  const bin = join(process.env.ANEXOS_ROOT ?? process.cwd(), "bin", "anexos.js");
  seconds([bin, ...argv], expected); // warm-up: the file cache
  const own: number[] = [];
  const node: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    node.push(seconds(["-e", "0"], { status: 0 }));
    own.push(seconds([bin, ...argv], expected));
    ratios.push(own[round] / node[round]);
  }
  return { ms: Math.round(median(own) * 1000), nodeMs: Math.round(median(node) * 1000), ratio: round2(median(ratios)) };
}

export function benchCliStart(): Record<string, number> {
  const validar = paired(["validar"], { status: 1, stdout: "Anexo: anexo-i-5978-2017.txt (embutido)" });
  const ajuda = paired(["--ajuda"], { status: 0, stdout: "Uso: anexos" });
  const porte = paired(["porte", "2.000.000,01"], { status: 0, stdout: "Porte II\n" });
  return {
    cli_node_e0_ms: median([validar.nodeMs, ajuda.nodeMs, porte.nodeMs]),
    cli_validar_ms: validar.ms,
    cli_validar_node_ratio: validar.ratio,
    cli_validar_target_node_ratio: 4,
    cli_ajuda_ms: ajuda.ms,
    cli_ajuda_node_ratio: ajuda.ratio,
    cli_ajuda_target_node_ratio: 3,
    cli_porte_ms: porte.ms,
    cli_porte_node_ratio: porte.ratio,
    cli_porte_target_node_ratio: 3,
  };
}
