/** Reads a content file as UTF-8 text, failing with the file, line and fix when it is in another encoding. */
import fs from 'node:fs';
import { contentError } from '../content/errors.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The file's text, without a leading byte-order mark (editors on Windows add one; JSON.parse rejects it). */
export function readText(file: string): string {
  const bytes = fs.readFileSync(file);
  try {
    return strict.decode(bytes);
  } catch {
    // Where the first undecodable byte sits: the lenient decoder puts U+FFFD there.
    const text = lenient.decode(bytes);
    const at = text.indexOf('\uFFFD');
    const line = text.slice(0, at).split('\n').length;
    const byteOffset = Buffer.byteLength(text.slice(0, at));
    throw contentError(
      `${file}:${line}`,
      `is not UTF-8 text: byte 0x${bytes[byteOffset].toString(16).toUpperCase()} near "${text
        .slice(text.lastIndexOf('\n', at - 1) + 1, at)
        .slice(-20)
        .trim()}" is not valid UTF-8 (the file was probably saved as Latin-1 or Windows-1252).`,
      'save the file as UTF-8 (most editors: "Save with encoding" or "Reopen with encoding", then UTF-8) and check the characters around that spot.',
    );
  }
}
