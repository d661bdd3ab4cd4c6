/**
 * UTF-8 validation that reports where it fails. TextDecoder's fatal mode
 * only says *that* bytes are invalid; messages must name the first bad byte.
 * The rules follow the WHATWG decoder, so both agree on what is valid.
 */

/** Byte offset of the first invalid UTF-8 sequence, or -1 when all valid. */
export function findInvalidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let i = start;
  while (i < end) {
    const length = sequenceLength(bytes, i, end);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the valid sequence starting at `i`, or 0 when it is invalid or truncated. */
function sequenceLength(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  let need: number;
  let lower = 0x80;
  let upper = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lower = 0xa0; // overlong
    if (b === 0xed) upper = 0x9f; // surrogates
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lower = 0x90; // overlong
    if (b === 0xf4) upper = 0x8f; // above U+10FFFF
  } else return 0;
  if (i + need >= end) return 0; // truncated at the end
  const second = bytes[i + 1];
  if (second < lower || second > upper) return 0;
  for (let k = 2; k <= need; k++) {
    const c = bytes[i + k];
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return need + 1;
}

/** Counts valid multi-byte sequences and invalid bytes: evidence of which encoding a page really uses. */
export function utf8Evidence(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i, bytes.length);
    if (length === 0) {
      invalid++;
      i++;
    } else {
      if (length > 1) multibyte++;
      i += length;
    }
  }
  return { multibyte, invalid };
}
