/**
 * From the model's four CoNLL types to the types Dateline reports: places
 * that are states or settlements are GPE, other places LOC, facilities FAC;
 * nationality words NORP; named events EVENT. Decided by the head words of
 * the name (River, Airport, Summit...) and demonym endings, so it works on
 * names no list holds.
 */
export type CoarseType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'PRODUCT' | 'EVENT' | 'MISC';

const NATURAL_PLACE = /\b(?:River|Rivers|Mountains?|Mount|Mt\.?|Sea|Ocean|Gulf|Lake|Bay|Valley|Desert|Islands?|Peninsula|Strait|Straits|Plains?|Plateau|Coast|Basin|Delta|Canal|Channel|Forest|Hills?|Range|Glacier|Cape|Himalayas|Alps|Sahara|Arctic|Antarctica?|Pacific|Atlantic|Mediterranean|Caribbean|Balkans|Middle East|Gulf)\b/;
const FACILITY = /\b(?:Airport|Air Base|Base|Bridge|Stadium|Arena|Port|Harbou?r|Palace|Station|Tower|Square|Hospital|Prison|Dam|Plant|Refinery|Pipeline|Highway|Road|Street|Avenue|Building|Center|Centre|Cathedral|Mosque|Temple|Church|Embassy|Consulate|Kremlin|White House|Pentagon)\b/;
const EVENT = /\b(?:War|Wars|Summit|Games|Olympics|Olympic|Cup|Championships?|Conference|Elections?|Forum|Festival|Crisis|Revolution|Uprising|Massacre|Attack|Attacks|Exercise|Exercises|Talks|Treaty|Accords?|Agreement|Tournament|Open|Grand Prix|Expo|Week)\b/;
/** Nationality and group adjectives: Russian, Pakistani, Chinese, British, Kurdish, Turkic... */
const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish|i|ic|ch|ss|ek|ai))$|^(?:French|Dutch|Greek|Swiss|Thai|Welsh|Irish|Scots|Basque|Arab|Jewish|Muslim|Christian|Hindu|Sikh|Buddhist|Catholic|Protestant|Shia|Shiite|Sunni|Orthodox|Yemeni|Omani|Kazakh|Uzbek|Tajik|Pashtun|Baloch|Houthi|Kurd|Kurds|Druze|Alawite|Maori|Inuit|Roma|Democrats?|Republicans?|Conservatives?|Liberals?|Communists?|Socialists?|Islamist|Islamists)$/u;

export function fineType(text: string, coarse: CoarseType): EntityType {
  switch (coarse) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return FACILITY.test(text) && !/\b(?:Ministry|Department|Council|Agency|Company|Bank|Group|Party|Force|Forces|Army|Navy)\b/.test(text) ? 'FAC' : 'ORG';
    case 'LOC':
      if (FACILITY.test(text)) return 'FAC';
      return NATURAL_PLACE.test(text) ? 'LOC' : 'GPE';
    case 'MISC': {
      const words = text.split(/\s+/);
      if (words.length <= 2 && words.every((w) => DEMONYM.test(w.replace(/-\p{L}+$/u, '')))) return 'NORP';
      if (EVENT.test(text)) return 'EVENT';
      return 'MISC';
    }
  }
}
