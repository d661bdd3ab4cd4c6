/**
 * Currencies around a number: symbols and codes before it ("$", "US$",
 * "Rs", "EUR 40"), names after it ("dollars", "US dollars", "Hong Kong
 * dollars", "rubles"), and the minor units ("cents", "pence", "50p").
 */
import type { Token } from './tokens.js';

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₩': 'KRW', '₴': 'UAH', '₼': 'AZN',
  '₦': 'NGN', '₪': 'ILS', '₱': 'PHP', '฿': 'THB', '₫': 'VND', '₸': 'KZT', '₾': 'GEL', '₿': 'BTC', '৳': 'BDT',
};

/** Letters written before "$" ("US$", "HK$", "A$"). */
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD', SG: 'SGD', NT: 'TWD', R: 'BRL', MX: 'MXN', Z: 'ZWL',
};

/** Abbreviations written before the amount, matched case-sensitively. */
const PREFIX_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Rs: 'INR', Rp: 'IDR', RM: 'MYR', Tk: 'BDT', Dhs: 'AED', Dh: 'AED', SR: 'SAR', QR: 'QAR', KSh: 'KES', Ksh: 'KES', GH: 'GHS', Sh: 'KES',
};

export const ISO_CODES: ReadonlySet<string> = new Set(
  ('USD EUR GBP JPY CNY RMB INR RUB AZN TRY CHF CAD AUD SAR AED UAH KRW BRL ZAR PKR IRR NGN EGP ILS KZT GEL AMD BYN PLN SEK NOK DKK ' +
    'CZK HUF RON BGN MXN ARS CLP COP PEN IDR MYR THB VND PHP SGD HKD TWD NZD BDT LKR NPR QAR KWD BHD OMR JOD IQD KES GHS ETB MAD DZD TND ' +
    'UZS TJS KGS TMT AFN MNT BTC').split(' '),
);

/** Currency names after a number, singular and plural; the code is the usual one in English news. */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  manat: 'AZN', manats: 'AZN', lira: 'TRY', liras: 'TRY', lire: 'TRY', franc: 'CHF', francs: 'CHF', riyal: 'SAR', riyals: 'SAR',
  rial: 'IRR', rials: 'IRR', dirham: 'AED', dirhams: 'AED', hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH', won: 'KRW', rand: 'ZAR',
  naira: 'NGN', shekel: 'ILS', shekels: 'ILS', tenge: 'KZT', lari: 'GEL', dram: 'AMD', drams: 'AMD', zloty: 'PLN', zlotys: 'PLN',
  zlotych: 'PLN', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', forint: 'HUF', forints: 'HUF', peso: 'MXN', pesos: 'MXN',
  reais: 'BRL', ringgit: 'MYR', rupiah: 'IDR', baht: 'THB', dong: 'VND', taka: 'BDT', dinar: 'IQD', dinars: 'IQD', som: 'KGS',
  soms: 'UZS', afghanis: 'AFN', cedis: 'GHS', birr: 'ETB', bitcoin: 'BTC', bitcoins: 'BTC',
};

/** Names of hundredths: the amount is divided by 100 ("50 cents" → 0.5 USD). */
const MINOR_UNITS: Readonly<Record<string, string>> = {
  cent: 'USD', cents: 'USD', pence: 'GBP', penny: 'GBP', kopecks: 'RUB', kopeks: 'RUB', paise: 'INR', qapik: 'AZN',
};

/** Nationality words that pick the currency of a generic name ("Canadian dollars", "Egyptian pounds"). */
const QUALIFIED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dollar: {
    us: 'USD', 'u.s.': 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', 'hong kong': 'HKD', singapore: 'SGD',
    singaporean: 'SGD', 'new zealand': 'NZD', taiwan: 'TWD', 'new taiwan': 'TWD', zimbabwean: 'ZWL', zimbabwe: 'ZWL',
  },
  rupee: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR', nepali: 'NPR' },
  ruble: { russian: 'RUB', belarusian: 'BYN' },
  pound: { british: 'GBP', egyptian: 'EGP', lebanese: 'LBP', syrian: 'SYP', sudanese: 'SDG' },
  lira: { turkish: 'TRY', lebanese: 'LBP', syrian: 'SYP' },
  franc: { swiss: 'CHF', cfa: 'XOF', congolese: 'CDF' },
  peso: { mexican: 'MXN', philippine: 'PHP', argentine: 'ARS', argentinian: 'ARS', chilean: 'CLP', colombian: 'COP', cuban: 'CUP' },
  dinar: { iraqi: 'IQD', kuwaiti: 'KWD', jordanian: 'JOD', bahraini: 'BHD', algerian: 'DZD', tunisian: 'TND', libyan: 'LYD', serbian: 'RSD' },
  riyal: { saudi: 'SAR', qatari: 'QAR', omani: 'OMR', yemeni: 'YER' },
  rial: { iranian: 'IRR', omani: 'OMR', yemeni: 'YER' },
  dirham: { uae: 'AED', emirati: 'AED', moroccan: 'MAD' },
  manat: { azerbaijani: 'AZN', turkmen: 'TMT' },
  krone: { danish: 'DKK', norwegian: 'NOK' },
  krona: { swedish: 'SEK', icelandic: 'ISK' },
  won: { 'south korean': 'KRW', korean: 'KRW', 'north korean': 'KPW' },
  yuan: { chinese: 'CNY' },
  yen: { japanese: 'JPY' },
  euro: {},
};

const SINGULAR: Readonly<Record<string, string>> = {
  dollars: 'dollar', rupees: 'rupee', rubles: 'ruble', roubles: 'ruble', rouble: 'ruble', pounds: 'pound', liras: 'lira', lire: 'lira',
  francs: 'franc', pesos: 'peso', dinars: 'dinar', riyals: 'riyal', rials: 'rial', dirhams: 'dirham', manats: 'manat', kroner: 'krone', kronor: 'krona',
};

export interface CurrencyMatch {
  code: string;
  /** First token (prefix) or last token (suffix) of the currency. */
  edge: number;
  /** Minor unit: the amount is in hundredths. */
  minor?: boolean;
}

const isPunct = (t: Token | undefined, ...texts: string[]): boolean => !!t && t.kind === 'punct' && texts.includes(t.text);

/** Currency written right before token i ("$", "US$", "Rs.", "EUR"). */
export function currencyBefore(tokens: readonly Token[], i: number): CurrencyMatch | null {
  const p = tokens[i - 1];
  if (!p) return null;
  if (p.kind === 'punct' && p.text in CURRENCY_SYMBOLS) {
    const letters = tokens[i - 2];
    if (p.text === '$' && letters?.kind === 'word' && letters.text in DOLLAR_PREFIXES && (!p.spaced || letters.text === 'US')) {
      return { code: DOLLAR_PREFIXES[letters.text], edge: i - 2 };
    }
    return { code: CURRENCY_SYMBOLS[p.text], edge: i - 1 };
  }
  // A code glued to digits is usually a name ("COP29", "USD1" aside); "Rs500" is common enough to allow.
  if (p.kind === 'word' && ((ISO_CODES.has(p.text) && tokens[i].spaced) || p.text in PREFIX_ABBREVIATIONS)) {
    return { code: PREFIX_ABBREVIATIONS[p.text] ?? p.text, edge: i - 1 };
  }
  // "Rs. 500", "Rs.500"
  if (isPunct(p, '.') && tokens[i - 2]?.kind === 'word' && tokens[i - 2].text in PREFIX_ABBREVIATIONS && !p.spaced) {
    return { code: PREFIX_ABBREVIATIONS[tokens[i - 2].text], edge: i - 2 };
  }
  return null;
}

/** Reads a qualifier of one or two words ending at token j ("Canadian", "Hong Kong", "U.S."). */
function qualifierBefore(tokens: readonly Token[], j: number, table: Readonly<Record<string, string>>, floor: number): { code: string; first: number } | null {
  if (j < floor) return null;
  // "U.S." spans four tokens: U . S .
  if (j - 3 >= floor && isPunct(tokens[j], '.') && tokens[j - 1]?.text === 'S' && isPunct(tokens[j - 2], '.') && tokens[j - 3]?.text === 'U') {
    return table['u.s.'] ? { code: table['u.s.'], first: j - 3 } : null;
  }
  const one = tokens[j];
  if (one?.kind !== 'word') return null;
  const two = j - 1 >= floor && tokens[j - 1]?.kind === 'word' ? `${tokens[j - 1].lower} ${one.lower}` : '';
  if (two && table[two]) return { code: table[two], first: j - 1 };
  return table[one.lower] ? { code: table[one.lower], first: j } : null;
}

/** Currency written from token j on ("dollars", "US dollars", "EUR", "€", "cents", the "p" of "50p"). */
export function currencyAfter(tokens: readonly Token[], j: number): CurrencyMatch | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.kind === 'punct' && t.text in CURRENCY_SYMBOLS) return { code: CURRENCY_SYMBOLS[t.text], edge: j };
  if (t.kind !== 'word') return null;
  if (ISO_CODES.has(t.text)) return { code: t.text, edge: j };
  if (t.text === 'p' && !t.spaced) return { code: 'GBP', edge: j, minor: true };
  if (t.lower in MINOR_UNITS) return { code: MINOR_UNITS[t.lower], edge: j, minor: true };
  // Qualified names: "US dollars", "U.S. dollars", "Hong Kong dollars".
  for (let k = j + 1; k <= j + 4 && k < tokens.length; k++) {
    const name = tokens[k];
    if (name.kind !== 'word' || !(name.lower in CURRENCY_NAMES)) continue;
    const base = SINGULAR[name.lower] ?? name.lower;
    const q = qualifierBefore(tokens, k - 1, QUALIFIED[base] ?? {}, j);
    if (q && q.first === j) return { code: q.code, edge: k };
  }
  if (t.lower in CURRENCY_NAMES) {
    // "five pounds of cocaine" is a weight.
    if ((t.lower === 'pound' || t.lower === 'pounds') && tokens[j + 1]?.lower === 'of') return null;
    // "euro cents"
    const minor = tokens[j + 1];
    if (minor?.kind === 'word' && (minor.lower === 'cents' || minor.lower === 'cent')) return { code: CURRENCY_NAMES[t.lower], edge: j + 1, minor: true };
    return { code: CURRENCY_NAMES[t.lower], edge: j };
  }
  return null;
}
