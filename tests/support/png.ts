// Reads a PNG's size from its IHDR chunk, so tests check the real file rather than a tag that claims a size.

/** Width and height of a PNG; throws if the bytes are not a PNG that starts with its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) throw new Error('not a PNG: wrong signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || type !== 'IHDR') throw new Error(`not a PNG: first chunk is ${type}, not a 13-byte IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
