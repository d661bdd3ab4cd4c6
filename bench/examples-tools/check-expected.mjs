// Checks bench/examples-expected.json against the corpus: every file has an entry, every entry a file,
// and the title, bodyFirst, bodyLast and inline boilerplate strings occur verbatim in the file's
// text (for HTML: tags stripped, entities decoded). Also reports body word counts.
// Usage: node bench/examples-tools/check-expected.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeWindows1252 } from './encode-cp1252.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const expected = JSON.parse(readFileSync(join(dir, '..', 'bench', 'examples-expected.json'), 'utf8'));

const NAMED = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ldquo: '\u201c', rdquo: '\u201d',
  lsquo: '\u2018', rsquo: '\u2019', mdash: '\u2014', ndash: '\u2013', middot: '\u00b7', raquo: '\u00bb',
  laquo: '\u00ab', copy: '\u00a9', times: '\u00d7', hellip: '\u2026', euro: '\u20ac',
};

function decodeEntities(s, file) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body) => {
    if (body[0] === '#') return String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    if (!(body in NAMED)) throw new Error(`${file}: entity ${m} not known to the checker`);
    return NAMED[body];
  });
}

function readText(file) {
  const bytes = readFileSync(join(dir, file));
  const ascii = bytes.subarray(0, 1024).toString('latin1');
  return /charset\s*=\s*["']?windows-1252/i.test(ascii) ? decodeWindows1252(bytes) : bytes.toString('utf8');
}

function visibleText(file, raw) {
  if (!file.endsWith('.html')) return raw;
  const noCode = raw.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  const lines = noCode.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?(p|div|li|h\d|figure|figcaption|blockquote|section|article|tr|td)\b[^>]*>/gi, '\n');
  return decodeEntities(lines.replace(/<[^>]+>/g, ''), file);
}

const words = (s) => (s.match(/\S+/g) ?? []).length;
const problems = [];
const files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f));
for (const f of files) if (!(f in expected)) problems.push(`${f}: no entry in expected.json`);

for (const [file, gold] of Object.entries(expected)) {
  if (!files.includes(file)) { problems.push(`${file}: listed in expected.json but missing`); continue; }
  const text = visibleText(file, readText(file));
  const need = [['title', gold.title], ['bodyFirst', gold.bodyFirst], ['bodyLast', gold.bodyLast],
    ...gold.inlineBoilerplate.map((s, i) => [`inlineBoilerplate[${i}]`, s])];
  for (const [key, value] of need) {
    if (value !== null && !text.includes(value)) problems.push(`${file}: ${key} not found verbatim: ${JSON.stringify(value)}`);
  }
  if (gold.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(gold.published)) problems.push(`${file}: bad published ${gold.published}`);
  if (gold.publishedTime !== null && !/^\d{2}:\d{2}$/.test(gold.publishedTime)) problems.push(`${file}: bad publishedTime`);
  if (gold.utcOffset !== null && !/^[+-]\d{2}:\d{2}$/.test(gold.utcOffset)) problems.push(`${file}: bad utcOffset`);
  const start = text.indexOf(gold.bodyFirst);
  const end = text.indexOf(gold.bodyLast, start) + gold.bodyLast.length;
  const count = words(text.slice(start, end)) - gold.inlineBoilerplate.reduce((n, s) => n + words(s), 0);
  if (count < 250 || count > 700) problems.push(`${file}: body has ${count} words, outside 250-700`);
  console.log(`${file.padEnd(40)} ${String(count).padStart(4)} words`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`all ${Object.keys(expected).length} entries check out`);
