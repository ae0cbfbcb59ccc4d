// bin/anexos.js runs the built CLI (dist-cli/anexos.cjs) unless, in a development checkout, a source it was built
// from is newer: then it runs the sources through tsx. Checked on a small copy with a stand-in bundle and source.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..");
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-lancador-"));
  mkdirSync(join(dir, "bin"));
  mkdirSync(join(dir, "dist-cli"));
  mkdirSync(join(dir, "src", "cli"), { recursive: true });
  copyFileSync(join(root, "bin", "anexos.js"), join(dir, "bin", "anexos.js"));
  writeFileSync(join(dir, "dist-cli", "anexos.cjs"), 'exports.start = () => process.stdout.write("montado\\n");\n');
  writeFileSync(join(dir, "dist-cli", "inputs.json"), JSON.stringify(["src/cli/start.ts", "src/cli/texto.txt"]));
  writeFileSync(
    join(dir, "src", "cli", "start.ts"),
    'import text from "./texto.txt";\nexport function start(): void {\n  process.stdout.write(`fontes: ${text}`);\n}\n',
  );
  writeFileSync(join(dir, "src", "cli", "texto.txt"), "texto importado\n");
  age(join(dir, "src", "cli", "start.ts"), 60);
  age(join(dir, "src", "cli", "texto.txt"), 60);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Sets a file's modification time `seconds` in the past. */
function age(path: string, seconds: number) {
  const time = new Date(Date.now() - seconds * 1000);
  utimesSync(path, time, time);
}

function launch(withTsx = true) {
  const env = { ...process.env, NODE_PATH: withTsx ? join(root, "node_modules") : "" };
  const result = spawnSync(process.execPath, [join(dir, "bin", "anexos.js")], { encoding: "utf8", env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bin/anexos.js", () => {
  test("runs the built CLI when it is newer than every source it was built from", () => {
    expect(launch()).toEqual({ code: 0, stdout: "montado\n", stderr: "" });
  });

  test("runs the sources through tsx, a .txt imported as its text, when one of them is newer", () => {
    age(join(dir, "dist-cli", "anexos.cjs"), 120);
    expect(launch()).toEqual({ code: 0, stdout: "fontes: texto importado\n", stderr: "" });
  });

  test("runs the sources when the list of sources is missing, or names a file that is gone", () => {
    rmSync(join(dir, "dist-cli", "inputs.json"));
    expect(launch().stdout).toBe("fontes: texto importado\n");
    writeFileSync(join(dir, "dist-cli", "inputs.json"), JSON.stringify(["src/cli/start.ts", "src/cli/apagado.ts"]));
    expect(launch().stdout).toBe("fontes: texto importado\n");
  });

  test("runs the built CLI of an installed package, which has no sources", () => {
    rmSync(join(dir, "src"), { recursive: true });
    rmSync(join(dir, "dist-cli", "inputs.json"));
    expect(launch(false)).toEqual({ code: 0, stdout: "montado\n", stderr: "" });
  });

  test("with neither the built CLI nor tsx, says in Portuguese what to run, and exits 3", () => {
    rmSync(join(dir, "dist-cli", "anexos.cjs"));
    expect(launch(false)).toEqual({
      code: 3,
      stdout: "",
      stderr: "anexos: o programa não foi construído. Na pasta do projeto, rode npm ci (ou npm run build:cli).\n",
    });
  });
});
