/**
 * "Seven Iraqis who seized an airliner and forced it to land were charged":
 * a trigger in a relative clause, opened by who/which/whom just before it or
 * coordinated by "and" with the clause's first verb, is background to the
 * main clause (when one follows), not the sentence's own event. So is a
 * participle opening an aside between commas: "Algeria, fighting a war
 * against guerrillas, attacked Britain".
 */
const RELATIVE_PRONOUN = new Set(['who', 'which', 'whom']);
/** Words that end a relative clause before the trigger. */
const CLAUSE_END = new Set([',', ';', 'said', 'says', 'but', 'while', 'were', 'was', 'is', 'are']);
const REACH = 15;

/** The trigger at word `head` lies in a relative clause. */
export function inRelativeClause(lower: readonly string[], head: number): boolean {
  if (lower.slice(Math.max(0, head - 3), head).some((w) => RELATIVE_PRONOUN.has(w))) return true;
  let pronoun = head - 1;
  while (pronoun >= Math.max(0, head - REACH) && !RELATIVE_PRONOUN.has(lower[pronoun])) pronoun--;
  if (pronoun < Math.max(0, head - REACH)) return false;
  const between = lower.slice(pronoun + 1, head);
  return between.includes('and') && !between.some((w) => CLAUSE_END.has(w));
}

/** The trigger at `head` is a participle opening a comma-bounded aside (", fighting a war ... ,") that a later word closes. */
export function inParticipleAside(lower: readonly string[], head: number): boolean {
  if (lower[head - 1] !== ',' || !/^\p{Ll}+ing$/u.test(lower[head] ?? '')) return false;
  for (let k = head + 1; k < Math.min(lower.length, head + REACH); k++) {
    if (lower[k] === ',') return true;
    if (lower[k] === ';' || lower[k] === '.') return false;
  }
  return false;
}

/** Words that open a subordinate clause placed before the main one: "After Tunisia called on France ..., France says ...". */
const FRONTED = new Set(['after', 'before', 'while', 'although', 'though', 'since', 'when', 'once', 'as', 'because', 'if', 'unless', 'until']);

/** The trigger at `head` lies in a subordinate clause that opens the sentence and ends with a comma after it. */
export function inFrontedClause(lower: readonly string[], head: number): boolean {
  let first = 0;
  while (first < head && /^[-–—"“‘'(]$/.test(lower[first])) first++;
  if (!FRONTED.has(lower[first])) return false;
  for (let k = first + 1; k < head; k++) if (lower[k] === ',' || lower[k] === ';') return false;
  for (let k = head + 1; k < lower.length; k++) if (lower[k] === ',') return true;
  return false;
}

/** Preposition phrases that set a scene: "said during a visit to Rwanda that ...", "at the end of talks". */
const SETTING = new Set(['during', 'at', 'on', 'following', 'after', 'before', 'of', 'amid']);
const SETTING_NOUNS = new Set(['visit', 'visits', 'meeting', 'meetings', 'talks', 'trip', 'tour', 'summit', 'conference', 'session']);

/** The trigger is a meeting noun in a scene-setting phrase ("during a visit to ..."): the setting of what is said or done. */
export function inSettingPhrase(lower: readonly string[], head: number): boolean {
  if (!SETTING_NOUNS.has(lower[head])) return false;
  for (let k = head - 1; k >= Math.max(0, head - 4); k--) {
    if (SETTING.has(lower[k])) return true;
    if (!/^(?:a|an|the|his|her|their|its|two-day|three-day|one-day|official|state|recent|brief|private|surprise|\p{Lu}.*|[a-z]+-day)$/u.test(lower[k])) return false;
  }
  return false;
}

/** Any of the background shapes above: a relative clause, a participle aside, a fronted clause, a scene-setting phrase. */
export function inBackgroundClause(lower: readonly string[], head: number): boolean {
  return inRelativeClause(lower, head) || inParticipleAside(lower, head) || inFrontedClause(lower, head) || inSettingPhrase(lower, head);
}
