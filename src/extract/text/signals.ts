/**
 * Line-level boilerplate signals for scraped text. Each signal is a small
 * rule returning a kind or null; they use general shapes of site furniture
 * (calls to action, list headers, time stamps, disclaimers), never a site's
 * literal strings.
 */
import type { BoilerplateKind } from '../../model/annotation.js';
import { AUTHOR_BIO } from '../credits.js';

export type Strength = 'strong' | 'weak' | 'prose';

export interface LineSignal {
  readonly strength: Strength;
  readonly kind: BoilerplateKind | null;
  readonly rule: string;
  /** A heading that opens a list (Related news, Comments...): what follows inherits its kind. */
  readonly opensList: boolean;
}

const SOCIAL_NETWORKS = '(?:telegram|facebook|twitter|x\\.com|instagram|whatsapp|youtube|linkedin|tiktok|threads|google news|viber|vk|wechat|weibo|rss|our app|the app|our channel|our newsletter)';
const CTA = new RegExp(
  `^(?:[^.!?]{0,40}\\b)?(?:follow|join|like|share|subscribe to|find|connect with|get|read|stay (?:updated|connected|tuned)|download)\\b[^.!?]{0,50}?(?:\\b(?:on|via) x\\b|\\b${SOCIAL_NETWORKS}\\b)`,
  'iu',
);
const SHARE = /^(?:share(?: this)?(?: article| story| post| page)?|share on \p{L}+|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin|telegram)(?:\s*[|:·•,]\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|print|copy link|reddit|pinterest))*\s*:?$/iu;
const NEWSLETTER = /\b(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|briefing|email|alerts?|digest)\b|\b(?:newsletter|daily briefing)\b.*\b(?:sign up|subscribe|inbox|email)\b|^enter your e-?mail|\bdelivered (?:straight |directly )?to your inbox\b|\bin(?:to)? your inbox\b/iu;
const DISCLAIMER = /\b(?:(?:reprint(?:ing)?|reproduc\w+|republish\w*|copying|redistribut\w+) (?:of )?(?:the |our |these |this )?(?:materials?|content|articles?|stor(?:y|ies))\b.{0,60}\b(?:permitted|allowed|prohibited|only with|requires?|forbidden)|hyperlink to the source|(?:opinions?|views?)\s+expressed|do(?:es)? not (?:necessarily )?(?:reflect|represent)|all rights reserved|reproduction\b.*\b(?:prohibited|permission|without)|without (?:prior )?(?:written )?permission|terms of (?:use|service)|privacy policy|cookie (?:policy|settings)|we use cookies|this (?:article|story|material) (?:may not|cannot) be (?:published|reproduced))/iu;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\b©\s*\d{4}\b/iu;
const PROMO = /^(?:advertisement|advert|sponsored(?: content)?|ad|promoted|story continues below(?: advertisement)?|scroll to continue(?: with content)?)$|^(?:(?:read|see) (?:more|also)|also read|related|watch|listen|recommended)\s*[:|»>–—-]|^(?:click|tap) here\b/iu;
/** Photo credits and lone social handles ("Photo: AFP", "Image credit: ...", "@newsdesk"). */
const CREDIT_LINE = /^(?:photo|image|picture|video|graphic|illustration|file photo|main image|top image)(?:\s+credit)?s?\s*[:|/]\s*\S.{0,80}$|^(?:credit|source)\s*:\s*(?:\p{Lu}[\p{L}.&-]*\s*){1,4}$/iu;
const HANDLE = /^@[\w.]{2,30}$/u;
/** Reporting credits on their own line: "(Reporting by A; Editing by B)", "X writer Y contributed from Z." */
const CREDIT_BLOCK = /^\(?(?:(?:additional )?reporting|writing|editing|compiled|translated) by\b.{0,200}\)?\.?$|\bcontributed (?:to this (?:report|story|article)|reporting|from)\b/iu;
/** Reading-time and audio prompts: "Reading time: 4 min", "3 min read", "Listen to this article". */
const READING = /^(?:(?:estimated )?reading time\s*:?\s*\d+\s*min(?:ute)?s?|\d+\s*[-–]?\s*min(?:ute)?s?\s+read|listen to (?:this )?(?:article|story)(?:\s*[·|:-]?\s*\d+\s*min(?:ute)?s?)?|print (?:this )?(?:article|page))$/iu;
/** Photo captions end with a picture agency credit ("... 2023. REUTERS/Name", "... (AFP)", "[Image: ...]"). */
const CAPTION = /(?:\b(?:REUTERS|AFP|AP Photo|EPA|Getty Images|Bloomberg|Xinhua|ANI|PTI|Shutterstock|File photo|Photo)(?:\/[\p{L} .'-]{2,40})?|\((?:Photo|Image|Picture|Supplied)[^)]{0,60}\))\.?\]?$|^\[(?:Image|Photo|Picture|Video)\s*:|\b(?:PHOTO|Photo|FOTO|Foto|IMAGE|Image)\s*[|:/]\s*\p{Lu}[^.]{0,60}$|\s©\s*[\p{Lu}][^.]{0,40}$/u;
/** A labelled publication stamp standing in the text ("First Published: 10th July, 2023 21:15 IST"). */
const DATE_STAMP = /^(?:first published|published|posted|updated|last updated|last modified)(?:\s+on)?\s*[:|-]?\s*[^.]{0,60}\b(?:19|20)\d{2}\b[^.]{0,30}\.?$/iu;
const TAGS = /^(?:tags?|topics?|keywords?|filed under|categories|category)\s*[:|]/iu;
const NAV_SKIP = /^(?:skip to (?:main )?content|skip navigation|jump to|menu|main menu|search|sign in|log ?in|register|subscribe|home|back to top|toggle navigation|open menu|close)$/iu;

/** Headings that open a list of site furniture, with the kind of what follows. */
const LIST_HEADERS: Array<[RegExp, BoilerplateKind]> = [
  [/^(?:related|more|other|similar|recommended|suggested|further)\b.{0,30}$/iu, 'related'],
  [/^(?:latest|top|most (?:read|popular|viewed|shared|commented)|trending|popular|editor'?s? picks?|in (?:other|the) news|you (?:may|might) (?:also )?(?:like|be interested in)|don'?t miss|must read|what to read next|read next|up next|more stories|headlines|news feed|breaking news)\b.{0,25}$/iu, 'related'],
  [/^(?:comments?|conversations?|discussion|reader (?:comments|reactions)|leave a (?:reply|comment)|post a comment|add (?:a )?comment|join the (?:conversation|discussion)|\d+\s+comments?|comments?\s*\(\d+\)|show comments|view comments|what do you think\??)\s*:?$/iu, 'comments'],
];

/** "Politics 14:20", "US 6 November 23:42", "Economy 5 Mar 09:12", "3 hours ago", "Yesterday". */
const SECTION_TIME = /^(?:[\p{L}&'’.-]+(?:\s+[\p{L}&'’.-]+){0,3}\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?\s+|\p{L}{3,9}\.?\s+\d{1,2},?\s+)?(?:\d{4}\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/iu;
const RELATIVE_TIME = /^(?:[\p{L}&'’.-]+(?:\s+[\p{L}&'’.-]+){0,3}\s*[|·•-]?\s*)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago$|^(?:just now|yesterday|today)$/iu;
const DATE_ONLY = /^(?:\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?|\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$/u;

const TERMINAL = /[.!?…"”’»)]$/u;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Menu-like line: short items separated by pipes, bullets, chevrons or wide gaps; or a breadcrumb. */
function looksLikeNav(s: string): boolean {
  if (s.length > 160) return false;
  const parts = s.split(/\s*(?:\||•|·|»|›|>|\/|☰|≡)\s*|\s{3,}/u).filter(Boolean);
  const shortItems = parts.every((p) => wordCount(p) <= 3);
  if (parts.length >= 3 && shortItems) return true;
  return parts.length === 2 && shortItems && /\s(?:»|›|>)\s/u.test(s); // "Politics > Defense"
}

export function classifyLine(text: string): LineSignal {
  // Decorations around furniture ("- Advertisement -", "• Share") do not change what it is.
  const s = text.trim().replace(/^[-–—•*·|\s]+(?=\p{L})|(?<=\p{L})[\s•*·|–—-]+$/gu, '');
  const words = wordCount(s);
  const short = s.length <= 120 && words <= 20;
  const strong = (kind: BoilerplateKind, rule: string, opensList = false): LineSignal => ({ strength: 'strong', kind, rule, opensList });

  if (s.length <= 60 && READING.test(s)) return strong('other', 'reading-time');
  if (s.length <= 100 && DATE_STAMP.test(s)) return strong('other', 'date-stamp');
  if (s.length <= 300 && CAPTION.test(s)) return strong('credit', 'caption');
  if (short) {
    for (const [re, kind] of LIST_HEADERS) if (words <= 6 && re.test(s) && !/[.!]$/u.test(s)) return strong(kind, `list-header/${kind}`, true);
    if (TAGS.test(s)) return strong('tags', 'tags');
    if (CREDIT_LINE.test(s)) return strong('credit', 'media-credit');
    if (HANDLE.test(s)) return strong('social', 'handle');
    if (NAV_SKIP.test(s) || looksLikeNav(s.replace(/^you are here\s*:\s*/iu, ''))) return strong('nav', 'nav');
    if (/^(?:download|get|install)\b.{0,40}\bapp\b/iu.test(s)) return strong('social', 'app-prompt');
    if (SHARE.test(s)) return strong('social', 'share');
    if (SECTION_TIME.test(s)) return strong('related', 'section-time');
    if (RELATIVE_TIME.test(s)) return strong('related', 'relative-time');
    if (DATE_ONLY.test(s)) return strong('related', 'date-only');
  }
  if (s.length <= 200) {
    if (CTA.test(s)) return strong('social', 'call-to-action');
    if (NEWSLETTER.test(s)) return strong('newsletter', 'newsletter');
    if (PROMO.test(s)) return strong('promo', 'promo');
    if (COPYRIGHT.test(s)) return strong('disclaimer', 'copyright');
  }
  if (s.length <= 400 && DISCLAIMER.test(s)) return strong('disclaimer', 'disclaimer');
  if (s.length <= 300 && AUTHOR_BIO.test(s)) return strong('credit', 'author-bio');
  if (s.length <= 250 && CREDIT_BLOCK.test(s)) return strong('credit', 'credit-line');
  if (short && !TERMINAL.test(s)) return { strength: 'weak', kind: null, rule: 'headline-shape', opensList: false };
  return { strength: 'prose', kind: null, rule: 'prose', opensList: false };
}
