// Requests every address the manifest names, as Excel on the web would, and lists what would break.
import { manifestUrls } from "./manifest-urls";
import { get, type RequestOptions } from "./request";
import { responseProblems } from "./response-checks";

export interface VerifyOptions extends RequestOptions {
  /** Tests only: accept http://127.0.0.1 and http://localhost, so the other rules can be tried without TLS. */
  allowLocalHttp?: boolean;
}

export interface Verification {
  urls: string[];
  problems: string[];
}

function isLocalHttp(url: URL): boolean {
  return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

export async function verifyHosting(manifestXml: string, options: VerifyOptions = {}): Promise<Verification> {
  const urls = manifestUrls(manifestXml);
  const problems: string[] = [];
  // One request at a time: a manifest names a dozen files, and a server under test should see them in order.
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${url}: não é um endereço válido.`);
      continue;
    }
    if (parsed.protocol !== "https:" && !(options.allowLocalHttp && isLocalHttp(parsed))) {
      problems.push(`${url}: não usa https; o Office só carrega suplementos por https.`);
      continue;
    }
    const answer = await get(url, options);
    if ("error" in answer) problems.push(`${url}: ${answer.error}.`);
    else problems.push(...responseProblems(url, answer));
  }
  return { urls, problems };
}
