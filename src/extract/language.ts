/**
 * A small language guesser from function-word rates and script, enough to
 * tag an article's language (ISO 639-1) when the source does not declare it.
 */

const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'said', 'by', 'as', 'at'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'dans', 'du', 'pour', 'que', 'qui', 'sur', 'au', 'pas'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'für', 'ein', 'eine'],
  es: ['el', 'la', 'los', 'las', 'y', 'en', 'que', 'del', 'por', 'para', 'con', 'una', 'es', 'se', 'su'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'una', 'del', 'della', 'non', 'sono', 'con', 'gli', 'le', 'nel'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'do', 'da', 'em', 'para', 'com', 'uma', 'não', 'no'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'niet', 'met', 'voor', 'zijn', 'ook', 'aan'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Han}/gu, 'zh'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 4000); // a few paragraphs decide; more only costs time
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return null;
  // Japanese before Chinese: kana is decisive even among many Han characters.
  const scriptCounts = SCRIPTS.map(([re, lang]) => [lang, (sample.match(re) ?? []).length] as const);
  const kana = scriptCounts.find(([l]) => l === 'ja')?.[1] ?? 0;
  if (kana > letters * 0.05) return 'ja';
  for (const [lang, count] of scriptCounts) if (count > letters * 0.3) return lang;
  const counts = new Map<string, number>();
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words) for (const lang of LOOKUP.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] < Math.max(3, words.length * 0.08)) return null;
  return best[0];
}
