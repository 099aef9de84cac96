import type { TurnContext } from 'botbuilder';
import {
  ChoicePrompt,
  ListStyle,
  type Choice,
  type FoundChoice,
  type PromptOptions,
  type PromptRecognizerResult,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import { recogniseAnswer } from './recognise';

/** The one prompt every flow asks its questions with. */
export const ANSWER_PROMPT = 'flow.answer';

/** Misses allowed: two clearer re-prompts, then the flow ends kindly on the third. */
export const MAX_MISSES = 3;

const GAVE_UP_VALUE = 'flow.gave_up';

/** What the prompt ends with on the third miss; the flow's next step then ends the flow. */
export const GAVE_UP: FoundChoice = { value: GAVE_UP_VALUE, index: -1, score: 0 };

export function isGaveUp(result: unknown): boolean {
  return typeof result === 'object' && result !== null && 'value' in result && result.value === GAVE_UP_VALUE;
}

/** Counts misses: the prompt re-asks (with its clearer retry) twice, then gives up. */
async function countMisses(context: PromptValidatorContext<FoundChoice>): Promise<boolean> {
  if (context.recognized.succeeded) return true;
  if (context.attemptCount < MAX_MISSES) return false;
  context.recognized.value = GAVE_UP;
  return true;
}

/** The prompt options a dialog stored for a prompt, read back from its dialog state. */
export function promptOptionsOf(state: unknown): PromptOptions | undefined {
  if (typeof state !== 'object' || state === null || !('options' in state)) return undefined;
  const { options } = state;
  return typeof options === 'object' && options !== null ? (options as PromptOptions) : undefined;
}

function choicesOf(options: PromptOptions): Choice[] {
  return (options.choices ?? []).filter((c): c is Choice => typeof c === 'object');
}

/**
 * A ChoicePrompt that sends the flow's own reply (buttons already shaped for the channel by the
 * ReplyFactory, so the list style is "none"), understands synonyms and typos, and counts misses.
 */
export class AnswerPrompt extends ChoicePrompt {
  constructor(dialogId = ANSWER_PROMPT) {
    super(dialogId, countMisses);
    this.style = ListStyle.none;
  }

  /** The answer `text` gives to a prompt asked with `options`, if it gives one. */
  answerFor(text: string, options: PromptOptions): FoundChoice | undefined {
    return recogniseAnswer(text, choicesOf(options));
  }

  protected override async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<FoundChoice>> {
    const found = this.answerFor(context.activity.text ?? '', options);
    return found ? { succeeded: true, value: found } : { succeeded: false };
  }
}
