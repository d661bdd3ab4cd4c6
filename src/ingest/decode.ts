/**
 * Bytes to text. Explicit about encodings: UTF-8 (BOM optional) and UTF-16
 * with a BOM are decoded; other text that is not valid UTF-8 is refused with
 * the offset of the first bad byte. HTML may declare its charset, and the
 * encoding of undeclared legacy pages is guessed (charset-sniff.ts).
 */
import { DiagnosticCodes } from '../model/diagnostics.js';
import { InputError } from '../model/errors.js';
import { detectBinary, detectBinaryText } from './binary.js';
import { decodeWithLabel, findDeclaredCharset, isUnicodeLabel } from './charset.js';
import { sniffEncoding } from './charset-sniff.js';
import { findInvalidUtf8, utf8Evidence } from './utf8.js';

/** `json` covers JSON and JSONL, which must be UTF-8 like plain text. */
export type DecodeAs = 'text' | 'html' | 'json';

export interface Decoded {
  readonly content: string;
  /** WHATWG name of the encoding used, e.g. `utf-8`, `windows-1251`. */
  readonly encoding: string;
}

export interface DecodeWhere {
  readonly file?: string;
  readonly line?: number;
  /** Word for the input in messages (`file`, `record`, `input`). */
  readonly noun?: string;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function fail(code: (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes], message: string, where: DecodeWhere): never {
  throw new InputError(code, message, where.file, where.line);
}

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', where: DecodeWhere): Decoded {
  const content = new TextDecoder(encoding).decode(bytes); // strips the BOM
  const binary = detectBinaryText(content);
  if (binary) fail(DiagnosticCodes.binary, `binary ${where.noun ?? 'file'} (${binary}), not text`, where);
  return { content, encoding };
}

function decodeHtmlFallback(bytes: Uint8Array): Decoded {
  const lossyUtf8 = (): Decoded => ({ content: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' });
  // A UTF-8 byte-order mark wins over any declaration, as in browsers.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return lossyUtf8();
  const declared = findDeclaredCharset(bytes);
  if (declared && !isUnicodeLabel(declared)) {
    const decoded = decodeWithLabel(bytes, declared);
    if (decoded) return decoded;
  }
  // Mostly-UTF-8 pages with a few stray bytes keep UTF-8 with replacement characters.
  const evidence = utf8Evidence(bytes);
  if (evidence.multibyte > evidence.invalid) return lossyUtf8();
  // Undeclared legacy page: guess among the common legacy encodings.
  const sniffed = sniffEncoding(bytes);
  return { content: sniffed.content, encoding: sniffed.encoding };
}

/** Decodes one input; throws InputError (BINARY, ENCODING, EMPTY) when it cannot be a document. */
export function decodeBytes(bytes: Uint8Array, as: DecodeAs, where: DecodeWhere = {}): Decoded {
  const noun = where.noun ?? 'file';
  if (bytes.length === 0) fail(DiagnosticCodes.empty, `${noun} is empty (0 bytes)`, where);
  let decoded: Decoded;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = decodeUtf16(bytes, 'utf-16le', where);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = decodeUtf16(bytes, 'utf-16be', where);
  else {
    const binary = detectBinary(bytes);
    if (binary) fail(DiagnosticCodes.binary, `binary ${noun} (${binary}), not text`, where);
    try {
      decoded = { content: STRICT_UTF8.decode(bytes), encoding: 'utf-8' }; // strips a UTF-8 BOM
    } catch {
      if (as === 'html') decoded = decodeHtmlFallback(bytes);
      else {
        const at = findInvalidUtf8(bytes);
        fail(DiagnosticCodes.invalidEncoding, `not valid UTF-8 at byte ${at} (${hex(bytes[at])}); save the ${noun} as UTF-8`, where);
      }
    }
  }
  if (decoded.content.trim() === '') fail(DiagnosticCodes.empty, `${noun} contains only whitespace (${bytes.length} bytes)`, where);
  return decoded;
}
