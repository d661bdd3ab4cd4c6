/**
 * JSON-LD (schema.org) metadata: parses script bodies leniently (invalid ones
 * are counted, never thrown), flattens arrays and @graph, and picks the node
 * that describes the article.
 */

export type JsonObject = { [key: string]: unknown };

export interface JsonLdResult {
  /** The article-like node (NewsArticle, BlogPosting...), or null. */
  readonly article: JsonObject | null;
  /** Every object node found, for publisher/site look-ups. */
  readonly nodes: JsonObject[];
  /** Scripts that could not be parsed. */
  readonly invalid: number;
}

const ARTICLE_TYPES = /^(?:\w+:)?(?:newsarticle|article|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|scholarlyarticle|techarticle|report|liveblogposting|socialmediaposting|posting|review)$/i;
const PAGE_TYPES = /^(?:\w+:)?(?:webpage|itempage|collectionpage|creativework|videoobject|mediaobject)$/i;
const MAX_NODES = 2000;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a script body, tolerating comment/CDATA wrappers and trailing semicolons. */
export function parseJsonLdScript(body: string): unknown {
  const cleaned = body
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '')
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .trim()
    .replace(/;+$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    // Raw control characters inside strings are a common publisher mistake.
    return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' '));
  }
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Iteratively collects object nodes from parsed JSON-LD (arrays, @graph, mainEntity). */
function flatten(roots: unknown[]): JsonObject[] {
  const out: JsonObject[] = [];
  // A stack popped from the end: push in reverse so nodes come out in document order.
  const stack = [...roots].reverse();
  while (stack.length > 0 && out.length < MAX_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isObject(v)) {
      out.push(v);
      for (const key of ['itemListElement', 'mainEntityOfPage', 'mainEntity', '@graph']) {
        if (v[key] !== undefined && typeof v[key] === 'object') stack.push(v[key]);
      }
    }
  }
  return out;
}

export function readJsonLd(scripts: readonly string[]): JsonLdResult {
  const parsed: unknown[] = [];
  let invalid = 0;
  for (const s of scripts) {
    try {
      parsed.push(parseJsonLdScript(s));
    } catch {
      invalid++;
    }
  }
  const nodes = flatten(parsed);
  const article =
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t))) ??
    nodes.find((n) => typesOf(n).some((t) => PAGE_TYPES.test(t)) && (n.headline !== undefined || n.datePublished !== undefined)) ??
    null;
  return { article, nodes, invalid };
}

/** A string property (or the first string of an array, or `@value`). */
export function stringProp(node: JsonObject | null | undefined, key: string): string | null {
  if (!node) return null;
  let v = node[key];
  if (Array.isArray(v)) v = v[0];
  if (isObject(v) && typeof v['@value'] === 'string') v = v['@value'];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** Names of a person/organisation property: a string, an object with `name`, or arrays of them. */
export function namesOf(value: unknown): string[] {
  const out: string[] = [];
  const list = Array.isArray(value) ? value : [value];
  for (const item of list.slice(0, 30)) {
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else if (isObject(item)) {
      const name = item.name;
      if (typeof name === 'string' && name.trim()) out.push(name.trim());
      else if (Array.isArray(name) && typeof name[0] === 'string') out.push(name[0].trim());
    }
  }
  return out;
}

/** Follows a `{"@id": ...}` reference (common inside @graph) to the node it names. */
export function resolveReference(value: unknown, nodes: readonly JsonObject[]): unknown {
  if (!isObject(value) || typeof value['@id'] !== 'string' || value.name !== undefined) return value;
  const id = value['@id'];
  return nodes.find((n) => n !== value && n['@id'] === id && (n.name !== undefined || n['@type'] !== undefined)) ?? value;
}

export function nodeTypes(node: JsonObject): string[] {
  return typesOf(node);
}
