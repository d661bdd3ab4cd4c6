/**
 * Binary detection on the first bytes of an input, the way `file` and git
 * do it: known magic numbers, NUL bytes, or a high share of control bytes.
 */

/** How many leading bytes are inspected. */
export const SNIFF_BYTES = 8192;
/** Share of control bytes (outside tab, newlines, form feed, escape) above which input is binary. */
const CONTROL_SHARE_LIMIT = 0.1;

interface Magic {
  readonly name: string;
  readonly bytes: readonly (number | null)[]; // null matches any byte
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const MAGIC_NUMBERS: readonly Magic[] = [
  { name: 'PDF document', bytes: ascii('%PDF-') },
  { name: 'PNG image', bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'GIF image', bytes: ascii('GIF8') },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'ZIP archive (also .docx, .xlsx, .epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'ELF executable', bytes: [0x7f, ...ascii('ELF')] },
  { name: 'gzip data (name the file with a .gz suffix to have it decompressed)', bytes: [0x1f, 0x8b] },
  { name: 'bzip2 data', bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'xz data', bytes: [0xfd, ...ascii('7zXZ'), 0x00] },
  { name: 'zstd data', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7-Zip archive', bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { name: 'SQLite database', bytes: [...ascii('SQLite format 3'), 0x00] },
  { name: 'Microsoft Office (OLE2) document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'Java class file', bytes: [0xca, 0xfe, 0xba, 0xbe] },
];

function matches(bytes: Uint8Array, magic: Magic): boolean {
  if (bytes.length < magic.bytes.length) return false;
  return magic.bytes.every((b, i) => b === null || bytes[i] === b);
}

function isControlByte(b: number): boolean {
  // Tab, LF, VT, FF, CR and ESC (ANSI colour codes) occur in real text files.
  return (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f;
}

/**
 * Why the bytes look binary (e.g. `PNG image`), or null when they look like text.
 * Call it on bytes that are not UTF-16 (UTF-16 text is full of NUL bytes).
 */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const magic of MAGIC_NUMBERS) if (matches(bytes, magic)) return magic.name;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let nulAtEven = 0;
  let nulAtOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) {
      if (i % 2 === 0) nulAtEven++;
      else nulAtOdd++;
    }
    if (isControlByte(b)) control++;
  }
  const nul = nulAtEven + nulAtOdd;
  if (nul > 0) {
    // ASCII text in UTF-16 has a NUL in every other byte, all on one side.
    const half = sample.length / 2;
    if (nul > half * 0.6 && (nulAtEven === 0 || nulAtOdd === 0)) return 'NUL bytes; looks like UTF-16 without a byte-order mark';
    return 'contains NUL bytes';
  }
  if (sample.length > 0 && control / sample.length > CONTROL_SHARE_LIMIT) {
    return `${Math.round((100 * control) / sample.length)}% control characters in the first ${sample.length} bytes`;
  }
  return null;
}

/** Same test on already-decoded text (used after UTF-16 decoding). */
export function detectBinaryText(text: string): string | null {
  const sample = text.slice(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return 'contains NUL characters';
    if (isControlByte(c)) control++;
  }
  if (sample.length > 0 && control / sample.length > CONTROL_SHARE_LIMIT) return `${Math.round((100 * control) / sample.length)}% control characters`;
  return null;
}
