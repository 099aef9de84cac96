import { loadKnowledge } from '../../src/knowledge/load';
import { KnowledgeMatcher } from '../../src/matcher/knowledgeMatcher';
import { normaliseText } from '../../src/matcher/normalise';
import { TUNED_THRESHOLDS } from '../../src/matcher/thresholds';
import { loadSplit, separateLeaked } from './dataset';
import { classify, summarise } from './metrics';

/**
 * The NLU gate on the held-out split, which is never used for training or tuning.
 *   Top-1 in-scope accuracy: the first intent of the ranked list is the labelled one, whatever its
 *   band (a "Did you mean…?" with the right intent first counts as right for ranking).
 *   Out-of-scope recall: an out-of-scope message counts as caught only when decide() falls back.
 * Messages that are also training text (verbatim, after normalising) are left out of the figures,
 * since they test memory rather than understanding, and reported by the first test.
 * The band figures (answered / suggested / fallen back) are reported by `npm run eval`.
 */
const knowledge = loadKnowledge('knowledge');
const trainingTexts = [...knowledge.intents.values()]
  .flatMap((i) => [i.title, i.question ?? '', ...i.examples])
  .concat(knowledge.lexicon.outOfScope ?? []);
const { leaked, unseen } = separateLeaked(loadSplit('heldout'), trainingTexts, normaliseText);

describe('NLU gate (tests/nlu/heldout.yaml)', () => {
  const summary = summarise(classify(KnowledgeMatcher.fromKnowledge(knowledge), unseen, TUNED_THRESHOLDS));

  it('shares no message with the training data', () => {
    expect(leaked.map((e) => e.text)).toEqual([]);
  });

  it('ranks the right intent first for at least 95% of in-scope messages', () => {
    expect(summary.top1Accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('falls back on at least 90% of out-of-scope messages', () => {
    expect(summary.oosRecall).toBeGreaterThanOrEqual(0.9);
  });
});
