/**
 * Content files as text: UTF-8, strictly. A file saved in another encoding (Latin-1's "é"
 * is one byte that UTF-8 cannot read) would otherwise become U+FFFD on the page without a
 * word; a byte order mark would be read as text by one parser and skipped by another; and a
 * control character is not text at all (an XML feed that carries one is not well-formed, and
 * every reader drops the whole feed). Each is refused at its line and column.
 */

export interface TextProblem {
  reason: string;
  line: number;
  column: number;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** C0 controls other than tab, line feed and carriage return; DEL; the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** The offset of the first byte that does not begin a valid UTF-8 sequence. */
export function invalidUtf8At(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || at + length > bytes.length) return at;
    // Valid continuation bytes, and no overlong form, surrogate or code point past U+10FFFF.
    try {
      strict.decode(bytes.subarray(at, at + length));
    } catch {
      return at;
    }
    at += length;
  }
  return bytes.length;
}

/** Line and column (1-based, in characters) of `index` in `text`. */
export function placeOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: [...before.slice(lineStart)].length + 1 };
}

const hex = (code: number, digits: number): string => code.toString(16).toUpperCase().padStart(digits, '0');

/** The first control character in `text`, as a problem at its place. */
export function controlCharacterProblem(text: string): TextProblem | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  return { reason: `A control character (U+${hex(code, 4)}) is not text, and no page or feed can carry it: delete it`, ...placeOf(text, match.index) };
}

/** The bytes as text, or the first reason they are not content the site can read. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: TextProblem } {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const at = invalidUtf8At(bytes);
    const place = placeOf(lenient.decode(bytes.subarray(0, at)), Infinity);
    return { problem: { reason: `Not UTF-8: the byte 0x${hex(bytes[at] ?? 0, 2)} here cannot be read (a file saved as Latin-1 or Windows-1252?): save the file as UTF-8`, ...place } };
  }
  if (text.startsWith('\uFEFF')) return { problem: { reason: 'The file starts with a byte order mark (U+FEFF): save it as UTF-8 without BOM', line: 1, column: 1 } };
  const control = controlCharacterProblem(text);
  return control ? { problem: control } : { text };
}
