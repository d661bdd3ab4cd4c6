import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentContext, isHeadline, sentenceFeatures } from './features.js';
import { loadModel } from './model.js';
import { addEmissions, T } from './perceptron.js';
import { EmissionScorer } from './emission-scorer.js';

const DOCUMENT = [
  ['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN', ',', 'CHINA', 'IN', 'SURPRISE', 'DEFEAT', '.'],
  ['Nadim', 'Ladki', 'said', 'the', 'European', 'Union', 'would', 'meet', 'in', 'Brussels', 'on', '1996-08-22', '.'],
  ['The', 'union', 'said', 'Ladki', 'and', 'McDonald', "'s", 'of', 'New', 'York', 'agreed', '.'],
  ['Apple', 'fell', ';', 'an', 'apple', 'fell', 'too', ',', 'said', 'Reuters', '.'],
  ['Reuters', 'reported', 'from', 'Brussels', 'that', 'the', 'European', 'Commission', 'and', 'Germany', 'met', 'Ladki', 'in', 'Bonn', 'on', 'Monday', 'with', 'Japan', 'and', 'China', '.'],
];

test('cached emission sums equal the sums over the feature strings used in training', () => {
  const model = loadModel();
  const scorer = new EmissionScorer({ featureIndex: model.featureIndex, emission: model.weights.emission, width: T, gazetteer: model.gazetteer, clusters: model.clusters });
  const doc = documentContext(DOCUMENT);
  for (let pass = 0; pass < 2; pass++) {
    const scored = scorer.document(DOCUMENT);
    for (const [k, words] of DOCUMENT.entries()) {
      assert.equal(scored.headline[k], isHeadline(words));
      const fast = scored.emissions.subarray(scored.starts[k] * T, scored.starts[k + 1] * T);
      const slow = new Float64Array(words.length * T);
      sentenceFeatures(words, model, doc).forEach((features, i) => {
        const ids = features.map((f) => model.featureIndex.get(f) ?? -1);
        addEmissions(model.weights, ids, slow, i * T);
      });
      for (let k = 0; k < slow.length; k++) assert.ok(Math.abs(fast[k] - slow[k]) < 1e-6, `${words.join(' ')}: score ${k} ${fast[k]} vs ${slow[k]}`);
    }
  }
});
