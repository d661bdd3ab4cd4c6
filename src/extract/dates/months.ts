/**
 * Month names and abbreviations in the languages news pages are written in:
 * English, German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian,
 * Polish, Czech, Russian, Ukrainian and Turkish (nominative and genitive
 * forms, as dates write them).
 */

const MONTH_NAMES: readonly string[] = [
  'jan january januar jänner jän janvier janv enero ene gennaio gen janeiro januari stycznia styczeń styczen ledna leden января январь січня ocak',
  'feb february februar feber février févr fév fev febrero febbraio fevereiro februari lutego luty února únor февраля февраль лютого şubat subat',
  'mar march märz mär mrz mars marzo março maart mrt marca marzec března březen марта март березня mart',
  'apr april avril avr abril aprile kwietnia kwiecień dubna duben апреля апрель квітня nisan',
  'may mai mayo maggio mag maio mei maj maja květen května мая май травня mayıs mayis',
  'jun june juni juin junio giugno giu junho czerwca czerwiec června červen июня июнь червня haziran',
  'jul july juli juillet juil julio luglio lug julho lipca lipiec července červenec июля июль липня temmuz',
  'aug august août aout agosto ago augustus augusti sierpnia sierpień srpna srpen августа август серпня ağustos agustos',
  'sep sept september septembre septiembre setiembre settembre set setembro września wrzesień září сентября сентябрь вересня eylül eylul',
  'oct october oktober okt octobre octubre ottobre ott outubro out października październik října říjen октября октябрь жовтня ekim',
  'nov november novembre noviembre novembro listopada listopad listopadu ноября ноябрь листопада kasım kasim',
  'dec december dezember dez décembre déc dic diciembre dicembre dezembro grudnia grudzień prosince prosinec декабря декабрь грудня aralık aralik',
];

/** Lower-cased month word -> month number (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, i) => names.split(' ').map((n): [string, number] => [n, i + 1])),
);

/** A regex alternation of every month word, longest first so "juni" wins over "jun". */
export const MONTH_ALTERNATION = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Month number of a (possibly dotted or capitalised) month word; 0 when unknown. */
export function monthNumber(word: string): number {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;
}
