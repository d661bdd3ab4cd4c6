/**
 * What text in each legacy encoding's language usually looks like, for the
 * charset sniffer: the script its letters belong to and a small set of its
 * most frequent characters. A wrong decoding yields letters too, but random
 * ones, so the share of frequent characters separates right from wrong
 * (the idea behind Mozilla's universal charset detector).
 */

/** The kind of text an encoding is used for. */
export type LanguageModel = 'latin' | 'cyrillic' | 'japanese' | 'chinese' | 'korean';

/** Encodings the sniffer tries on undeclared, non-UTF-8 HTML, in tie-break order. */
export const SNIFFED_ENCODINGS: ReadonlyArray<{ readonly encoding: string; readonly model: LanguageModel }> = [
  { encoding: 'windows-1252', model: 'latin' },
  { encoding: 'windows-1251', model: 'cyrillic' },
  { encoding: 'koi8-r', model: 'cyrillic' },
  { encoding: 'gb18030', model: 'chinese' },
  { encoding: 'big5', model: 'chinese' },
  { encoding: 'shift_jis', model: 'japanese' },
  { encoding: 'euc-jp', model: 'japanese' },
  { encoding: 'euc-kr', model: 'korean' },
];

const set = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.codePointAt(0) as number));

/** Accented lowercase letters of Western European languages. */
const LATIN_FREQUENT = set('áàâäãåæçéèêëíìîïñóòôöõøœúùûüÿß');

/** The most frequent lowercase letters of Russian, Ukrainian, Bulgarian and Serbian text. */
const CYRILLIC_FREQUENT = set('оеаинтсрвлкмдпуяіыь');

/** Frequent Chinese characters, in simplified and traditional forms. */
const CHINESE_FREQUENT = set(
  '的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作' +
    '里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實' +
    '日军軍新政府市场場公司记記者报報区區业業月表与與及并並将將美问問题題社济濟展长長重全合高外关關内內间間最提机機员員制体體' +
    '名工已民力二三十百万萬亿億元第次此等被更向加通期务務价價电電产產总總统統省县縣党黨共际際交'
);

/** Hiragana is the mark of Japanese text; these kanji are frequent in news. */
const JAPANESE_KANJI_FREQUENT = set('日本人年月大中事国会者出時分政府的合新自同前長行見言市生代上下東京円間後高子手発明業相関外内場全部米党選議総理経済社員首相');

/** Frequent Hangul syllables of Korean text (particles, endings, common word parts). */
const KOREAN_FREQUENT = set(
  '이다의는에을를가한하고로지서기도사리대해자으있수시정부인국것들어일나전적상위게제장동주원연보었아면했만내라화성구여소그비경중미무회관' +
    '업와과신요공문조우학계되재개생세선방당출말실및년월운된할등통분금령'
);

export type CharClass = 'replacement' | 'control' | 'private' | 'latin' | 'cyrillic' | 'han' | 'hiragana' | 'katakana' | 'halfwidth-kana' | 'hangul' | 'punct' | 'cjk-punct' | 'fullwidth' | 'other';

/** Coarse class of a non-ASCII code point. */
export function classify(c: number): CharClass {
  if (c === 0xfffd) return 'replacement';
  if (c < 0xa0) return 'control';
  if (c >= 0xe000 && c <= 0xf8ff) return 'private';
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? 'punct' : 'latin'; // × ÷ are punctuation here
  if (c < 0xc0) return 'punct'; // Latin-1 punctuation: nbsp « » © ° ...
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if (c >= 0x2000 && c <= 0x206f) return 'punct'; // dashes, curly quotes, ellipsis
  if (c >= 0x20a0 && c <= 0x214f) return 'punct'; // currency signs, № and ™
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'han';
  if (c >= 0x3040 && c <= 0x309f) return 'hiragana';
  if (c >= 0x30a0 && c <= 0x30ff) return 'katakana';
  if (c >= 0xac00 && c <= 0xd7a3) return 'hangul';
  if (c >= 0x3000 && c <= 0x303f) return 'cjk-punct';
  if (c >= 0xff61 && c <= 0xff9f) return 'halfwidth-kana';
  if (c >= 0xff01 && c <= 0xff60) return 'fullwidth';
  return 'other';
}

/** True when `c` is one of the model's frequent characters. */
export function isFrequent(model: LanguageModel, c: number): boolean {
  switch (model) {
    case 'latin':
      return LATIN_FREQUENT.has(c);
    case 'cyrillic':
      return CYRILLIC_FREQUENT.has(c);
    case 'chinese':
      return CHINESE_FREQUENT.has(c);
    case 'japanese':
      return (c >= 0x3041 && c <= 0x3093) || c === 0x30fc || JAPANESE_KANJI_FREQUENT.has(c);
    case 'korean':
      return KOREAN_FREQUENT.has(c);
  }
}

/** Classes that are the model's own letters. */
export function isOwnScript(model: LanguageModel, cls: CharClass): boolean {
  switch (model) {
    case 'latin':
      return cls === 'latin';
    case 'cyrillic':
      return cls === 'cyrillic';
    case 'chinese':
      return cls === 'han';
    case 'japanese':
      return cls === 'han' || cls === 'hiragana' || cls === 'katakana';
    case 'korean':
      return cls === 'hangul' || cls === 'han'; // Hanja appear in Korean news
  }
}
