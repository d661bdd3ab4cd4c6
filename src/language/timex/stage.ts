/**
 * Stage `language.times`: time expressions in the headline, dateline and
 * body, resolved against the reference date (`--published`, else the
 * article's stated or estimated publication date). With no reference the
 * relative ones keep X for what the text does not give.
 */
import type { Stage } from '../../pipeline/stage.js';
import { analysableSpans } from '../spans.js';
import { findTimes } from './index.js';

const SOURCE = 'language.times';

export const timesStage: Stage = {
  name: 'language.times',
  requires: ['zone', 'meta'],
  provides: ['times'],
  run(article, ctx) {
    const reference = ctx.referenceDate ?? article.meta.published?.date ?? null;
    for (const span of analysableSpans(article)) {
      const text = article.text.slice(span.start, span.end);
      for (const t of findTimes(text, { reference })) {
        article.add({
          layer: 'times',
          type: t.type,
          start: span.start + t.start,
          end: span.start + t.end,
          attrs: { value: t.value, certainty: t.certainty, ...(t.mod ? { mod: t.mod } : {}), ...(t.bound ? { bound: t.bound } : {}), reference },
          source: `${SOURCE}/${t.rule}`,
          confidence: t.certainty === 'stated' ? 0.9 : 0.7,
        });
      }
    }
  },
};
