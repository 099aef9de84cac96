import { OUT_OF_SCOPE, type LabelledText } from '../../src/matcher/training';
import { decide, type Matcher, type Thresholds } from '../../src/matcher/types';

/** What happened to one labelled message. */
export interface Outcome {
  text: string;
  expected: string;
  /** Top-1 of the ranked list, or out_of_scope when the list is empty. */
  top: string;
  confidence: number;
  band: 'answer' | 'suggest' | 'fallback';
  /** The label the bot acted on: the top intent, or out_of_scope when it fell back. */
  predicted: string;
  /** Whether the expected intent was among the suggestions offered. */
  suggestedRight: boolean;
}

/** Runs a matcher over labelled messages and applies the bands. */
export function classify(matcher: Matcher, examples: readonly LabelledText[], t: Thresholds): Outcome[] {
  return examples.map(({ text, intentId }) => {
    const matches = matcher.match(text);
    const decision = decide(matches, t);
    const top = matches[0]?.intentId ?? OUT_OF_SCOPE;
    const suggested = decision.kind === 'suggest' ? decision.matches.map((m) => m.intentId) : [];
    return {
      text,
      expected: intentId,
      top,
      confidence: matches[0]?.confidence ?? 0,
      band: decision.kind,
      predicted: decision.kind === 'fallback' ? OUT_OF_SCOPE : top,
      suggestedRight: suggested.includes(intentId),
    };
  });
}

/** Precision and recall of one label. */
export interface LabelScore {
  label: string;
  support: number;
  precision: number;
  recall: number;
}

/** The figures `npm run eval` prints and the gate asserts. */
export interface Summary {
  inScope: number;
  outOfScope: number;
  /** In-scope messages whose top-1 ranked intent is right, whatever its band. */
  top1Accuracy: number;
  /** In-scope messages by band: answered right, answered wrong, suggested, fallen back. */
  answeredRight: number;
  answeredWrong: number;
  suggested: number;
  suggestedWithRight: number;
  fellBack: number;
  /** Out-of-scope messages that got the fallback (recall), and fallbacks that were out of scope (precision). */
  oosRecall: number;
  oosPrecision: number;
  /** Out-of-scope messages answered outright: confident wrong answers. */
  oosAnswered: number;
  labels: LabelScore[];
  confusions: Array<{ expected: string; predicted: string; count: number }>;
  misses: Outcome[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Sums outcomes up into the report's figures. */
export function summarise(outcomes: readonly Outcome[]): Summary {
  const inScope = outcomes.filter((o) => o.expected !== OUT_OF_SCOPE);
  const oos = outcomes.filter((o) => o.expected === OUT_OF_SCOPE);
  const fallbacks = outcomes.filter((o) => o.band === 'fallback');
  const labels = [...new Set(outcomes.flatMap((o) => [o.expected, o.predicted]))].sort().map((label) => {
    const tp = outcomes.filter((o) => o.expected === label && o.predicted === label).length;
    const predicted = outcomes.filter((o) => o.predicted === label).length;
    const support = outcomes.filter((o) => o.expected === label).length;
    return { label, support, precision: ratio(tp, predicted), recall: ratio(tp, support) };
  });
  const pairs = new Map<string, number>();
  for (const o of outcomes) {
    if (o.predicted !== o.expected) pairs.set(`${o.expected}\t${o.predicted}`, (pairs.get(`${o.expected}\t${o.predicted}`) ?? 0) + 1);
  }
  const confusions = [...pairs]
    .map(([key, count]) => {
      const [expected, predicted] = key.split('\t');
      return { expected, predicted, count };
    })
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected));
  const answered = inScope.filter((o) => o.band === 'answer');
  return {
    inScope: inScope.length,
    outOfScope: oos.length,
    top1Accuracy: ratio(inScope.filter((o) => o.top === o.expected).length, inScope.length),
    answeredRight: answered.filter((o) => o.top === o.expected).length,
    answeredWrong: answered.filter((o) => o.top !== o.expected).length,
    suggested: inScope.filter((o) => o.band === 'suggest').length,
    suggestedWithRight: inScope.filter((o) => o.band === 'suggest' && o.suggestedRight).length,
    fellBack: inScope.filter((o) => o.band === 'fallback').length,
    oosRecall: ratio(oos.filter((o) => o.band === 'fallback').length, oos.length),
    oosPrecision: ratio(fallbacks.filter((o) => o.expected === OUT_OF_SCOPE).length, fallbacks.length),
    oosAnswered: oos.filter((o) => o.band === 'answer').length,
    labels,
    confusions,
    misses: outcomes.filter((o) => o.predicted !== o.expected),
  };
}
