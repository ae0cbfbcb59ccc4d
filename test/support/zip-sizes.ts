/** Rewrites the unpacked size a zip declares for one part, in its local header and in the central directory. */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at < bytes.length - 46; at++) {
    const signature = view.getUint32(at, true);
    const nameAt = signature === 0x04034b50 ? at + 30 : signature === 0x02014b50 ? at + 46 : -1;
    if (nameAt < 0 || new TextDecoder().decode(bytes.subarray(nameAt, nameAt + name.length)) !== name) continue;
    view.setUint32(at + (signature === 0x04034b50 ? 22 : 24), size, true);
  }
  return bytes;
}
