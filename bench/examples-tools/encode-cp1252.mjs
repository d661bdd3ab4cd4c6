// Re-encodes a UTF-8 file as windows-1252, so the corpus can carry a page in a legacy charset.
// Usage: node encode-cp1252.mjs <in.utf8.html> <out.html>
// The 0x80-0x9F table is spelled out because Node 20's TextDecoder('windows-1252')
// decodes that range as ISO-8859-1 control characters.
import { readFileSync, writeFileSync } from 'node:fs';

const HIGH_C1 = {
  0x80: '\u20ac', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020',
  0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
  0x8e: '\u017d', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
  0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
  0x9c: '\u0153', 0x9e: '\u017e', 0x9f: '\u0178',
};

export function windows1252Table() {
  const toByte = new Map();
  for (let b = 0; b < 256; b++) {
    if (b >= 0x80 && b <= 0x9f) continue;
    toByte.set(String.fromCharCode(b), b);
  }
  for (const [b, ch] of Object.entries(HIGH_C1)) toByte.set(ch, Number(b));
  return toByte;
}

export function decodeWindows1252(bytes) {
  let out = '';
  for (const b of bytes) out += HIGH_C1[b] ?? String.fromCharCode(b);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node encode-cp1252.mjs <in> <out>');
    process.exit(2);
  }
  const toByte = windows1252Table();
  const text = readFileSync(input, 'utf8');
  const bytes = [];
  for (const ch of text) {
    const b = toByte.get(ch);
    if (b === undefined) throw new Error(`${input}: character U+${ch.codePointAt(0).toString(16)} has no windows-1252 byte`);
    bytes.push(b);
  }
  writeFileSync(output, Uint8Array.from(bytes));
  console.log(`${output}: ${bytes.length} bytes`);
}
