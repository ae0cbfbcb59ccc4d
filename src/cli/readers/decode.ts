/**
 * Text files as analysts have them: UTF-8 with or without BOM, or Windows-1252, which Excel in
 * Portuguese uses for "CSV (separado por vírgulas)". A file that is not valid UTF-8 is read as 1252.
 */
export function decodeText(bytes: Uint8Array): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return new TextDecoder("windows-1252").decode(body);
  }
}
