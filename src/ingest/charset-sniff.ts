/**
 * Guesses the encoding of an HTML page that declares none and is not UTF-8.
 * Each candidate legacy encoding decodes the bytes (TextDecoder, ICU) and the
 * decoded text is scored against the language that encoding is used for:
 * undecodable bytes (U+FFFD) and control characters weigh heavily against,
 * letters of the expected script count a little, and the language's frequent
 * characters count a lot. Context catches the classic confusions: Cyrillic
 * bytes read as windows-1252 give words made only of accented letters, and
 * Latin bytes read as a double-byte encoding swallow the ASCII letter after
 * an accented one.
 */
import type { CharClass, LanguageModel } from './charset-languages.js';
import { SNIFFED_ENCODINGS, classify, isFrequent, isOwnScript } from './charset-languages.js';
import { decodeWithLabel } from './charset.js';

/** Bytes from the start of the page that are scored; the winner then decodes the whole page. */
export const SNIFF_SAMPLE_BYTES = 256 * 1024;

const BAD = -6; // U+FFFD or a C1 control: the bytes are not this encoding
const PRIVATE_USE = -4;
const WRONG_SCRIPT = -1;
const OWN_LETTER = 0.3;
const FREQUENT_BONUS = 3;
const PUNCTUATION = 0.5;
const ODD_SYMBOL = -0.5;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isLowercaseLetter(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase() && s === s.toLowerCase();
}

function isUppercaseLetter(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

function isLetter(c: number): boolean {
  return isAsciiLetter(c) || isNonAsciiLetter(c);
}

function isNonAsciiLetter(c: number): boolean {
  const cls = c >= 0x80 ? classify(c) : 'other';
  return cls === 'latin' || cls === 'cyrillic';
}

/** Plausibility of one letter of an alphabetic script, given its neighbours. */
function alphabeticScore(model: LanguageModel, c: number, prev: number, next: number): number {
  if (model === 'latin') {
    // Accented letters sit inside mostly-ASCII words; runs of them are another alphabet misread.
    if (!isAsciiLetter(prev) && !isAsciiLetter(next) && (isNonAsciiLetter(prev) || isNonAsciiLetter(next))) return WRONG_SCRIPT;
  } else if (isAsciiLetter(prev) || isAsciiLetter(next)) {
    return WRONG_SCRIPT; // a Cyrillic letter inside a Latin word: an accented letter misread
  }
  // A lone letter (one-letter word, or a symbol byte misread as a letter) is weak evidence either way.
  if (!isLetter(prev) && !isLetter(next)) return 0;
  if (isUppercaseLetter(c) && isLowercaseLetter(prev)) return WRONG_SCRIPT; // "aBc" shapes
  return OWN_LETTER + (isFrequent(model, c) ? FREQUENT_BONUS : 0);
}

function cjkModel(model: LanguageModel): boolean {
  return model === 'chinese' || model === 'japanese' || model === 'korean';
}

function charScore(model: LanguageModel, cls: CharClass, c: number, prev: number, next: number): number {
  switch (cls) {
    case 'replacement':
    case 'control':
      return BAD;
    case 'private':
      return PRIVATE_USE;
    case 'punct':
      return PUNCTUATION;
    case 'cjk-punct':
      return cjkModel(model) ? 1 : ODD_SYMBOL;
    case 'fullwidth':
      return cjkModel(model) ? PUNCTUATION : ODD_SYMBOL;
    case 'halfwidth-kana':
      return WRONG_SCRIPT; // legal in Shift_JIS but rare in real pages
    case 'other':
      return ODD_SYMBOL;
    default:
      break;
  }
  if (!isOwnScript(model, cls)) return WRONG_SCRIPT;
  if (cls === 'latin' || cls === 'cyrillic') return alphabeticScore(model, c, prev, next);
  // A double-byte reading of single-byte text pairs an accented letter with the ASCII letter after it.
  if (isAsciiLetter(prev) && isAsciiLetter(next)) return WRONG_SCRIPT;
  return OWN_LETTER + (isFrequent(model, c) ? FREQUENT_BONUS : 0);
}

/** Mean plausibility of the non-ASCII characters of `text` as text of the model's language. */
export function scoreDecoding(text: string, model: LanguageModel): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
    total += charScore(model, classify(c), c, prev, next);
    count++;
  }
  return count === 0 ? 0 : total / count;
}

export interface SniffedEncoding {
  readonly encoding: string;
  readonly content: string;
  /** Mean plausibility of the winner (see scoreDecoding). */
  readonly score: number;
}

/** Decodes bytes with the most plausible of the legacy encodings (ties go to the earlier candidate). */
export function sniffEncoding(bytes: Uint8Array): SniffedEncoding {
  const sample = bytes.length > SNIFF_SAMPLE_BYTES ? bytes.subarray(0, SNIFF_SAMPLE_BYTES) : bytes;
  let best: { encoding: string; content: string; score: number } | null = null;
  for (const { encoding, model } of SNIFFED_ENCODINGS) {
    const decoded = decodeWithLabel(sample, encoding);
    if (!decoded) continue; // not in this Node's ICU
    const score = scoreDecoding(decoded.content, model);
    if (!best || score > best.score) best = { encoding: decoded.encoding, content: decoded.content, score };
  }
  if (!best) return { ...(decodeWithLabel(bytes, 'windows-1252') as { content: string; encoding: string }), score: 0 };
  if (sample === bytes) return best;
  const whole = decodeWithLabel(bytes, best.encoding) as { content: string; encoding: string };
  return { encoding: whole.encoding, content: whole.content, score: best.score };
}
