/**
 * The tense of the clause around a time expression, which decides the
 * direction of a weekday or month without a year: "said on Wednesday" is
 * the Wednesday before the reference, "will meet on Wednesday" the one
 * after. The words right before the expression ("announced Friday",
 * "until Tuesday", "payable Jan. 2") outweigh the rest of the sentence.
 */
import type { Tense } from './types.js';

const FUTURE = /\b(?:will|'ll|shall|going to|plans? to|planning to|planned|scheduled|expected to|due to|is to|are to|set to|would|next(?! to\b)|upcoming|later this)\b/i;
/** Past-tense evidence near the expression. */
const PAST = /\b(?:said|says|told|was|were|had|did|ago|last|earlier|met|made|took|held|began|came|went|left|won|lost|sold|bought|paid|fell|rose|gave|got|saw|found|signed|killed|died|brought|thought|sought|taught|caught|built|sent|spent|led|fled|shot|struck|became|broke|chose|drew|drove|fought|flew|froze|grew|hung|kept|knew|laid|lent|meant|ran|sank|shook|spoke|stood|stole|swore|threw|understood|woke|wore|wrote|felt|heard|hid|lay|stuck|swept|tore|forgave|overtook|withdrew|underwent|began|arrived|visited|agreed|declined|closed|ended|started|(?<!(?:be|been|is|are|was|were|to|will|being) )(?!(?:report|announc|stat|add|not|claim|allege|confirm|warn|argu|explain|indicat|expect|schedul|slat)ed\b)(?!\w*eed\b|hundred\b|kindred\b|united\b|ahmed\b|mohammed\b|muhammad\b|naked\b|wicked\b|sacred\b)\w{3,}ed)\b/i;

const FUTURE_ALL = new RegExp(FUTURE.source, 'gi');
const PAST_ALL = new RegExp(PAST.source, 'gi');

/** The tense of the clause around a time expression: the nearest marker before it wins, then any after it. */
/** A sentence end: not the dot of "a.m.", "Mr.", "Nov." or an initial. */
const SENTENCE_END = /(?<!\b(?:[ap]\.m|vs|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Inc|Corp|Co|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z]))[.!?]['"’”`]*(?:\s+|$)|\n/g;

export function tenseAround(text: string, start: number, end: number): Tense {
  // Windows are bounded so that the work per expression stays constant.
  const window = text.slice(Math.max(0, start - 160), start);
  let sentenceStart = 0;
  for (const m of window.matchAll(SENTENCE_END)) sentenceStart = m.index! + m[0].length;
  const before = window.slice(sentenceStart);
  const ahead = text.slice(end, end + 160);
  SENTENCE_END.lastIndex = 0;
  const stop = SENTENCE_END.exec(ahead)?.index ?? -1;
  const after = stop < 0 ? ahead : ahead.slice(0, stop);
  const adjacent = adjacentTense(before.slice(-40), before + after);
  if (adjacent) return adjacent;
  const lastMarker = (s: string): Tense | null => {
    let best: { at: number; tense: Tense } | null = null;
    for (const [re, tense] of [[FUTURE_ALL, 'future'], [PAST_ALL, 'past']] as const) {
      for (const m of s.matchAll(re)) if (!best || m.index! > best.at) best = { at: m.index!, tense };
    }
    return best?.tense ?? null;
  };
  // "Wednesday's ruling", "Thursday's close": a possessive day names something that has happened.
  if (/^['’]s\b/.test(after) && !FUTURE.test(before.slice(-30))) return 'past';
  return lastMarker(before) ?? firstMarker(after) ?? 'present';
}

function firstMarker(s: string): Tense | null {
  const f = FUTURE.exec(s);
  const p = PAST.exec(s);
  if (f && (!p || f.index < p.index)) return 'future';
  return p ? 'past' : null;
}


/** Words that point forward when right before the expression: "as soon as Monday", "effective Feb. 1". */
const FUTURE_LEAD = /\b(?:as soon as|as early as|as late as|no later than|effective|payable|due|expires?|expiring|expected|scheduled|slated)\s+(?:(?:on|at|about|around|noon|midnight|\d{1,2}(?::\d\d)? ?[ap]\.?m\.?(?: [A-Z]{3})?)\s+)*$/i;
/** A past-tense verb right before it: "announced Wednesday", "said on Friday", "was killed late Sunday" (not "to hit at", "will be announced"). */
const PAST_LEAD = new RegExp(`(?<!\\b(?:to|be|will|would|could|can|may|might|must|should|shall|not|n't|never)\\s+)\\b(?:${'said|told|met|made|took|held|began|came|went|left|won|lost|sold|bought|paid|fell|rose|gave|got|saw|found|' + 'brought|thought|sought|caught|built|sent|spent|led|fled|shot|struck|became|broke|drew|fought|flew|grew|kept|knew|ran|spoke|stood|wrote|heard|hit|put|set|quit|cut|beat'}|(?!\\w*eed\\b)\\w{3,}ed)\\s+(?:(?:on|at|early|late|last|about|around)\\s+)*$`, 'i');

/** "until Tuesday", "by Friday" point forward too, unless the clause is in the past perfect ("had filed by Wednesday"). */
const WEAK_FUTURE_LEAD = new RegExp(FUTURE_LEAD.source.replace('as soon as|', 'until|till|by|through|starting|beginning|'), 'i');

/** "since Tuesday", "since shortly after the Oct. 23 shooting": what came before now. */
const SINCE_LEAD = /\bsince\s+(?:(?:shortly|just|soon)\s+)?(?:(?:after|before)\s+)?(?:(?:the|last)\s+)?$/i;

function adjacentTense(before: string, clause: string): Tense | null {
  // "had been due to expire Friday": a plan told in the past perfect was for a day gone by.
  if (FUTURE_LEAD.test(before)) return /\bhad (?:been )?(?:due|scheduled|set|planned|expected)\b/i.test(clause) ? 'past' : 'future';
  if (WEAK_FUTURE_LEAD.test(before) && !/\bhad\b/i.test(clause)) return 'future';
  if (PAST_LEAD.test(before) || SINCE_LEAD.test(before)) return 'past';
  return null;
}
