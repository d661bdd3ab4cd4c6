/** UTC offsets of time-zone abbreviations common in news bylines (standard meanings). */
export const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UTC: '+00:00', GMT: '+00:00', Z: '+00:00', WET: '+00:00', BST: '+01:00', IST: '+05:30', CET: '+01:00',
  CEST: '+02:00', WAT: '+01:00', EET: '+02:00', EEST: '+03:00', SAST: '+02:00', CAT: '+02:00', MSK: '+03:00',
  EAT: '+03:00', TRT: '+03:00', AST: '+03:00', GST: '+04:00', AZT: '+04:00', AMT: '+04:00', IRST: '+03:30',
  PKT: '+05:00', UZT: '+05:00', NPT: '+05:45', BDT: '+06:00', ICT: '+07:00', WIB: '+07:00', CST: '-06:00',
  CDT: '-05:00', EST: '-05:00', EDT: '-04:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  AKST: '-09:00', HST: '-10:00', SGT: '+08:00', HKT: '+08:00', PHT: '+08:00', MYT: '+08:00', AWST: '+08:00',
  JST: '+09:00', KST: '+09:00', AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00', BRT: '-03:00',
  ART: '-03:00',
};

/** Normalises "+4", "+0400", "+04:00", "-5:30" to "+04:00" form; null when out of range. */
export function normalizeOffset(sign: string, hours: string, minutes = '0'): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (!(h <= 14 && m < 60)) return null;
  const s = sign === '-' || sign === '−' ? '-' : '+';
  return `${s}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
