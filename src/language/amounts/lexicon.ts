/** Number words, magnitudes, currencies and units, with their normal forms. */

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};
export const MAGNITUDES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};

/** Currency symbols and words → ISO 4217. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', 'US$': 'USD', 'U.S.$': 'USD', 'C$': 'CAD', 'A$': 'AUD', 'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₩': 'KRW', '₴': 'UAH', '₼': 'AZN', 'Rs': 'INR', 'Rs.': 'INR', 'R$': 'BRL',
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', INR: 'INR', RUB: 'RUB', AZN: 'AZN', TRY: 'TRY', CHF: 'CHF', CAD: 'CAD', AUD: 'AUD', SAR: 'SAR', AED: 'AED', UAH: 'UAH', KRW: 'KRW', BRL: 'BRL', ZAR: 'ZAR', PKR: 'PKR', IRR: 'IRR', NGN: 'NGN', EGP: 'EGP',
};
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR',
  ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', manat: 'AZN', lira: 'TRY', liras: 'TRY', francs: 'CHF', franc: 'CHF', riyal: 'SAR', riyals: 'SAR', dirham: 'AED', dirhams: 'AED', hryvnia: 'UAH', hryvnias: 'UAH', won: 'KRW', rand: 'ZAR', naira: 'NGN', shekels: 'ILS', shekel: 'ILS', rials: 'IRR', rial: 'IRR',
};

/** Unit words and abbreviations → canonical unit code. */
export const UNITS: Record<string, string> = {
  km: 'km', kms: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km', mile: 'mi', miles: 'mi', m: 'm', meter: 'm', meters: 'm', metre: 'm', metres: 'm',
  cm: 'cm', centimeters: 'cm', centimetres: 'cm', mm: 'mm', millimeters: 'mm', millimetres: 'mm', feet: 'ft', foot: 'ft', ft: 'ft', inches: 'in', inch: 'in', yards: 'yd',
  'nautical miles': 'nmi', 'square kilometers': 'km2', 'square kilometres': 'km2', 'sq km': 'km2', km2: 'km2', 'square miles': 'mi2', hectares: 'ha', hectare: 'ha', ha: 'ha', acres: 'acre', acre: 'acre',
  kg: 'kg', kilograms: 'kg', kilogrammes: 'kg', kilos: 'kg', grams: 'g', g: 'g', tonnes: 't', tonne: 't', tons: 't', ton: 't', 'metric tons': 't', lbs: 'lb',
  liters: 'l', litres: 'l', liter: 'l', litre: 'l', gallons: 'gal', barrels: 'bbl', barrel: 'bbl', bpd: 'bbl/d', 'barrels per day': 'bbl/d', 'cubic meters': 'm3', 'cubic metres': 'm3', bcm: 'bcm',
  mw: 'MW', megawatts: 'MW', gw: 'GW', gigawatts: 'GW', kw: 'kW', kilowatts: 'kW', kwh: 'kWh', twh: 'TWh', gwh: 'GWh',
  'km/h': 'km/h', kph: 'km/h', mph: 'mph', knots: 'kn', degrees: 'deg', '°c': 'degC', '°f': 'degF', megatons: 'Mt', kilotons: 'kt',
};
