// npm run verificar-hospedagem -- [https://host/caminho/ | manifesto.xml | https://…/manifest.xml]
// Checks that the published add-in loads in Excel (web included): https, certificate, status 200, CORS on
// functions.json and functions.js, Content-Type, no framing ban. Exit 0: all good; 1: problems; 2: could not run.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { get } from "./hosting/request";
import { verifyHosting } from "./hosting/verify";

const USAGE =
  "Uso: npm run verificar-hospedagem -- [endereço] [--permitir-http-local]\n" +
  "  endereço: https://servidor/caminho/ (baixa manifest.xml de lá), o endereço de um .xml, ou um arquivo local;\n" +
  "  sem endereço, lê dist/manifest.xml (gerado por npm run build).";

class CannotRun extends Error {}

async function loadManifest(target: string | undefined): Promise<{ xml: string; from: string }> {
  if (!target) {
    const local = join(__dirname, "..", "dist", "manifest.xml");
    if (!existsSync(local))
      throw new CannotRun("dist/manifest.xml não existe; rode npm run build ou passe um endereço.");
    return { xml: readFileSync(local, "utf8"), from: "dist/manifest.xml" };
  }
  if (/^https?:\/\//i.test(target)) {
    const url = target.endsWith("/") ? `${target}manifest.xml` : target;
    const answer = await get(url);
    if ("error" in answer) throw new CannotRun(`não foi possível baixar ${url}: ${answer.error}.`);
    if (answer.status !== 200) {
      throw new CannotRun(
        `${url} respondeu ${answer.status}; publique o manifest.xml junto com o dist/ ou passe o arquivo local.`,
      );
    }
    return { xml: answer.body, from: url };
  }
  if (!existsSync(target)) throw new CannotRun(`o arquivo ${target} não existe.`);
  return { xml: readFileSync(target, "utf8"), from: target };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const allowLocalHttp = args.includes("--permitir-http-local");
  const positional = args.filter((arg) => !arg.startsWith("--"));
  if (positional.length > 1 || args.some((arg) => arg.startsWith("--") && arg !== "--permitir-http-local")) {
    console.error(USAGE);
    return 2;
  }
  try {
    const { xml, from } = await loadManifest(positional[0]);
    let result;
    try {
      result = await verifyHosting(xml, { allowLocalHttp });
    } catch (error) {
      throw new CannotRun(`o manifesto ${from} não é um XML válido (${(error as Error).message.split("\n")[0]}).`);
    }
    if (result.problems.length > 0) {
      console.error(
        `Hospedagem do manifesto ${from}: ${result.problems.length} problema(s) que impedem o suplemento no Excel:\n` +
          result.problems.map((problem) => `- ${problem}`).join("\n"),
      );
      return 1;
    }
    console.log(`Hospedagem do manifesto ${from}: os ${result.urls.length} endereços respondem como o Excel precisa.`);
    return 0;
  } catch (error) {
    if (!(error instanceof CannotRun)) throw error;
    console.error(`Não foi possível verificar a hospedagem: ${error.message}`);
    return 2;
  }
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`Não foi possível verificar a hospedagem: ${(error as Error).message}`);
      process.exitCode = 2;
    },
  );
}
