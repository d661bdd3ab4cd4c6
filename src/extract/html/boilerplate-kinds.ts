/**
 * What kind of boilerplate a block is, from general signals: semantic tags
 * and ARIA roles, class/id tokens, and the wording of short blocks.
 */
import type { Element } from 'domhandler';
import type { BoilerplateKind } from '../../model/annotation.js';
import { anyTokenMatches, elementTokens } from './block-features.js';

/** Boilerplate kinds plus `caption` (image captions and credits: kept out of the body, not boilerplate). */
export type ZoneKind = BoilerplateKind | 'caption';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Class/id token table, checked in this order (first kind that matches wins). */
const TOKEN_KINDS: ReadonlyArray<[ZoneKind, ReadonlySet<string>]> = [
  ['cookie', words('cookie cookies consent gdpr cmp ccpa')],
  ['comments', words('comment comments disqus replies respond discussion livefyre commenting')],
  ['social', words('share shares sharing sharebar social socials follow facebook twitter whatsapp pinterest linkedin addthis sharethis reddit tweet')],
  ['newsletter', words('newsletter newsletters subscribe subscription signup optin mailchimp mailing registration')],
  ['promo', words('ad ads advert adverts advertisement advertising adsense adslot adunit adsbygoogle dfp sponsor sponsored promo promoted promotion affiliate commercial paywall billboard leaderboard skyscraper mpu outstream teads')],
  ['related', words('related recommended recommendation recommendations recirc recirculation trending popular mostread mostpopular outbrain taboola teaser teasers sidebar rail widget playlist upnext readnext')],
  ['nav', words('nav navbar navigation menu menubar megamenu breadcrumb breadcrumbs crumbs masthead topbar toolbar skip skiplink pagination pager paging sitemap sitenav drawer hamburger')],
  ['tags', words('tags tag tagged taglist topics keywords categories')],
  ['disclaimer', words('footer copyright disclaimer legal colophon contentinfo imprint')],
  ['header', words('byline bylines author authors dateline timestamp date published posted meta kicker eyebrow standfirst dek strapline')],
  ['caption', words('caption captions figcaption credit credits')],
];

/** Compounds that contain a keyword but do not mean it. */
const TOKEN_EXCEPTIONS = words('commentary commentator metadata headline headlines readmore shareholder shareholders advertorial');

const ROLE_KINDS: Readonly<Record<string, ZoneKind>> = {
  navigation: 'nav', banner: 'nav', menu: 'nav', menubar: 'nav', search: 'nav',
  contentinfo: 'disclaimer', complementary: 'related', dialog: 'other', alertdialog: 'other',
};

const TAG_KINDS: Readonly<Record<string, ZoneKind>> = {
  nav: 'nav', menu: 'nav', footer: 'disclaimer', aside: 'related', header: 'header',
  figcaption: 'caption', figure: 'caption', dialog: 'other',
};

export interface KindMatch {
  readonly kind: ZoneKind;
  /** Rule name for `source`: `tag`, `role`, `class`, or a text rule. */
  readonly rule: string;
}

const tokenKindCache = new WeakMap<Element, KindMatch | null>();

/** Kind named by an element's class/id tokens, or null (cached: every block below asks again). */
export function kindFromTokens(el: Element): KindMatch | null {
  const cached = tokenKindCache.get(el);
  if (cached !== undefined) return cached;
  // The first kind in table order that any token names; each token's own first kind is memoised.
  let best = TOKEN_KINDS.length;
  for (const token of elementTokens(el)) best = Math.min(best, tokenKindIndex(token));
  const found: KindMatch | null = best < TOKEN_KINDS.length ? { kind: TOKEN_KINDS[best][0], rule: 'class' } : null;
  tokenKindCache.set(el, found);
  return found;
}

const tokenKindMemo = new Map<string, number>();

/** Index in TOKEN_KINDS of the first table naming `token` (TOKEN_KINDS.length when none). */
function tokenKindIndex(token: string): number {
  let index = tokenKindMemo.get(token);
  if (index === undefined) {
    index = TOKEN_KINDS.findIndex(([, table]) => anyTokenMatches([token], table, TOKEN_EXCEPTIONS) !== null);
    if (index < 0) index = TOKEN_KINDS.length;
    if (tokenKindMemo.size > 50_000) tokenKindMemo.clear();
    tokenKindMemo.set(token, index);
  }
  return index;
}

/** Kind named by an element's tag or ARIA role, or null. */
export function kindFromElement(el: Element): KindMatch | null {
  const role = el.attribs.role?.toLowerCase().trim();
  if (role && ROLE_KINDS[role]) return { kind: ROLE_KINDS[role], rule: 'role' };
  const byTag = TAG_KINDS[el.name];
  if (byTag) return { kind: byTag, rule: 'tag' };
  return null;
}

interface TextRule {
  readonly kind: ZoneKind;
  readonly rule: string;
  readonly pattern: RegExp;
  /** Longest block (characters) the rule applies to. */
  readonly maxLength: number;
}

const TEXT_RULES: readonly TextRule[] = [
  { kind: 'promo', rule: 'advertisement', maxLength: 40, pattern: /^(?:advertisement|advertisements|advertising|advert|ad|anzeige|werbung|publicidad|publicité|pubblicità|reklama|реклама|sponsored(?: content)?|paid (?:content|post)|story continues below(?: advertisement)?|continue reading(?: below)?)\W*$/iu },
  { kind: 'related', rule: 'read-more', maxLength: 220, pattern: /^(?:read more|read also|also read|see also|more on this|more from|related(?: [\p{L}]+){0,2}|recommended(?: for you)?|you (?:may|might) also (?:like|be interested in)|more stories|most (?:read|popular)|trending(?: now)?|popular now|don'?t miss|must read|editor'?s picks?|watch|listen|read|leer más|lire aussi|lesen sie auch|mehr zum thema|leia também|leggi anche|читайте также)\s*(?::|\u2014|-|\||>>|»|$)/iu },
  { kind: 'social', rule: 'share', maxLength: 80, pattern: /^(?:share(?: this)?(?: (?:article|story|post|page))?(?: on \w+)?|tweet|pin it|email|e-mail|print|copy link|whatsapp|facebook|twitter|linkedin|pinterest|reddit|flipboard|follow us(?: on \w+)?|like us on facebook|compartir|partager|teilen)\W*$/iu },
  { kind: 'social', rule: 'share-prompt', maxLength: 160, pattern: /\bshare (?:it|this|this (?:story|article|post)) with (?:a friend|your friends)\b|^(?:like|enjoy(?:ed)?) this (?:story|article|post)\?/iu },
  { kind: 'social', rule: 'follow', maxLength: 200, pattern: /\bfollow (?:him|her|them|us|me) (?:on (?:twitter|facebook|instagram)|@)|^(?:follow (?:us|me|\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) on (?:twitter|facebook|instagram)|like us on facebook)/iu },
  { kind: 'newsletter', rule: 'sign-up', maxLength: 240, pattern: /\b(?:sign up (?:for|to)|subscribe (?:to|now|for|today)|our newsletter|newsletters?\b.*\b(?:inbox|sign|subscribe)|delivered (?:right |straight )?to (?:you|your inbox)|delivered (?:every|each) (?:weekday|day|morning|week)|delivered weekday|breaking news alerts|get (?:our|the) (?:free )?(?:daily |weekly )?(?:newsletter|briefing))/iu },
  { kind: 'cookie', rule: 'cookie', maxLength: 400, pattern: /\bcookies?\b.*\b(?:use|accept|consent|policy|settings|browsing)\b|\b(?:we|this (?:site|website)) uses? cookies\b/iu },
  { kind: 'disclaimer', rule: 'copyright', maxLength: 300, pattern: /^(?:©|\(c\)|copyright\b|citation\s*:)|\ball rights reserved\b|\bsubject to copyright\b|\bwithout (?:the )?(?:prior )?written permission\b|\b(?:may contain|contains|uses) affiliate(?: and\/or referral)? links\b/iu },
  { kind: 'tags', rule: 'tags', maxLength: 300, pattern: /^(?:tags?|topics?|filed under|categories|keywords|themen|temas|étiquettes)\s*:/iu },
  { kind: 'promo', rule: 'pitch', maxLength: 400, pattern: /^if you (?:enjoyed|liked|like|value) (?:this|our) (?:article|story|post|journalism|reporting)\b|^(?:support|become a member of|join) (?:our|independent) journalism\b/iu },
  { kind: 'promo', rule: 'click-here', maxLength: 200, pattern: /^click here\b|\bclick here\b[^.!?]{0,40}[.!?]?$|\b(?:buy|shop) now\W*$/iu },
  { kind: 'other', rule: 'script-notice', maxLength: 200, pattern: /\b(?:requires?|enable|turn on|need)\b.{0,30}\bjavascript\b|^\[\/?[a-z_]+(?:\s[^\]]*)?\]/iu },
  { kind: 'comments', rule: 'comments', maxLength: 120, pattern: /^(?:\d+\s+)?(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti|комментари\p{L}*|reacties|yorumlar)\W*(?:\(\d+\))?\W*$|^(?:post|add|write|leave) (?:a |your )?(?:comment|reply)\b|^(?:leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|comments are closed|show comments|view comments|tell us what you think|what do you think\?|have your say)/iu },
  { kind: 'caption', rule: 'credit', maxLength: 160, pattern: /^(?:image|photo|picture|slide|foto)\s+\d+\s*(?:of|\/|de|von|di)\s*\d+$|^(?:image|photo|picture|video|media)\s*(?:caption|credit|copyright)|^(?:photo|image|credit|source|foto|bild|picture)s?\s*:|(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp(?: photo)?)\W*$|\((?:image|photo|picture|pic|credit|source|foto)s?\s*:[^)]{1,60}\)\s*$/iu },
  { kind: 'header', rule: 'byline', maxLength: 160, pattern: /^(?:[Bb][Yy]|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Pp]rzez)\s+\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|and|&|,|de|van|von|der|da))*\s*(?:[,|\u2014\u2013-].{0,110})?$/u },
  { kind: 'header', rule: 'post-meta', maxLength: 240, pattern: /(?:^|\s)(?:posted by|written by|publicado por|publié par|pubblicato da|veröffentlicht von|opublikowano)\b.*(?:\b(?:tags?|categor(?:y|ia|ie|ies)|kategorie)\s*:)|^(?:posted|filed) (?:in|under)\b/iu },
  { kind: 'header', rule: 'credits', maxLength: 300, pattern: /^\(?(?:reporting|writing|editing|additional reporting|compiled|research) by\b|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\W*$/iu },
  { kind: 'header', rule: 'dateline-date', maxLength: 80, pattern: /^(?:published|updated|posted|last updated|first published|modified)\b/iu },
];

/** Kind suggested by the wording of a (short) block, or null. */
export function kindFromText(text: string): KindMatch | null {
  for (const r of TEXT_RULES) {
    if (text.length <= r.maxLength && r.pattern.test(text)) return { kind: r.kind, rule: r.rule };
  }
  return null;
}
