/**
 * Stage `quotes`: who said what. Attributions (attributions.ts) over the
 * body sentences, speakers resolved to the article's entities
 * (speakers.ts), written as `quotes/quote` annotations over the content with
 * the cue, source, speaker and any outer reporter in attrs; the entity
 * clusters it relies on are written as `clusters/mention` annotations.
 */
import type { Article } from '../model/article.js';
import type { Stage } from '../pipeline/stage.js';
import { sentenceTokens } from '../language/spans.js';
import { findAttributions, type Span } from './attributions.js';
import { findQuotes } from './marks.js';
import { combineAttributions, findTaggedAttributions, type OrphanCue } from './tagged.js';
import { loadAttributionModel } from './tagger/model.js';
import { clusterMentions, SpeakerResolver, titlesOf, type EntityMention } from './speakers.js';

const SOURCE = 'quotes';
const CLUSTERED = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

const spanAttr = (a: Article, s: Span) => ({ start: s.start, end: s.end, text: a.text.slice(s.start, s.end) });

export function annotateQuotes(article: Article): void {
  const mentions: EntityMention[] = article.layer('entities').filter((e) => CLUSTERED.has(e.type)).map((e) => ({ start: e.start, end: e.end, type: e.type }));
  const clusters = clusterMentions(article.text, mentions);
  for (const [m, c] of clusters) {
    article.add({ layer: 'clusters', type: 'mention', start: m.start, end: m.end, attrs: { cluster: c.canonical, entityType: c.type }, source: `${SOURCE}/cluster-${c.type === 'PERSON' ? 'surname' : 'name'}`, confidence: 0.8 });
  }
  const sentences = article.layer('sentences', 'sentence').map((s) => ({ start: s.start, end: s.end, tokens: sentenceTokens(article, s) }));
  const quotes = findQuotes(article.text);
  const model = loadAttributionModel();
  // The rules, completed by the trained tagger when its model is there.
  const rules = findAttributions(article.text, sentences, quotes);
  const orphans: OrphanCue[] = [];
  const attributions = model ? combineAttributions(article.text, rules, findTaggedAttributions(article.text, sentences, quotes, model, orphans), orphans, quotes) : rules.sort((a, b) => a.cue.start - b.cue.start);
  const resolver = new SpeakerResolver(article.text, mentions, clusters, titlesOf(article.text, clusters));
  for (const q of attributions) {
    // Reported speech with no one to attribute it to is not a quote ("also agreed to ..."); a quotation still is.
    if (!q.source && q.kind === 'indirect') continue;
    const reporter = q.reportedBy ? resolver.resolve(q.reportedBy) : null;
    const speaker = resolver.resolve(q.source);
    article.add({
      layer: 'quotes',
      type: 'quote',
      start: q.content.start,
      end: q.content.end,
      attrs: {
        kind: q.kind,
        ...(q.contentParts ? { parts: q.contentParts.map((p) => ({ start: p.start, end: p.end })) } : {}),
        cueClass: q.cueClass,
        cue: spanAttr(article, q.cue),
        source: q.source ? spanAttr(article, q.source) : null,
        speaker: speaker ? speaker.name : null,
        speakerType: speaker ? speaker.type : null,
        speakerRule: speaker ? speaker.rule : null,
        ...(q.reportedBy ? { reportedBy: { ...spanAttr(article, q.reportedBy), speaker: reporter?.name ?? null } } : {}),
      },
      source: `${SOURCE}/${q.rule}`,
      confidence: speaker && speaker.type !== 'UNRESOLVED' ? 0.75 : 0.5,
    });
  }
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  provides: ['clusters', 'quotes'],
  run: annotateQuotes,
};
