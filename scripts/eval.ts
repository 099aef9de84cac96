/**
 * `npm run eval`: the project's `rasa test nlu`. Reports the matcher on the held-out split (trained on
 * the knowledge only) and by k-fold cross-validation over dev + held-out (each fold trained on the
 * knowledge plus the other folds): top-1 accuracy, out-of-scope precision and recall, how in-scope
 * messages fall into the answer / suggest / fallback bands, per-intent precision and recall, the most
 * confused pairs and every miss. Messages that are verbatim training text are counted and also
 * reported apart, since they test memory rather than understanding.
 *   --json  machine-readable figures instead of the report
 *   --dev   the dev split only (for tuning: held-out results stay unseen)
 *   --tune  sweep the answer/suggest thresholds on the dev split (unseen messages) and print the best
 */
import path from 'node:path';
import { loadKnowledge } from '../src/knowledge/load';
import type { Knowledge } from '../src/knowledge/types';
import { KnowledgeMatcher } from '../src/matcher/knowledgeMatcher';
import { normaliseText } from '../src/matcher/normalise';
import { TUNED_THRESHOLDS } from '../src/matcher/thresholds';
import type { LabelledText } from '../src/matcher/training';
import type { Thresholds } from '../src/matcher/types';
import { kFolds, loadSplit, separateLeaked } from '../tests/nlu/dataset';
import { classify, summarise, type Outcome, type Summary } from '../tests/nlu/metrics';
import { formatSummary } from '../tests/nlu/report';
import { sweepThresholds } from '../tests/nlu/tune';

const K = 5;

function trainingTexts(knowledge: Knowledge): string[] {
  return [...knowledge.intents.values()]
    .flatMap((i) => [i.title, i.question ?? '', ...i.examples])
    .concat(knowledge.lexicon.outOfScope ?? []);
}

/** The split scored by a matcher trained on the knowledge only: all of it, and its unseen part. */
function splitSections(knowledge: Knowledge, name: string, examples: LabelledText[], t: Thresholds): Array<[string, Summary]> {
  const matcher = KnowledgeMatcher.fromKnowledge(knowledge);
  const { leaked, unseen } = separateLeaked(examples, trainingTexts(knowledge), normaliseText);
  return [
    [`${name} split (train = knowledge examples only)`, summarise(classify(matcher, examples, t))],
    [
      `${name} split, unseen messages only (${leaked.length} verbatim copies of training text left out)`,
      summarise(classify(matcher, unseen, t)),
    ],
  ];
}

function crossValidate(knowledge: Knowledge, examples: readonly LabelledText[], t: Thresholds): Summary {
  const folds = kFolds(examples, K);
  const outcomes: Outcome[] = folds.flatMap((test, i) => {
    const extraExamples = folds.filter((_, j) => j !== i).flat();
    return classify(KnowledgeMatcher.fromKnowledge(knowledge, { extraExamples }), test, t);
  });
  return summarise(outcomes);
}

function tune(knowledge: Knowledge, t: Thresholds): void {
  const { unseen } = separateLeaked(loadSplit('dev'), trainingTexts(knowledge), normaliseText);
  const points = sweepThresholds(KnowledgeMatcher.fromKnowledge(knowledge), unseen, t.maxSuggestions);
  process.stdout.write('best thresholds on the unseen dev messages (out-of-scope recall >= 92%):\n');
  for (const p of points.slice(0, 10)) process.stdout.write(`  ${JSON.stringify(p)}\n`);
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const knowledge = loadKnowledge(path.join(__dirname, '..', 'knowledge'));
  const t = TUNED_THRESHOLDS;
  if (args.has('--tune')) return tune(knowledge, t);
  const sections: Array<[string, Summary]> = [];
  if (args.has('--dev')) {
    sections.push(...splitSections(knowledge, 'dev', loadSplit('dev'), t));
  } else {
    const dev = loadSplit('dev');
    const heldout = loadSplit('heldout');
    sections.push(...splitSections(knowledge, 'held-out', heldout, t));
    sections.push([`${K}-fold cross-validation over dev + held-out`, crossValidate(knowledge, [...dev, ...heldout], t)]);
  }
  if (args.has('--json')) {
    process.stdout.write(`${JSON.stringify({ thresholds: t, sections: Object.fromEntries(sections) }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`thresholds: answer >= ${t.answer}, suggest >= ${t.suggest}\n\n`);
  for (const [title, summary] of sections) process.stdout.write(formatSummary(title, summary));
}

main();
