import type { Intent, Lexicon } from '../knowledge/types';
import { answerPassages, type PageFacts } from './passages';

/** The label extra examples use for messages the bot must not answer. */
export const OUT_OF_SCOPE = 'out_of_scope';

/** A labelled message: training data for cross-validation, or a test case. */
export interface LabelledText {
  text: string;
  /** An intent id, or {@link OUT_OF_SCOPE}. */
  intentId: string;
}

/** Where a training text came from; only phrasings (not answer passages) train the calibrator. */
export type TextSource = 'phrasing' | 'passage';

/** One training text for one class, before analysis. */
export interface TrainingText {
  text: string;
  classIndex: number;
  source: TextSource;
}

/** The training corpus: class labels (in-scope intents, then out of scope last) and their texts. */
export interface Corpus {
  labels: string[];
  outOfScopeIndex: number;
  /** Each class's topic as a number; out of scope is a topic of its own. */
  topics: number[];
  texts: TrainingText[];
}

/**
 * The names of the forms an intent's answer hands out (the form number, "Stop Sharing form"), read
 * from the knowledge, so someone who asks for a form by its number or name finds the answer that has it.
 */
function formNames(intent: Intent, facts: PageFacts | undefined): string[] {
  if (!facts || intent.kind !== 'faq') return [];
  const ids = new Set([...JSON.stringify(intent.answer ?? []).matchAll(/\{form(?:Link)?:([a-z_]+)\}/g)].map((m) => m[1]));
  return [...ids].flatMap((id) => {
    const form = facts.forms.get(id);
    return form ? [form.number, ...(form.alsoCalled ? [form.alsoCalled] : [])] : [];
  });
}

/**
 * Gathers training text: each intent's title, question and example phrasings; its answer passages;
 * the lexicon's out-of-scope examples; and any extra labelled examples (for cross-validation).
 */
export function buildCorpus(
  intents: readonly Intent[],
  lexicon: Lexicon,
  extra: readonly LabelledText[] = [],
  facts?: PageFacts,
): Corpus {
  const labels = intents.map((i) => i.id);
  const outOfScopeIndex = labels.length;
  const classOf = new Map(labels.map((id, i) => [id, i]));
  classOf.set(OUT_OF_SCOPE, outOfScopeIndex);
  const texts: TrainingText[] = [];
  intents.forEach((intent, classIndex) => {
    const phrasings = [intent.title, intent.question ?? '', ...intent.examples, ...formNames(intent, facts)].filter(Boolean);
    phrasings.forEach((text) => texts.push({ text, classIndex, source: 'phrasing' }));
    answerPassages(intent, facts).forEach((text) => texts.push({ text, classIndex, source: 'passage' }));
  });
  (lexicon.outOfScope ?? []).forEach((text) =>
    texts.push({ text, classIndex: outOfScopeIndex, source: 'phrasing' }),
  );
  for (const { text, intentId } of extra) {
    const classIndex = classOf.get(intentId);
    if (classIndex === undefined) throw new Error(`extra example "${text}" names unknown intent "${intentId}"`);
    texts.push({ text, classIndex, source: 'phrasing' });
  }
  const topicNames = [...new Set(intents.map((i) => i.topic))];
  const topics = [...intents.map((i) => topicNames.indexOf(i.topic)), topicNames.length];
  return { labels: [...labels, OUT_OF_SCOPE], outOfScopeIndex, topics, texts };
}
