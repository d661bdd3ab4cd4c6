/** Character-level scoring of body/boilerplate separation (whitespace ignored). */
import type { Article } from '../../src/model/article.js';

export interface SeparationCounts {
  bodyChars: number;
  bodyKept: number;
  furnitureChars: number;
  furnitureRemoved: number;
}

export function emptyCounts(): SeparationCounts {
  return { bodyChars: 0, bodyKept: 0, furnitureChars: 0, furnitureRemoved: 0 };
}

/** Marks which characters the extractor put in the body. */
export function keptMask(article: Article): Uint8Array {
  const mask = new Uint8Array(article.text.length);
  for (const p of article.paragraphs()) mask.fill(1, p.start, p.end);
  return mask;
}

/** Adds one document: `isBody(i)` is the gold label of character i. */
export function addDocument(c: SeparationCounts, text: string, mask: Uint8Array, isBody: (i: number) => boolean): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13) continue;
    if (isBody(i)) {
      c.bodyChars++;
      if (mask[i]) c.bodyKept++;
    } else {
      c.furnitureChars++;
      if (!mask[i]) c.furnitureRemoved++;
    }
  }
}

export function ratios(c: SeparationCounts): { bodyKept: number; boilerplateRemoved: number } {
  return { bodyKept: c.bodyChars ? c.bodyKept / c.bodyChars : 1, boilerplateRemoved: c.furnitureChars ? c.furnitureRemoved / c.furnitureChars : 1 };
}

export const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
