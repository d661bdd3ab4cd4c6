// Verifies that every bodyFirst, bodyLast and inlineBoilerplate string in
// expected.json occurs verbatim in its .txt file, and that the inline
// furniture really sits between bodyFirst and bodyLast.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
const problems = [];

const txtFiles = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
for (const f of txtFiles) if (!(f in expected)) problems.push(`${f}: no entry in expected.json`);

for (const [file, exp] of Object.entries(expected)) {
  let text;
  try {
    text = readFileSync(join(dir, file), "utf8");
  } catch {
    problems.push(`${file}: file missing`);
    continue;
  }
  const first = text.indexOf(exp.bodyFirst);
  const last = text.lastIndexOf(exp.bodyLast);
  if (first < 0) problems.push(`${file}: bodyFirst not found: ${JSON.stringify(exp.bodyFirst)}`);
  if (last < 0) problems.push(`${file}: bodyLast not found: ${JSON.stringify(exp.bodyLast)}`);
  if (first >= 0 && last >= 0 && last < first) problems.push(`${file}: bodyLast occurs before bodyFirst`);
  // Each listed occurrence must be a distinct whole line inside the body span.
  let searchFrom = first;
  for (const line of exp.inlineBoilerplate) {
    const at = text.indexOf(line, searchFrom);
    if (at < 0) { problems.push(`${file}: inlineBoilerplate not found in body: ${JSON.stringify(line)}`); continue; }
    if (last >= 0 && at > last) problems.push(`${file}: inlineBoilerplate after bodyLast: ${JSON.stringify(line)}`);
    const wholeLine = (at === 0 || text[at - 1] === "\n") && (text[at + line.length] ?? "\n") === "\n";
    if (!wholeLine) problems.push(`${file}: inlineBoilerplate is not a whole line: ${JSON.stringify(line)}`);
    searchFrom = at + line.length;
  }
  if (exp.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(exp.published)) problems.push(`${file}: bad published ${exp.published}`);
}

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`ok: ${Object.keys(expected).length} files checked`);
