/**
 * Stage `events`: codes each body sentence (coder.ts) and writes one
 * `events/<TYPE>` annotation per event over its trigger word, with the
 * actors, recipients, location, flags, date, phrase and sentence spans and
 * the rule in attrs. Actors named only in part ("Singh", "Shoigu") borrow
 * the country and sector of a fuller mention of the same entity in the
 * article, through the `clusters` layer.
 */
import type { Annotation, AttrValue } from '../model/annotation.js';
import type { Article } from '../model/article.js';
import type { Stage, StageContext } from '../pipeline/stage.js';
import type { ActorMention } from '../actors/mentions.js';
import { loadKnowledgeBase } from '../actors/kb.js';
import { sentenceTokens } from '../language/spans.js';
import { findActorMentions } from '../actors/mentions.js';
import { codeSentence, PRONOUN_FACTOR, type CodedEvent } from './coder.js';
import { loadLexicon } from './lexicon.js';
import { loadTypeClassifier } from './classifier.js';
import { homeCountry, lendHomeCountry } from './home-country.js';
import { impliedDomesticRecipient } from './implied-recipient.js';
import { impliedDomesticActor, lendRecipientCountry } from './domestic-fill.js';
import { withQuotedSpeaker } from './quoted-speaker.js';

const SOURCE = 'events';

export function actorAttr(article: Article, m: ActorMention): { [key: string]: AttrValue } {
  return { start: m.start, end: m.end, text: article.text.slice(m.start, m.end), country: m.country, sector: m.sector, otherSectors: m.otherSectors, entity: m.entity, rule: m.rule };
}

/** Lends country/sector between mentions of one entity (cluster or canonical name): full name → surname. */
function completeFromClusters(article: Article, mentions: readonly ActorMention[]): void {
  // The key of a mention: the cluster of the person or organisation it names, else of its last named part.
  const clusters = article.layer('clusters', 'mention');
  const keyOf = (m: ActorMention): string | undefined => {
    const inside = clusters.filter((c) => c.start >= m.start && c.end <= m.end);
    const named = inside.filter((c) => c.attrs.entityType === 'PERSON' || c.attrs.entityType === 'ORG');
    const pick = named[named.length - 1] ?? inside[inside.length - 1];
    return pick ? `${String(pick.attrs.entityType)}:${String(pick.attrs.cluster)}` : m.entity && m.entityType ? `${m.entityType}:${m.entity}` : undefined;
  };
  const known = new Map<string, ActorMention>();
  for (const m of mentions) {
    const key = keyOf(m);
    if (key && m.country && m.sector && !known.has(key)) known.set(key, m);
  }
  for (const m of mentions) {
    const key = keyOf(m);
    const full = key ? known.get(key) : undefined;
    if (full && full !== m && (!m.country || !m.sector)) {
      m.country ??= full.country;
      m.sector ??= full.sector;
      if (m.otherSectors.length === 0) m.otherSectors = [...full.otherSectors];
      if (full.entityType === m.entityType && (!m.entity || m.entity.length < (full.entity ?? '').length)) m.entity = full.entity;
      m.rule += '+cluster';
    }
  }
}

/** An actor country learnt from the article (home country, pronoun) may imply the recipient the sentence alone could not. */
function withImpliedRecipient<E extends CodedEvent>(e: E, words: readonly { start: number; end: number }[], lower: readonly string[]): E {
  if (e.recipients.length > 0) return e;
  const index = words.findIndex((w) => w.start === e.trigger.start);
  const last = words.findIndex((w) => w.end === e.phrase.end);
  if (index < 0) return e;
  const implied = impliedDomesticRecipient(e.type, e.actors, e.recipients, e.passive, lower, { start: e.trigger.start, index, last: last < 0 ? index : last }, e.location?.country ?? null);
  return implied ? { ...e, recipients: [implied] } : e;
}

export function codeArticle(article: Article, ctx: StageContext = {}): Array<CodedEvent & { sentence: Annotation }> {
  const lexicon = loadLexicon();
  const kb = loadKnowledgeBase();
  const classifier = loadTypeClassifier();
  const reference = ctx.referenceDate ?? article.meta.published?.date ?? null;
  const entities = article.layer('entities');
  const times = article.layer('times');
  const within = (s: Annotation) => (a: Annotation) => a.start >= s.start && a.end <= s.end;
  // Actors of every sentence first, so a surname borrows what a full mention elsewhere says.
  const sentences = article.layer('sentences', 'sentence').map((s) => {
    const words = sentenceTokens(article, s).map((t) => ({ start: t.start, end: t.end, text: article.text.slice(t.start, t.end) }));
    const named = entities.filter(within(s)).map((e) => ({ start: e.start, end: e.end, type: e.type }));
    return { s, words, named, mentions: findActorMentions(words, named, kb, reference) };
  });
  const allMentions = sentences.flatMap((x) => x.mentions);
  completeFromClusters(article, allMentions);
  // Counted before the sentences lend countries to each other, so only what the text names counts.
  const home = homeCountry(article, allMentions, kb);
  // The quote stage's attributions, when it ran first (the default pipeline): acts said in a quotation belong to its speaker.
  const quotes = article.layer('quotes', 'quote');
  const events: Array<CodedEvent & { sentence: Annotation }> = [];
  // The last person and the last other actor named so far: what "he"/"she" and "they"/"it" refer to.
  let lastPerson: ActorMention | null = null;
  let lastOther: ActorMention | null = null;
  for (const { s, words, named, mentions } of sentences) {
    const coded = codeSentence(
      {
        words,
        entities: named,
        times: times.filter(within(s)).map((t) => ({ start: t.start, end: t.end, type: t.type, value: typeof t.attrs.value === 'string' ? t.attrs.value : null })),
        referenceDate: reference,
        scope: article.text,
      },
      lexicon,
      kb,
      classifier,
      mentions,
    );
    const lower = words.map((w) => w.text.toLowerCase());
    for (const raw of coded) {
      const e = withQuotedSpeaker(raw, quotes, allMentions);
      lendHomeCountry([...e.actors, ...e.recipients], home);
      // What the article lent the recipient, a domestic actor shares (domestic-fill.ts).
      lendRecipientCountry(e.type, e.actors, e.recipients, (a) => article.text.slice(a.start, a.end));
      const impliedActor = impliedDomesticActor(e.type, e.passive, e.actors, e.recipients, { start: e.trigger.start, index: -1 });
      if (impliedActor) e.actors.push(impliedActor);
      const antecedent = e.pronoun ? (sameSentenceAntecedent(mentions, e.pronoun) ?? (personal(e.pronoun.text) ? lastPerson : lastOther)) : null;
      // A pronoun alone, perhaps lent the country of the place it acted in ("where he signed"): its antecedent names it better.
      const bare = e.actors.length === 1 && e.actors[0].rule.startsWith('pronoun');
      if (e.pronoun && antecedent && bare) {
        const resolved: ActorMention = { ...antecedent, start: e.pronoun.start, end: e.pronoun.end, first: -1, last: -1, locative: false, otherSectors: [...antecedent.otherSectors], rule: `${antecedent.rule}+pronoun` };
        lendHomeCountry([resolved], home);
        // The penalty for an actor of unknown country no longer applies.
        events.push(withImpliedRecipient({ ...e, actors: [resolved], confidence: e.actors[0].rule === 'pronoun' ? Math.min(1, Math.round((e.confidence / PRONOUN_FACTOR) * 1000) / 1000) : e.confidence, rule: `${e.rule} pronoun:${e.pronoun.text}`, sentence: s }, words, lower));
      } else events.push(withImpliedRecipient({ ...e, sentence: s }, words, lower));
    }
    for (const m of mentions) {
      if (m.locative || (!m.country && !m.entity)) continue;
      if (m.entityType === 'PERSON') lastPerson = m;
      else lastOther = m;
    }
  }
  return events;
}

const personal = (pronoun: string) => pronoun === 'he' || pronoun === 'she';

/**
 * "Gary Byrne ... has written a book in which he exposes ...": a pronoun's antecedent is first sought in
 * its own sentence, the first actor named before it of the pronoun's kind (a person for "he" and "she").
 */
function sameSentenceAntecedent(mentions: readonly ActorMention[], pronoun: { start: number; text: string }): ActorMention | null {
  const person = personal(pronoun.text);
  return mentions.find((m) => m.end <= pronoun.start && !m.locative && (m.entityType === 'PERSON') === person) ?? null;
}

export function annotateEvents(article: Article, ctx: StageContext): void {
  for (const e of codeArticle(article, ctx)) {
    const sentence = e.sentence;
    article.add({
      layer: 'events',
      type: e.type,
      start: e.trigger.start,
      end: e.trigger.end,
      attrs: {
        mode: e.mode,
        context: e.context,
        phrase: { start: e.phrase.start, end: e.phrase.end, text: article.text.slice(e.phrase.start, e.phrase.end) },
        sentence: { start: sentence.start, end: sentence.end },
        actors: e.actors.map((m) => actorAttr(article, m)),
        recipients: e.recipients.map((m) => actorAttr(article, m)),
        location: e.location ? actorAttr(article, e.location) : null,
        negated: e.flags.negated,
        future: e.flags.future,
        hypothetical: e.flags.hypothetical,
        flagCues: e.flags.cues,
        passive: e.passive,
        embedded: e.embedded,
        date: e.date ? { value: e.date.value, certainty: e.date.certainty, start: e.date.start, end: e.date.end } : null,
        rule: e.rule,
      },
      source: `${SOURCE}/lexicon`,
      confidence: e.confidence,
    });
  }
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'entities', 'times', 'clusters'],
  provides: ['events'],
  run: annotateEvents,
};
