/**
 * The main event of a story: news puts it first, so events are weighted by
 * the position of their sentence (lead first) and by confidence; events the
 * text says did not happen, or only might, count for little. Used to label a
 * story as a whole (as NGEC's labelled stories are) and by story building.
 */
import type { CodedEvent } from './coder.js';

export interface MainEvent {
  readonly type: string;
  readonly mode: string | null;
  readonly score: number;
  /** Score per type, for the explanation. */
  readonly scores: Record<string, number>;
}

export interface PlacedEvent {
  readonly event: CodedEvent;
  /** 0 for the first sentence of the story. */
  readonly sentenceIndex: number;
}

/** Weight of the classifier's reading of the lead against the coded events' scores. */
export const LEAD_PRIOR = 2;

/**
 * `leadShares`: the type classifier's shares for the story's lead (coder.ts
 * typeShares), added with weight LEAD_PRIOR after normalising to sum 1.
 */
export function mainEvent(events: readonly PlacedEvent[], leadShares: Record<string, number> | null = null): MainEvent | null {
  const scores: Record<string, number> = {};
  if (leadShares) {
    const z = Object.values(leadShares).reduce((a, b) => a + b, 0) || 1;
    for (const [t, v] of Object.entries(leadShares)) scores[t] = (LEAD_PRIOR * v) / z;
  }
  const modeScores = new Map<string, Map<string, number>>();
  for (const { event, sentenceIndex } of events) {
    let w = event.confidence / (1 + 0.35 * sentenceIndex);
    if (event.flags.negated) w *= 0.2;
    else if (event.flags.hypothetical) w *= 0.5;
    scores[event.type] = (scores[event.type] ?? 0) + w;
    if (event.mode) {
      const m = modeScores.get(event.type) ?? new Map<string, number>();
      m.set(event.mode, (m.get(event.mode) ?? 0) + w);
      modeScores.set(event.type, m);
    }
  }
  let best: string | null = null;
  for (const [t, s] of Object.entries(scores)) if (!best || s > scores[best]) best = t;
  if (!best) return null;
  let mode: string | null = null;
  let modeScore = 0;
  for (const [m, s] of modeScores.get(best) ?? []) if (s > modeScore) (mode = m), (modeScore = s);
  return { type: best, mode, score: Math.round(scores[best] * 1000) / 1000, scores };
}

/**
 * A sentence's events in the order they are reported: those it asserts
 * before those it only reports inside another (embedded), each group in
 * text order. The first is the sentence's main event: news puts the main
 * clause's verb before what it says or asks.
 */
export function inReadingOrder<E extends Pick<CodedEvent, 'embedded' | 'trigger'>>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => Number(a.embedded) - Number(b.embedded) || a.trigger.start - b.trigger.start);
}
