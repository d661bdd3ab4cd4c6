/**
 * Refiner: an act stated inside a quotation belongs to whoever is quoted.
 * '"We will never accept this," the Iranian minister said': "we" is the
 * speaker's side; '"This is unacceptable," Beijing said' (a judgement with
 * nobody named in it) is the speaker's. Uses the quote stage's attributions
 * (the `quotes` layer, present when the pipeline ran that stage first).
 */
import type { ActorMention } from '../actors/mentions.js';
import type { Annotation } from '../model/annotation.js';
import { NO_AGENT_FACTOR, PRONOUN_FACTOR, type CodedEvent } from './coder.js';

/** Types whose actor, when the sentence names none, is the one who says them. */
const SAID = new Set(['ACCUSE', 'REQUEST', 'THREATEN', 'REJECT', 'AGREE', 'SUPPORT', 'CONCEDE']);
const FIRST_PERSON = new Set(['we']);
/** Confidence factor of an act whose actor is the quoted speaker, inferred rather than named. */
const UNNAMED_FACTOR = Number(process.env.DATELINE_QUOTED_UNNAMED ?? 0.8);

interface Span { start: number; end: number }
const within = (x: Span, s: Span): boolean => x.start >= s.start && x.end <= s.end;

/** The mention that names the speaker of the quotation holding `trigger`, or null. */
export function quotedSpeaker(trigger: Span, quotes: readonly Annotation[], mentions: readonly ActorMention[]): ActorMention | null {
  const quote = quotes.find((q) => {
    const parts = (q.attrs.parts as unknown as Span[] | undefined) ?? [{ start: q.start, end: q.end }];
    return parts.some((p) => within(trigger, p));
  });
  const source = quote?.attrs.source as unknown as Span | null | undefined;
  if (!source) return null;
  return mentions.find((m) => !m.locative && (m.country || m.sector) && m.start >= source.start && m.end <= source.end) ?? null;
}

/** The speaker as actor: for a first-person subject, or for a said act with no actor (not passive). */
export function speakerActs(e: CodedEvent, speaker: ActorMention | null): ActorMention | null {
  if (!speaker) return null;
  const firstPerson = e.pronoun !== null && e.pronoun !== undefined && FIRST_PERSON.has(e.pronoun.text) && e.actors.every((a) => a.rule.startsWith('pronoun'));
  const unnamed = e.actors.length === 0 && !e.passive && SAID.has(e.type);
  return firstPerson || unnamed ? { ...speaker, otherSectors: [...speaker.otherSectors], rule: `${speaker.rule}+quoted-speaker` } : null;
}

/** The event with the quoted speaker as actor when speakerActs says so; the same event otherwise. */
export function withQuotedSpeaker<E extends CodedEvent>(e: E, quotes: readonly Annotation[], mentions: readonly ActorMention[]): E {
  if (quotes.length === 0 || process.env.DATELINE_QUOTED_SPEAKER === '0') return e;
  const speaker = speakerActs(e, quotedSpeaker(e.trigger, quotes, mentions));
  if (!speaker) return e;
  // The penalty for a pronoun actor no longer applies; an act nobody was named for keeps part of its
  // penalty (× 0.8 instead of × NO_AGENT_FACTOR), since the speaker is inferred and weak triggers should stay weak.
  const factor = e.actors.length === 0 ? UNNAMED_FACTOR / NO_AGENT_FACTOR : 1 / PRONOUN_FACTOR;
  return { ...e, actors: [speaker], pronoun: null, confidence: Math.min(1, Math.round(e.confidence * factor * 1000) / 1000), rule: `${e.rule} quoted-speaker` };
}
