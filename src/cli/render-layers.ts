/** The language layers in `dateline show`: entities by type, quotes with speakers, events, values and times. */
import type { ArticleJSON } from '../model/serialize.js';

const MAX_ITEMS = 12;

/** Distinct texts of one annotation group, most frequent first, at most MAX_ITEMS. */
function distinct(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, MAX_ITEMS).map(([t, n]) => (n > 1 ? `${t} (${n})` : t));
  return sorted.length > MAX_ITEMS ? `${shown.join(', ')}, …` : shown.join(', ');
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function renderLayers(article: ArticleJSON, heading: (title: string) => string[], preview: (text: string, max?: number) => string): string[] {
  const layers = article.layers;
  if (!layers) return [];
  const lines: string[] = [];
  const byType = new Map<string, string[]>();
  for (const e of layers.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), flat(e.text)]);
  if (byType.size > 0) {
    lines.push(...heading(`Entities (${layers.entities.length})`));
    for (const [type, texts] of [...byType.entries()].sort()) lines.push(`  ${type.padEnd(8)} ${distinct(texts)}`);
  }
  const quotes = layers.quotes.filter((q) => q.attrs.cueClass !== 'other');
  if (quotes.length > 0) {
    lines.push(...heading(`Quotes (${quotes.length})`));
    for (const q of quotes) {
      const via = (q.attrs.reportedBy as { speaker?: string } | undefined)?.speaker;
      lines.push(`  ${q.attrs.speaker ?? '(unknown)'}${via ? ` via ${via}` : ''}: ${preview(flat(q.text), 110)}`);
    }
  }
  // Events the text asserts, most confident first (negated, hypothetical and weak ones are left to `dateline events --all`).
  const events = (layers.events ?? []).filter((e) => !e.attrs.negated && !e.attrs.hypothetical && (e.confidence ?? 1) >= 0.4);
  if (events.length > 0) {
    lines.push(...heading(`Events (${events.length})`));
    const who = (list: unknown): string =>
      (Array.isArray(list) ? list : []).map((a: { entity?: string | null; text?: string; country?: string | null }) => `${a.entity ?? a.text}${a.country ? ` [${a.country}]` : ''}`).join(', ') || '?';
    for (const e of events.slice(0, MAX_ITEMS * 2)) {
      const date = e.attrs.date as { value?: string; certainty?: string } | null;
      const when = date?.value ? `${date.certainty === 'reference' ? '~' : ''}${date.value}` : '?';
      lines.push(`  ${when.padEnd(11)} ${e.type}${e.attrs.mode ? `/${String(e.attrs.mode)}` : ''}: ${who(e.attrs.actors)} → ${who(e.attrs.recipients)} ("${flat(e.text)}")`);
    }
  }
  const describe = (v: { text: string; type: string; attrs: Record<string, unknown> }): string => {
    const unit = typeof v.attrs.unit === 'string' ? ` ${v.attrs.unit}` : '';
    return `${flat(v.text)} = ${String(v.attrs.value)}${unit}`;
  };
  const values = layers.values.filter((v) => v.type !== 'CARDINAL' && v.type !== 'ORDINAL');
  if (values.length > 0) {
    lines.push(...heading(`Amounts (${values.length})`));
    lines.push(`  ${values.slice(0, MAX_ITEMS).map(describe).join('; ')}`);
  }
  if (layers.times.length > 0) {
    lines.push(...heading(`Times (${layers.times.length})`));
    lines.push(`  ${layers.times.slice(0, MAX_ITEMS).map(describe).join('; ')}`);
  }
  return lines;
}
