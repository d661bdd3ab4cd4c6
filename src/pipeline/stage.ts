/**
 * Stages are small functions with declared inputs and outputs, like spaCy
 * components: each names the capabilities it requires (e.g. `zone`) and the
 * ones it provides. A pipeline is checked once, when it is built.
 */
import type { Article } from '../model/article.js';
import { PipelineDefinitionError } from '../model/errors.js';
import type { SourceDocument } from '../model/document.js';

/** Capabilities a stage can provide or require. `text` comes from extraction. */
export type Capability = 'text' | 'zone' | 'meta' | 'sentences' | 'entities' | 'values' | 'times' | 'clusters' | 'quotes' | 'events';

export interface StageContext {
  /** Reference date override (e.g. `--published`). */
  readonly referenceDate?: string;
}

/** First stage: turns a source document into an article (text + zone + meta). */
export interface Extractor {
  readonly name: string;
  readonly provides: readonly Capability[];
  readonly accepts: (doc: SourceDocument) => boolean;
  readonly extract: (doc: SourceDocument, ctx: StageContext) => Article;
}

/** Later stages annotate an article in place. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Capability[];
  readonly provides: readonly Capability[];
  readonly run: (article: Article, ctx: StageContext) => void | Promise<void>;
}

export interface PipelineDefinition {
  readonly extractors: readonly Extractor[];
  readonly stages: readonly Stage[];
}

/** Throws PipelineDefinitionError when a stage needs what no earlier step provides. */
export function validatePipeline(def: PipelineDefinition): void {
  if (def.extractors.length === 0) throw new PipelineDefinitionError('a pipeline needs at least one extractor');
  // Every extractor must provide what the stages rely on, since any of them may run.
  const [first, ...rest] = def.extractors;
  const have = new Set<Capability>(first.provides);
  for (const ex of rest) {
    for (const c of [...have]) if (!ex.provides.includes(c)) have.delete(c);
  }
  const names = new Set<string>();
  for (const stage of def.stages) {
    if (names.has(stage.name)) throw new PipelineDefinitionError(`duplicate stage name "${stage.name}"`);
    names.add(stage.name);
    const missing = stage.requires.filter((c) => !have.has(c));
    if (missing.length > 0) {
      throw new PipelineDefinitionError(`stage "${stage.name}" requires ${missing.join(', ')}, which no earlier step provides`);
    }
    for (const c of stage.provides) have.add(c);
  }
}
