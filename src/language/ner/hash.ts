/**
 * FNV-1a string hashing for feature ids: a feature is a template seed
 * followed by one or more string parts, hashed without building the
 * joined string, so extraction allocates no feature strings.
 */
export const FNV_OFFSET = 0x811c9dc5;

/** Continues hash `h` over the characters of `s`. */
export function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Separator between parts, so ("ab","c") and ("a","bc") differ. */
export function sep(h: number): number {
  return Math.imul(h ^ 0x1f, 0x01000193) >>> 0;
}

/** The seed of a named feature template. */
export function template(name: string): number {
  return sep(mix(FNV_OFFSET, name));
}

export function feature(seed: number, part: string): number {
  return mix(seed, part);
}

export function feature2(seed: number, a: string, b: string): number {
  return mix(sep(mix(seed, a)), b);
}

export function feature3(seed: number, a: string, b: string, c: string): number {
  return mix(sep(mix(sep(mix(seed, a)), b)), c);
}
