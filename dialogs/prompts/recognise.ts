import { recognizeChoices, type Choice, type FoundChoice, type ModelResult } from 'botbuilder-dialogs';
import { answerTokenizer, isTypoOf, wordsOf } from './tokens';

/** Longer messages are questions or statements, not answers with a typo in them. */
const MAX_TYPO_WORDS = 6;

/** Of several answers found in one message, the one that covers most of it ("i am not sure" over "i am"). */
function best(results: ModelResult<FoundChoice>[]): FoundChoice | undefined {
  const ranked = [...results].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  return ranked[0]?.resolution;
}

function phrasesOf(choice: Choice): string[] {
  return [choice.value, ...(choice.synonyms ?? [])];
}

/** How many words of `phrase` appear, typos allowed, in `words` (0 unless all of them do). */
function typoScore(phrase: readonly string[], words: readonly string[]): number {
  const used = new Set<number>();
  for (const expected of phrase) {
    const at = words.findIndex((w, i) => !used.has(i) && isTypoOf(w, expected));
    if (at < 0) return 0;
    used.add(at);
  }
  return phrase.length;
}

/** The answer a short message gives with a typo in it ("by mial", "premum", "yse"), if exactly one fits best. */
function typoTolerant(text: string, choices: readonly Choice[]): FoundChoice | undefined {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_TYPO_WORDS) return undefined;
  let top: { choice: Choice; index: number; score: number } | undefined;
  let tie = false;
  choices.forEach((choice, index) => {
    const score = Math.max(...phrasesOf(choice).map((p) => typoScore(wordsOf(p), words)));
    if (score === 0) return;
    if (!top || score > top.score) {
      top = { choice, index, score };
      tie = false;
    } else if (score === top.score) tie = true;
  });
  if (!top || tie) return undefined;
  return { value: top.choice.value, index: top.index, score: 0.5 };
}

/**
 * Finds which of `choices` a message answers: botbuilder's choice recognizer first (every word of a
 * label or synonym, in order), then a typo-tolerant pass for short messages. Numbers and ordinals are
 * not read as picks, since the buttons are not numbered.
 */
export function recogniseAnswer(text: string, choices: readonly Choice[]): FoundChoice | undefined {
  if (text.trim() === '') return undefined;
  const found = recognizeChoices(text, [...choices], {
    tokenizer: answerTokenizer,
    recognizeNumbers: false,
    recognizeOrdinals: false,
  });
  return best(found) ?? typoTolerant(text, choices);
}
