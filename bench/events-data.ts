/** Readers for the event benchmarks: NGEC labelled stories (CSV) and PETRARCH2 unit-test records (XML). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface NgecStory {
  index: number;
  title: string;
  text: string;
  label: string;
  mode: string;
}

/** RFC 4180 records (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

export function readNgec(path: string): NgecStory[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const col = (name: string) => header.indexOf(name);
  return rows.map((r, index) => ({ index, title: r[col('title')], text: r[col('text')], label: r[col('label')], mode: r[col('mode')] }));
}

/**
 * The fixed dev split: 20% of the headline templates, by hash. Stories were
 * generated from templates, several per template, so splitting by story
 * would put near-copies on both sides.
 */
export function isNgecDev(story: NgecStory): boolean {
  return createHash('sha1').update(story.title).digest()[0] % 5 === 0;
}

export interface PetrarchRecord {
  id: string;
  date: string;
  text: string;
  /** CAMEO codes expected; empty when the record expects no event. */
  codings: Array<{ source: string; target: string; code: string }>;
}

export function readPetrarch(path: string): PetrarchRecord[] {
  const xml = readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const out: PetrarchRecord[] = [];
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = m[1];
    const body = m[2];
    const id = /id\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? '';
    const date = /date\s*=\s*"(\d{8})"/.exec(attrs)?.[1] ?? '';
    const text = (/<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    const codings = [...body.matchAll(/<EventCoding\s+([^>]*)>/g)]
      .map((c) => ({ source: /sourcecode="([^"]*)"/.exec(c[1])?.[1] ?? '', target: /targetcode="([^"]*)"/.exec(c[1])?.[1] ?? '', code: /eventcode="([^"]*)"/.exec(c[1])?.[1] ?? '' }))
      .filter((c) => c.code);
    if (text) out.push({ id, date: date ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}` : '', text, codings });
  }
  return out;
}

/** CAMEO code → PLOVER type, from CAMEO2PLOVER (`0312: AGREE, , military # ...`); longest prefix wins. */
export function readCameoToPlover(path: string): (code: string) => { type: string; mode: string } | null {
  const table = new Map<string, { type: string; mode: string }>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?/.exec(line);
    if (m) table.set(m[1], { type: m[2], mode: (m[3] ?? '').trim() });
  }
  return (code) => {
    for (let n = code.length; n >= 2; n--) {
      const hit = table.get(code.slice(0, n));
      if (hit) return hit;
    }
    return null;
  };
}

export function hashOf(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 16);
}
