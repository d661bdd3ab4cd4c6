/**
 * Finds the character encoding an HTML page declares in its first bytes:
 * `<meta charset>`, `<meta http-equiv="Content-Type" content="...; charset=...">`
 * or an XML declaration (XHTML). A simplified form of the WHATWG prescan.
 */

/** How far into the page a declaration is looked for (long <head>s put it after scripts and styles). */
export const DECLARATION_SCAN_BYTES = 4096;

const META_TAG = /<meta\b[^>]*>/gi;
const CHARSET_ATTR = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const XML_DECLARATION = /^(?:\u00ef\u00bb\u00bf)?\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i;

/** The declared charset label as written (e.g. `windows-1251`), or null. */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so ASCII markup reads the same in any ASCII-compatible encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARATION_SCAN_BYTES)).toString('latin1');
  const xml = XML_DECLARATION.exec(head);
  for (const match of head.matchAll(META_TAG)) {
    const found = CHARSET_ATTR.exec(match[0]);
    if (found) return found[1];
  }
  return xml ? xml[1] : null;
}

/** A TextDecoder for the label, or null when Node does not know the encoding. */
export function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

// WHATWG windows-1252 for 0x80..0x9F. Node 20 decodes windows-1252 (and the labels
// mapped to it: iso-8859-1, latin1, ascii) as plain latin1, leaving C1 controls.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]));
}

/** Decodes with the labelled encoding; null when Node does not know it. */
export function decodeWithLabel(bytes: Uint8Array, label: string): { content: string; encoding: string } | null {
  const decoder = decoderFor(label);
  if (!decoder) return null;
  if (decoder.encoding === 'windows-1252') return { content: decodeWindows1252(bytes), encoding: 'windows-1252' };
  return { content: decoder.decode(bytes), encoding: decoder.encoding };
}

/** True for labels that name UTF-8 (or UTF-16, which a byte-oriented page cannot really be). */
export function isUnicodeLabel(label: string): boolean {
  const encoding = decoderFor(label)?.encoding;
  return encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be';
}
