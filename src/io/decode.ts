/** Turns file bytes into text. UTF-8 with or without a BOM; UTF-16 with a BOM. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 BOM by default.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
