// Self-check for the heldout-text-2 set: every anchor in expected.json must be
// findable verbatim in its .txt file, so scoring never depends on guesswork.
// Usage: node bench/heldout-text-2/check.mjs   (exit code 1 on any failure)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8'));
const txtFiles = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const errors = [];
const fail = (file, msg) => errors.push(`${file}: ${msg}`);

const isIsoDate = (s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const countOf = (hay, needle) => hay.split(needle).length - 1;
// Hard-wrapped files split titles/names across lines; compare on collapsed whitespace.
const flat = (s) => s.replace(/\s+/g, ' ').toLowerCase();

for (const f of txtFiles) if (!(f in expected)) fail(f, 'no entry in expected.json');

for (const [file, exp] of Object.entries(expected)) {
  if (!txtFiles.includes(file)) { fail(file, 'listed in expected.json but file missing'); continue; }
  const text = readFileSync(join(here, file), 'utf8');
  const lines = text.split('\n');

  for (const key of ['title', 'published', 'site', 'dateline']) {
    if (!(key in exp)) fail(file, `missing key ${key}`);
    else if (exp[key] !== null && typeof exp[key] !== 'string') fail(file, `${key} must be string|null`);
  }
  for (const key of ['agencies', 'authors', 'inlineBoilerplate']) {
    if (!Array.isArray(exp[key]) || exp[key].some((x) => typeof x !== 'string')) fail(file, `${key} must be string[]`);
  }
  for (const key of ['bodyFirst', 'bodyLast']) {
    if (typeof exp[key] !== 'string' || exp[key].length < 30) fail(file, `${key} must be a string of >= 30 chars`);
  }
  if (errors.some((e) => e.startsWith(`${file}:`))) continue;

  if (exp.published !== null && !isIsoDate(exp.published)) fail(file, `published "${exp.published}" is not a valid YYYY-MM-DD date`);

  // Metadata values should be visible in the text (modulo case and line wrapping).
  const flatText = flat(text);
  for (const key of ['title', 'site', 'dateline']) {
    if (exp[key] !== null && !flatText.includes(flat(exp[key]))) fail(file, `${key} "${exp[key]}" not found in text`);
  }
  for (const name of [...exp.authors, ...exp.agencies]) {
    if (!flatText.includes(flat(name))) fail(file, `author/agency "${name}" not found in text`);
  }

  // Anchors: unique, single-line, bodyLast ends its line, bodyFirst before bodyLast.
  for (const key of ['bodyFirst', 'bodyLast']) {
    const s = exp[key];
    if (s.includes('\n')) fail(file, `${key} spans more than one line`);
    const n = countOf(text, s);
    if (n !== 1) fail(file, `${key} occurs ${n} times (need exactly 1): "${s}"`);
  }
  const firstLine = lines.findIndex((l) => l.includes(exp.bodyFirst));
  const lastLine = lines.findIndex((l) => l.includes(exp.bodyLast));
  if (firstLine < 0 || lastLine < 0) continue;
  if (!lines[lastLine].trimEnd().endsWith(exp.bodyLast)) fail(file, 'bodyLast does not end its line (must be the end of the last paragraph)');
  if (lastLine < firstLine) { fail(file, 'bodyLast comes before bodyFirst'); continue; }

  // Inline furniture: whole lines strictly between the anchors, one entry per occurrence, in order.
  const between = lines.slice(firstLine + 1, lastLine).map((l) => l.trim());
  const wanted = new Set(exp.inlineBoilerplate);
  const found = between.filter((l) => wanted.has(l));
  if (JSON.stringify(found) !== JSON.stringify(exp.inlineBoilerplate)) {
    fail(file, `inlineBoilerplate mismatch.\n    expected: ${JSON.stringify(exp.inlineBoilerplate)}\n    found:    ${JSON.stringify(found)}`);
  }

  // Informational: approximate body size (lines between anchors minus listed furniture).
  const bodyWords = [lines[firstLine], ...between.filter((l) => !wanted.has(l)), lines[lastLine]]
    .join(' ').split(/\s+/).filter(Boolean).length;
  console.log(`${file.padEnd(42)} body ~${String(bodyWords).padStart(3)} words, ${exp.inlineBoilerplate.length} inline furniture line(s)`);
}

if (errors.length) {
  console.error(`\nFAIL (${errors.length}):\n- ${errors.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nOK: ${Object.keys(expected).length} files checked`);
