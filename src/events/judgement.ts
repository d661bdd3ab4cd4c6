/**
 * Refiner: a judgement of a party in someone's words. "Rubio believes the
 * nominee is unfit", "the plan would be a disaster, Clinton said", "Trump
 * cannot be trusted, Ryan told reporters": the party judged stands before the
 * judgement (the subject of "is unfit"), and the one who judges is the
 * speaker or believer of the clause around it. The plain argument finder
 * makes the judged party the actor; PLOVER codes the judge as the actor of
 * ACCUSE and the judged as its recipient.
 */
import type { ActorMention } from '../actors/mentions.js';
import type { EventArguments } from './arguments.js';

/** Trigger words of the judgement patterns of the trigger lexicon (data/events/triggers.tsv, ACCUSE). */
const JUDGEMENT = new Set(['unfit', 'unqualified', 'incompetent', 'dishonest', 'corrupt', 'untrustworthy', 'disaster', 'catastrophe', 'liar', 'fraud', 'hypocrite', 'disgrace', 'dangerous', 'reckless', 'shameful', 'disgraceful', 'outrageous', 'ridiculous', 'absurd', 'desperate', 'pathetic', 'deplorable', 'reprehensible', 'appalling', 'scandalous', 'hypocritical', 'misguided', 'irresponsible', 'unacceptable', 'not', "n't", 'cannot', 'never', 'in']);
/** Verbs of saying and believing whose subject owns the judgement that follows. */
const SAYING = new Set(['said', 'says', 'say', 'saying', 'calling', 'concluded', 'concludes', 'told', 'tells', 'believes', 'believe', 'believed', 'thinks', 'think', 'thought', 'argued', 'argues', 'insisted', 'insists', 'declared', 'declares', 'wrote', 'writes', 'added', 'warned', 'warns', 'suggested', 'suggests', 'claimed', 'claims', 'stated', 'charged', 'contended', 'contends', 'maintained', 'maintains', 'noted', 'called']);
const CLAUSE_END = /^[.;!?]$/;

/** The speaker of a judgement at word `head`, judged party `judged` (or null): the subject of a verb of saying before the judged, or the party after "…, said". */
function judgeOf(words: readonly string[], head: number, judgedFirst: number, mentions: readonly ActorMention[]): ActorMention | null {
  // "Rubio believes that the nominee is unfit": the verb before the judged party, its subject before it.
  for (let k = judgedFirst - 1; k >= 0 && !CLAUSE_END.test(words[k]); k--) {
    if (!SAYING.has(words[k])) continue;
    const subject = mentions.filter((m) => m.last < k && !m.locative).pop();
    if (subject && !words.slice(subject.last + 1, k).some((w) => CLAUSE_END.test(w))) return subject;
    return null;
  }
  // "… would be a disaster, Clinton said" / "…, said Clinton": the party next to a verb of saying after the judgement.
  for (let k = head + 1; k < words.length && !CLAUSE_END.test(words[k]); k++) {
    if (!SAYING.has(words[k])) continue;
    const before = mentions.filter((m) => m.first > head && m.last < k && m.last >= k - 3 && !m.locative).pop();
    const after = mentions.find((m) => m.first > k && m.first <= k + 3 && !m.locative);
    return before ?? after ?? null;
  }
  return null;
}

/** Makes the judged party the recipient and the judge the actor of a judgement trigger; leaves other events alone. */
export function applyJudgement(type: string, words: readonly string[], head: number, mentions: readonly ActorMention[], args: EventArguments): void {
  if (type !== 'ACCUSE' || !JUDGEMENT.has(words[head]) || args.passive) return;
  const judged = args.actors.filter((a) => a.first < head && a.rule !== 'pronoun');
  const judge = judgeOf(words, head, judged.length > 0 ? Math.min(...judged.map((a) => a.first)) : head, mentions);
  // Without a judge in the sentence the arguments stay as found (the writer's own judgement, or one the finder reads well enough).
  if (!judge || judged.includes(judge)) return;
  if (judged.length > 0) args.recipients.splice(0, args.recipients.length, ...judged.map((a) => ({ ...a, rule: `${a.rule}+judged` })));
  if (judged.length > 0 || args.actors.length === 0) args.actors.splice(0, args.actors.length, { ...judge, rule: `${judge.rule}+judge` });
}
