/**
 * English inflection, forward: from a base form to its -s, -ed and -ing forms
 * (and irregular pasts). Lexicons list base forms only and match any form,
 * which is safer than stripping suffixes off unknown words.
 */

const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], hold: ['held'], strike: ['struck', 'stricken'], shoot: ['shot'], flee: ['fled'], send: ['sent'], seek: ['sought'],
  fight: ['fought'], lead: ['led'], withdraw: ['withdrew', 'withdrawn'], take: ['took', 'taken'], give: ['gave', 'given'],
  break: ['broke', 'broken'], throw: ['threw', 'thrown'], freeze: ['froze', 'frozen'], beat: ['beat', 'beaten'], slay: ['slew', 'slain'],
  steal: ['stole', 'stolen'], speak: ['spoke', 'spoken'], sell: ['sold'], pay: ['paid'], bring: ['brought'], keep: ['kept'],
  swear: ['swore', 'sworn'], shut: ['shut'], set: ['set'], put: ['put'], hit: ['hit'], cut: ['cut'], quit: ['quit'],
  forbid: ['forbade', 'forbidden'], overthrow: ['overthrew', 'overthrown'], win: ['won'], make: ['made'], tell: ['told'],
  say: ['said'], go: ['went', 'gone'], come: ['came'], see: ['saw', 'seen'], fall: ['fell', 'fallen'], begin: ['began', 'begun'],
  blow: ['blew', 'blown'], buy: ['bought'], stand: ['stood'], find: ['found'], lend: ['lent'], spend: ['spent'], forgive: ['forgave', 'forgiven'],
  undertake: ['undertook', 'undertaken'], arise: ['arose', 'arisen'], rise: ['rose', 'risen'], drive: ['drove', 'driven'], feel: ['felt'],
  leave: ['left'], build: ['built'], hang: ['hanged', 'hung'], bid: ['bid'], upset: ['upset'], shed: ['shed'], spread: ['spread'],
  'test-fire': ['test-fired'], sit: ['sat'], stab: ['stabbed'],
};

// Final-syllable stress: the consonant doubles (expel → expelled).
const DOUBLES = new Set(['expel', 'compel', 'propel', 'repel', 'rebel', 'patrol', 'control', 'commit', 'admit', 'submit', 'permit', 'omit', 'acquit', 'regret', 'occur', 'refer', 'prefer', 'transfer', 'equip', 'deter', 'abet', 'confer']);

const VOWEL = /[aeiou]/;

function doublesFinal(base: string): boolean {
  if (DOUBLES.has(base)) return true;
  // One syllable, consonant-vowel-consonant: ban → banned, stop → stopped.
  return /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) && !/[aeiou]{2}/.test(base);
}

/** The forms of a base word: itself, plural/3rd person, past, participles. */
export function inflections(base: string): string[] {
  const w = base.toLowerCase();
  const out = new Set<string>([w]);
  if (!/^[a-z-]+$/.test(w)) return [...out];
  // -s
  if (/(s|sh|ch|x|z)$/.test(w)) out.add(`${w}es`);
  else if (/[^aeiou]y$/.test(w)) out.add(`${w.slice(0, -1)}ies`);
  else if (/[^aeiou]o$/.test(w)) out.add(`${w}es`).add(`${w}s`);
  else out.add(`${w}s`);
  // -ed / -ing
  for (const past of IRREGULAR[w] ?? []) out.add(past);
  if (/ee$/.test(w)) out.add(`${w}d`).add(`${w}ing`);
  else if (/ie$/.test(w)) out.add(`${w}d`).add(`${w.slice(0, -2)}ying`);
  else if (/e$/.test(w)) out.add(`${w}d`).add(`${w.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(w)) out.add(`${w.slice(0, -1)}ied`).add(`${w}ing`);
  else if (doublesFinal(w) && VOWEL.test(w)) {
    const d = w + w[w.length - 1];
    out.add(`${d}ed`).add(`${d}ing`);
  } else {
    out.add(`${w}ed`).add(`${w}ing`);
    // A final -l or -p after one vowel may double (British cancel → cancelled, kidnap → kidnapped):
    // both spellings are listed, and one no text uses ("developped") costs nothing.
    if (/[^aeiou][aeiou][lp]$/.test(w)) out.add(`${w}${w[w.length - 1]}ed`).add(`${w}${w[w.length - 1]}ing`);
  }
  // Nouns in -man: gunman → gunmen.
  if (/man$/.test(w)) out.add(`${w.slice(0, -3)}men`);
  return [...out];
}

const PARTICIPLES = new Set(Object.values(IRREGULAR).flatMap((forms) => forms.slice(-1)));

/** A past participle: regular -ed, or the last listed irregular form (taken, struck, held). */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (w.length > 4 && w.endsWith('ed')) || PARTICIPLES.has(w);
}
