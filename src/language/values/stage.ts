/**
 * Stage `language.values`: amounts in the headline, dateline and body.
 * Numbers inside time expressions ("December 21") or product names
 * ("S-400", "Project 11356") are left to those layers.
 */
import type { Stage } from '../../pipeline/stage.js';
import { analysableSpans } from '../spans.js';
import { findValues } from './index.js';

const SOURCE = 'language.values';

export const valuesStage: Stage = {
  name: 'language.values',
  requires: ['zone', 'entities', 'times'],
  provides: ['values'],
  run(article) {
    const taken = [...article.layer('times'), ...article.layer('entities', 'PRODUCT')];
    for (const span of analysableSpans(article)) {
      for (const v of findValues(article.text.slice(span.start, span.end))) {
        const start = span.start + v.start;
        const end = span.start + v.end;
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        article.add({
          layer: 'values',
          type: v.type,
          start,
          end,
          attrs: {
            value: v.value,
            ...(v.unit ? { unit: v.unit } : {}),
            ...(v.bound ? { bound: v.bound } : {}),
            ...(v.change ? { change: v.change } : {}),
            ...(v.range ? { range: { ...v.range } } : {}),
            ...(v.approximate ? { approximate: true } : {}),
            ...(v.alternate ? { alternate: { value: v.alternate.value, unit: v.alternate.unit, start: span.start + v.alternate.start, end: span.start + v.alternate.end } } : {}),
          },
          source: `${SOURCE}/${v.rule}`,
          confidence: v.confidence,
        });
      }
    }
  },
};
