/** The pipeline `dateline ingest` and `dateline analyze` run. */
import { htmlExtractor } from '../extract/html/index.js';
import { textExtractor } from '../extract/text/index.js';
import { valuesStage } from '../language/values/stage.js';
import { entitiesStage } from '../language/entities/stage.js';
import { sentencesStage } from '../language/sentences-stage.js';
import { timesStage } from '../language/timex/stage.js';
import { quotesStage } from '../quotes/stage.js';
import { eventsStage } from '../events/stage.js';
import type { PipelineDefinition } from './stage.js';

export function defaultPipeline(): PipelineDefinition {
  return { extractors: [htmlExtractor, textExtractor], stages: [sentencesStage, entitiesStage, timesStage, valuesStage, quotesStage, eventsStage] };
}
