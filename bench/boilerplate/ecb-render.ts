/** Renders ECB+ token XML back to running text, sentence by sentence. */
import { readFileSync } from 'node:fs';

const TOKEN = /<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g;

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function detokenize(tokens: string[]): string {
  let s = tokens.map(decodeXml).join(' ');
  s = s.replace(/``\s*/g, '"').replace(/\s*''/g, '"');
  s = s.replace(/\s+([,.;:!?%)\]])/g, '$1').replace(/([($[])\s+/g, '$1');
  s = s.replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1');
  s = s.replace(/" ([^"]*?) "/g, '"$1"');
  return s.trim();
}

export function readEcbSentences(file: string): string[] {
  const xml = readFileSync(file, 'utf8');
  const bySentence = new Map<number, string[]>();
  for (const m of xml.matchAll(TOKEN)) {
    const k = Number(m[1]);
    if (!bySentence.has(k)) bySentence.set(k, []);
    bySentence.get(k)!.push(m[2]);
  }
  return [...bySentence.keys()].sort((a, b) => a - b).map((k) => detokenize(bySentence.get(k)!));
}
