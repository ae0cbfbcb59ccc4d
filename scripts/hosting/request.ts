// One GET as Excel on the web makes it (with its Origin), no redirect followed, body read and dropped.
// node:http(s) rather than fetch: its errors carry the TLS code (self-signed, expired, wrong name).
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { EXCEL_WEB_ORIGIN } from "./office-origins";
import type { HostedResponse } from "./response-checks";

export interface RequestOptions {
  /** Extra trusted certificates (tests); the CLI honours NODE_EXTRA_CA_CERTS instead. */
  ca?: string | Buffer;
  timeoutMs?: number;
}

export type Fetched = (HostedResponse & { body: string }) | { error: string };

const TLS_CODES: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "certificado autoassinado",
  SELF_SIGNED_CERT_IN_CHAIN: "certificado emitido por autoridade não confiável",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "cadeia do certificado incompleta",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "certificado emitido por autoridade não confiável",
  CERT_HAS_EXPIRED: "certificado vencido",
  CERT_NOT_YET_VALID: "certificado ainda não válido",
  ERR_TLS_CERT_ALTNAME_INVALID: "o certificado não é deste endereço",
};

export function get(url: string, options: RequestOptions = {}): Promise<Fetched> {
  return new Promise((resolve) => {
    const send = url.startsWith("https:") ? httpsRequest : httpRequest;
    const request = send(
      url,
      { method: "GET", headers: { Origin: EXCEL_WEB_ORIGIN }, ca: options.ca, timeout: options.timeoutMs ?? 15000 },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", (error) => resolve({ error: error.message }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("tempo esgotado")));
    request.on("error", (error: NodeJS.ErrnoException) => {
      const tls = error.code ? TLS_CODES[error.code] : undefined;
      resolve({ error: tls ? `erro de certificado (${tls})` : `sem resposta (${error.code ?? error.message})` });
    });
    request.end();
  });
}
