/** How a word is written: shapes, case tests and the normalised form used as its identity. */

function charClass(c: number, ch: string): string {
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return ch;
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo === up) return ch;
  return ch === up ? 'X' : 'x';
}

/** Full shape, long runs cut to 4: "McDonald" → "XxXxxxx", "1996-08-22" → "dddd-dd-dd". */
export function longShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length && out.length < 16; i++) {
    const c = charClass(word.charCodeAt(i), word[i]);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Compressed shape: "Xxxx" → "Xx", "S-400" → "X-d", "IBM" → "X". */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 8; i++) {
    const c = charClass(word.charCodeAt(i), word[i]);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Lower case with digits folded to 0. */
export function normalise(word: string): string {
  const low = word.toLowerCase();
  return /\d/.test(low) ? low.replace(/\d/g, '0') : low;
}

export function startsUpper(word: string): boolean {
  const ch = word[0] ?? '';
  return ch !== ch.toLowerCase();
}

export function startsLower(word: string): boolean {
  const ch = word[0] ?? '';
  return ch !== ch.toUpperCase();
}

/** Has letters and no lower-case letter. */
export function allUpper(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** All-caps (or almost) sentences, like wire headlines, carry no case information. */
export function isHeadline(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of words) {
    if (w.toLowerCase() === w.toUpperCase()) continue;
    letters++;
    if (allUpper(w)) upper++;
  }
  return letters >= 2 && upper / letters > 0.8;
}
