/** Guesses the format of content that comes without a file name (stdin, records). */

const HTML_MARKERS = /<html[\s>]|<body[\s>]|<p[\s>]/i;

/** `html` when the content starts with `<` or contains `<html`, `<body` or `<p>`; else `text`. */
export function sniffFormat(content: string): 'html' | 'text' {
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'html';
  return HTML_MARKERS.test(content) ? 'html' : 'text';
}

/** True when every non-empty line starts with `{`: one JSON object per line. */
export function looksLikeJsonl(content: string): boolean {
  let sawRecord = false;
  for (const line of content.replace(/^\uFEFF/, '').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('{')) return false;
    sawRecord = true;
  }
  return sawRecord;
}
