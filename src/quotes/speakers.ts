/**
 * In-document entity resolution, and speakers resolved with it. Mentions of
 * one person are clustered by surname ("Shoigu" → Sergei Shoigu); the title
 * written before a full name ("Russian Deputy Prime Minister Yuri Borisov")
 * lets a later description ("the Russian deputy prime minister") find him.
 * A quote's source is resolved, in order, to: a person named in it, an
 * organisation or country named in it, the last person speaker for he/she,
 * a person whose title matches the description, and for "the statement",
 * "the ministry"... the last organisation that spoke. Each resolution keeps
 * the rule that made it.
 */
import type { Span } from './attributions.js';

export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface Cluster {
  /** The fullest name: "Sergei Shoigu", "Russian Defense Ministry". */
  readonly canonical: string;
  readonly type: string;
  readonly mentions: EntityMention[];
}

export interface Speaker {
  readonly name: string;
  readonly type: string;
  readonly rule: string;
}

const lastWord = (s: string): string => s.split(/\s+/).pop() ?? s;

/** Clusters of PERSON mentions by surname, and of other named entities by their exact text. */
export function clusterMentions(text: string, mentions: readonly EntityMention[]): Map<EntityMention, Cluster> {
  const byKey = new Map<string, Cluster>();
  const out = new Map<EntityMention, Cluster>();
  const persons = mentions.filter((m) => m.type === 'PERSON');
  for (const m of mentions) {
    const name = text.slice(m.start, m.end).replace(/['’]s$/, '');
    let key: string;
    let canonical = name;
    if (m.type === 'PERSON') {
      key = `PERSON:${lastWord(name)}`;
      // The longest name in the article with this surname is the canonical one, wherever it appears.
      for (const p of persons) {
        const other = text.slice(p.start, p.end);
        if (lastWord(other) === lastWord(name) && other.length > canonical.length) canonical = other;
      }
    } else key = `${m.type}:${name.toLowerCase()}`;
    let cluster = byKey.get(key);
    if (!cluster) byKey.set(key, (cluster = { canonical, type: m.type, mentions: [] }));
    cluster.mentions.push(m);
    out.set(m, cluster);
  }
  return out;
}

/** "russian deputy prime minister" → the cluster of the name written right after those capitalised words. */
export function titlesOf(text: string, clusters: Map<EntityMention, Cluster>): Map<string, Cluster> {
  const titles = new Map<string, Cluster>();
  for (const [m, c] of clusters) {
    if (c.type !== 'PERSON') continue;
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    const title = /((?:\p{Lu}[\p{L}-]*\.?\s+){1,6})$/u.exec(before)?.[1].trim();
    if (title && title.split(/\s+/).length >= 1) titles.set(title.toLowerCase(), c);
  }
  return titles;
}

const PRONOUN_PERSON = /^(?:he|she|him|her)$/i;
const BODY_NOUN = /^(?:the|a|an|its|their)\s+(?:\w+\s+)?(?:statement|ministry|government|department|agency|office|spokes(?:man|woman|person)|embassy|administration|communiqué|report|release)$/i;
const DETERMINER = /^(?:the|a|an|his|her|its|their)\s+/i;

export class SpeakerResolver {
  private lastPerson: Cluster | null = null;
  private lastBody: Cluster | null = null;

  constructor(
    private readonly text: string,
    private readonly mentions: readonly EntityMention[],
    private readonly clusters: Map<EntityMention, Cluster>,
    private readonly titles: Map<string, Cluster>,
  ) {}

  /** Resolves sources in text order (pronouns look back at earlier speakers). */
  resolve(source: Span | null): Speaker | null {
    if (!source) return null;
    const inside = this.mentions.filter((m) => m.start >= source.start && m.end <= source.end);
    const person = [...inside].reverse().find((m) => m.type === 'PERSON');
    if (person) return this.spoke(this.clusters.get(person)!, 'named-person');
    const body = [...inside].reverse().find((m) => m.type === 'ORG' || m.type === 'GPE');
    if (body) return this.spoke(this.clusters.get(body)!, 'named-organisation');
    const phrase = this.text.slice(source.start, source.end).trim();
    if (PRONOUN_PERSON.test(phrase)) {
      const antecedent = this.lastPerson ?? this.lastMentionBefore(source.start, 'PERSON');
      return antecedent ? this.spoke(antecedent, 'pronoun') : null;
    }
    const description = phrase.replace(DETERMINER, '').toLowerCase();
    for (const [title, cluster] of this.titles) {
      if (description.length >= 5 && (title === description || title.endsWith(description) || description.endsWith(title))) return this.spoke(cluster, 'title');
    }
    if (BODY_NOUN.test(phrase) && this.lastBody) return this.spoke(this.lastBody, 'body-noun');
    return { name: phrase, type: 'UNRESOLVED', rule: 'as-written' };
  }

  private lastMentionBefore(pos: number, type: string): Cluster | null {
    const m = [...this.mentions].reverse().find((x) => x.type === type && x.end <= pos);
    return m ? this.clusters.get(m)! : null;
  }

  private spoke(cluster: Cluster, rule: string): Speaker {
    if (cluster.type === 'PERSON') this.lastPerson = cluster;
    else if (cluster.type === 'ORG') this.lastBody = cluster;
    return { name: cluster.canonical, type: cluster.type, rule };
  }
}
