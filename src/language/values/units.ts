/**
 * Units after a number, normalised to a canonical code: "kilometres",
 * "km", "sq km", "square kilometres" → km / km2; "MW"; "barrels per day"
 * → bbl/d. Also recognises what makes a number a time rather than an
 * amount ("three days", "5 p.m.", "10-year-old"), which the scanner drops.
 */
import type { Token } from './tokens.js';

/** Abbreviations and symbols, matched as written (case matters: "MW" is not "mw"). */
const SYMBOL_UNITS: Readonly<Record<string, string>> = {
  km: 'km', kms: 'km', m: 'm', cm: 'cm', mm: 'mm', mi: 'mi', ft: 'ft', nm: 'nmi', NM: 'nmi', nmi: 'nmi',
  'km2': 'km2', 'km²': 'km2', 'sq km': 'km2', 'sq. km': 'km2', 'sq.km': 'km2', 'sqkm': 'km2', 'm2': 'm2', 'm²': 'm2', 'sq m': 'm2',
  'sq ft': 'ft2', 'sq. ft': 'ft2', 'sq mi': 'mi2', 'm3': 'm3', 'm³': 'm3', 'cu m': 'm3', ha: 'ha',
  kg: 'kg', g: 'g', mg: 'mg', lb: 'lb', lbs: 'lb', oz: 'oz', t: 't', Mt: 'Mt', mt: 't', kt: 'kt',
  l: 'l', L: 'l', ml: 'ml', mL: 'ml', bbl: 'bbl', bpd: 'bbl/d', 'b/d': 'bbl/d', 'bbl/d': 'bbl/d', boe: 'boe', bcm: 'bcm', tcf: 'tcf', Bcf: 'bcf', bcf: 'bcf', mcm: 'mcm',
  W: 'W', kW: 'kW', KW: 'kW', MW: 'MW', GW: 'GW', TW: 'TW', kWh: 'kWh', KWh: 'kWh', MWh: 'MWh', GWh: 'GWh', TWh: 'TWh', kV: 'kV', V: 'V', hp: 'hp', bhp: 'hp',
  'km/h': 'km/h', kmh: 'km/h', kph: 'km/h', mph: 'mph', 'm/s': 'm/s', kn: 'kn',
  '°C': 'degC', '°F': 'degF', '°': 'deg', C: 'degC', F: 'degF',
  Hz: 'Hz', kHz: 'kHz', MHz: 'MHz', GHz: 'GHz', KB: 'KB', MB: 'MB', GB: 'GB', TB: 'TB', Mbps: 'Mbps', Gbps: 'Gbps', cc: 'cc', dB: 'dB', mAh: 'mAh',
};

/** Unit words, matched in lower case. */
const WORD_UNITS: Readonly<Record<string, string>> = {
  kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', metre: 'm', metres: 'm', meter: 'm', meters: 'm',
  centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm', millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm',
  mile: 'mi', miles: 'mi', 'nautical mile': 'nmi', 'nautical miles': 'nmi', foot: 'ft', feet: 'ft', inch: 'in', inches: 'in', yard: 'yd', yards: 'yd',
  'light year': 'ly', 'light years': 'ly', 'light-year': 'ly', 'light-years': 'ly',
  'square kilometre': 'km2', 'square kilometres': 'km2', 'square kilometer': 'km2', 'square kilometers': 'km2', 'square km': 'km2',
  'square metre': 'm2', 'square metres': 'm2', 'square meter': 'm2', 'square meters': 'm2', 'square mile': 'mi2', 'square miles': 'mi2',
  'square feet': 'ft2', 'square foot': 'ft2', 'cubic metre': 'm3', 'cubic metres': 'm3', 'cubic meter': 'm3', 'cubic meters': 'm3',
  'cubic feet': 'ft3', hectare: 'ha', hectares: 'ha', acre: 'acre', acres: 'acre',
  kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g',
  milligram: 'mg', milligrams: 'mg', tonne: 't', tonnes: 't', ton: 't', tons: 't', 'metric ton': 't', 'metric tons': 't', 'metric tonnes': 't',
  megaton: 'Mt', megatons: 'Mt', megatonnes: 'Mt', kiloton: 'kt', kilotons: 'kt', kilotonnes: 'kt', 'pounds of': 'lb', ounce: 'oz', ounces: 'oz',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', millilitre: 'ml', millilitres: 'ml', gallon: 'gal', gallons: 'gal',
  barrel: 'bbl', barrels: 'bbl', 'barrels per day': 'bbl/d', 'barrels a day': 'bbl/d', 'barrels of oil per day': 'bbl/d',
  'billion cubic metres': 'bcm', 'billion cubic meters': 'bcm',
  watt: 'W', watts: 'W', kilowatt: 'kW', kilowatts: 'kW', megawatt: 'MW', megawatts: 'MW', gigawatt: 'GW', gigawatts: 'GW',
  'kilowatt hours': 'kWh', 'kilowatt-hours': 'kWh', 'kilowatt-hour': 'kWh', 'megawatt hours': 'MWh', 'megawatt-hours': 'MWh', 'gigawatt hours': 'GWh',
  'gigawatt-hours': 'GWh', 'terawatt hours': 'TWh', 'terawatt-hours': 'TWh', volt: 'V', volts: 'V', kilovolt: 'kV', kilovolts: 'kV', horsepower: 'hp',
  'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'kilometres an hour': 'km/h', 'kilometers an hour': 'km/h',
  'miles per hour': 'mph', 'miles an hour': 'mph', knot: 'kn', knots: 'kn',
  degree: 'deg', degrees: 'deg', 'degrees celsius': 'degC', 'degrees centigrade': 'degC', 'degrees fahrenheit': 'degF', 'degrees c': 'degC', 'degrees f': 'degF',
  calories: 'kcal', kilocalories: 'kcal', megabytes: 'MB', gigabytes: 'GB', terabytes: 'TB', decibels: 'dB', teu: 'TEU', teus: 'TEU',
};

/** Words that make the number a duration, an age or a clock time: those belong to the time layer. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'h', 'day', 'days', 'night', 'nights',
  'week', 'weeks', 'wk', 'wks', 'month', 'months', 'mo', 'year', 'years', 'yr', 'yrs', 'decade', 'decades', 'century', 'centuries', 'millennium', 'millennia',
  'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', "o'clock", 'o’clock', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'msk', 'ist', 'hrs.',
  'year-old', 'years-old', 'month-old', 'day-old', 'week-old',
]);

/** Rate suffixes that turn a unit into unit per time. */
const PER: Readonly<Record<string, string>> = { 'per hour': 'h', 'an hour': 'h', 'per day': 'd', 'a day': 'd', 'per year': 'yr', 'a year': 'yr', 'per second': 's', 'per annum': 'yr' };

export interface UnitMatch {
  code: string;
  /** Last token of the unit. */
  last: number;
  /** A time word: the number is a duration, age or clock time, not a value. */
  time?: boolean;
}

/** Text of tokens j..k with spacing collapsed to one space: "sq. km", "km/h", "°C". */
function joined(tokens: readonly Token[], j: number, k: number): string {
  let s = tokens[j].text;
  for (let x = j + 1; x <= k; x++) s += (tokens[x].spaced ? ' ' : '') + tokens[x].text;
  return s;
}

const MAX_UNIT_TOKENS = 5;

/** The longest unit starting at token j, or null. Single capital letters ("C", "F", "K") only count glued to the number ("30C"). */
export function unitAt(tokens: readonly Token[], j: number): UnitMatch | null {
  if (!tokens[j] || tokens[j].newline) return null;
  for (let k = Math.min(tokens.length - 1, j + MAX_UNIT_TOKENS - 1); k >= j; k--) {
    if (tokens[k].newline && k > j) continue;
    const text = joined(tokens, j, k);
    const lower = text.toLowerCase();
    if (TIME_WORDS.has(lower) || TIME_WORDS.has(lower.replace(/ /g, ''))) return { code: lower, last: k, time: true };
    const code = SYMBOL_UNITS[text] ?? WORD_UNITS[lower];
    if (!code) continue;
    if (/^[A-Za-z°]$/.test(text) && tokens[j].spaced && !/^[mtgLW°]$/.test(text)) continue;
    // Weight pounds are only read with "of" ("five pounds of cocaine"); the "of" stays outside the span.
    if (lower === 'pounds of') return { code, last: k - 1 };
    const per = perAfter(tokens, k);
    return per ? { code: `${code}/${per.code}`, last: per.last } : { code, last: k };
  }
  return null;
}

function perAfter(tokens: readonly Token[], k: number): { code: string; last: number } | null {
  if (k + 2 >= tokens.length) return null;
  const two = `${tokens[k + 1].lower} ${tokens[k + 2].lower}`;
  return PER[two] && !tokens[k + 1].newline ? { code: PER[two], last: k + 2 } : null;
}
