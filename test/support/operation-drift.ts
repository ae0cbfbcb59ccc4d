// Compares each surface that describes the operations with src/operations; each returns the differences found,
// one line each, so a test can show both that the surfaces agree and that a drift is caught.
import { exampleFormula, exampleLine, formula, synopsis, type Operation } from "../../src/operations";

interface Described {
  id: string;
  description: string;
  result?: string;
  parameters: Array<{ name: string; description: string; optional: boolean }>;
}

/** What functions.ts's JSDoc says of each custom function (the text custom-functions-metadata-plugin reads). */
export function readJsDoc(source: string): Described[] {
  return [...source.matchAll(/\/\*\*([\s\S]*?)\*\//g)]
    .map(([, body]) => body.split("\n").map((line) => line.replace(/^\s*\*\s?/, "").trim()))
    .filter((lines) => lines.some((line) => line.startsWith("@customfunction")))
    .map((lines) => {
      const tag = (name: string) =>
        lines.filter((line) => line.startsWith(`@${name} `)).map((line) => line.slice(name.length + 2));
      const parameters = tag("param").map((text) => {
        const [, name, description] = /^(\S+)\s+(.*)$/.exec(text) ?? [];
        const optional = name.startsWith("[");
        return { name: name.replace(/[[\]]/g, ""), description, optional };
      });
      return {
        id: tag("customfunction")[0],
        description: lines.filter((line) => line && !line.startsWith("@")).join(" "),
        result: tag("returns")[0],
        parameters,
      };
    });
}

/** What the built functions.json says (the form Excel reads). */
export function readMetadata(json: string): Described[] {
  const metadata = JSON.parse(json) as {
    functions: Array<{
      id: string;
      description: string;
      result?: unknown;
      parameters: Array<{ name: string; description: string; optional?: boolean }>;
    }>;
  };
  return metadata.functions.map(({ id, description, parameters }) => ({
    id,
    description,
    parameters: parameters.map(({ name, description, optional }) => ({ name, description, optional: !!optional })),
  }));
}

/** Functions described elsewhere (JSDoc, functions.json) against the operations: missing, extra, or different. */
export function functionDrift(operations: readonly Operation[], described: readonly Described[]): string[] {
  const problems: string[] = [];
  const byId = new Map(described.map((entry) => [entry.id, entry]));
  for (const operation of operations) {
    const entry = byId.get(operation.function);
    if (!entry) {
      problems.push(`${operation.function}: missing`);
      continue;
    }
    if (entry.description !== operation.description) problems.push(`${operation.function}: description differs`);
    if (entry.result !== undefined && entry.result !== operation.returns) {
      problems.push(`${operation.function}: @returns differs`);
    }
    const expected = operation.params.map(({ name, description, optional }) => ({
      name,
      description,
      optional: !!optional,
    }));
    if (JSON.stringify(entry.parameters) !== JSON.stringify(expected)) {
      problems.push(`${operation.function}: parameters differ`);
    }
  }
  const known = new Set(operations.map((operation) => operation.function));
  for (const { id } of described) if (!known.has(id)) problems.push(`${id}: not in src/operations`);
  return problems;
}

export const README_START = "<!-- operações: início -->";
export const README_END = "<!-- operações: fim -->";

/** The README's table row of an operation, cell by cell. */
export function readmeRow(operation: Operation): string[] {
  const [example] = operation.examples;
  return [
    `\`${formula(operation)}\``,
    `\`anexos ${synopsis(operation)}\``,
    `${operation.summary} (${operation.article})`,
    `\`${exampleFormula(operation, example.inputs)}\` · \`${exampleLine(operation, example.inputs)}\``,
    example.cli,
  ];
}

/** The README's table between the markers against the operations (cells compared trimmed: Prettier pads them). */
export function readmeDrift(operations: readonly Operation[], readme: string): string[] {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return ["README: the operations' table markers are missing"];
  const rows = readme
    .slice(start + README_START.length, end)
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2) // header and its rule
    .map((line) =>
      line
        .slice(1, -1)
        .split(" | ")
        .map((cell) => cell.trim()),
    );
  const problems: string[] = [];
  operations.forEach((operation, i) => {
    const expected = readmeRow(operation);
    if (JSON.stringify(rows[i]) !== JSON.stringify(expected)) {
      problems.push(`README row ${i + 1}: expected | ${expected.join(" | ")} |`);
    }
  });
  if (rows.length > operations.length) problems.push(`README: ${rows.length - operations.length} row(s) too many`);
  return problems;
}
