import type { TurnContext } from 'botbuilder';
import type { Choice, PromptOptions } from 'botbuilder-dialogs';
import { AnswerIdSchema, type AnswerId, type FlowWording, type Question } from '../../src/knowledge/flowsSchema';
import { fillSlots } from '../../src/knowledge/refs';
import type { Button } from '../../src/render/replies';
import { replyContextOf } from '../../src/routing/replyContext';
import type { DialogServices } from '../services';
import { recogniseAnswer } from './recognise';

/** One question to put to the person: its wording, the answers it takes, and the ones shown as buttons. */
export interface Ask {
  question: Question;
  answers: readonly AnswerId[];
  /** Buttons shown, when only some of the answers should be (default: all of them). */
  buttons?: readonly AnswerId[];
  slots?: Readonly<Record<string, string | number>>;
  /** Adds "You can choose a button, or type Yes, No or I'm not sure." to the re-prompt (default true). */
  hint?: boolean;
}

/** The answer id a step received: from a prompt (a FoundChoice) or passed on as already known. */
export function answerOf(result: unknown): AnswerId {
  const value = typeof result === 'object' && result !== null && 'value' in result ? result.value : result;
  return AnswerIdSchema.parse(value);
}

/** The answers as a prompt recognises them: label, shared synonyms, and the question's own words. */
export function answerChoices(flows: FlowWording, answers: readonly AnswerId[], question?: Question): Choice[] {
  return answers.map((id) => ({
    value: id,
    synonyms: [flows.answers[id].label, ...flows.answers[id].synonyms, ...(question?.synonyms?.[id] ?? [])],
  }));
}

/** Builds the prompt options for a question: the reply, the clearer re-prompt, and what is recognised. */
export class QuestionBuilder {
  constructor(private readonly services: DialogServices) {}

  /** What the prompt recognises for these answers. */
  choices(answers: readonly AnswerId[], question?: Question): Choice[] {
    return answerChoices(this.services.flows, answers, question);
  }

  /** Buttons that send their own label, so pressing one and typing it are the same. */
  buttons(answers: readonly AnswerId[]): Button[] {
    return answers.map((id) => {
      const { label } = this.services.flows.answers[id];
      return { label, value: label };
    });
  }

  /** The prompt's reply (shaped for the channel by the ReplyFactory), its clearer re-prompt, and its choices. */
  options(ask: Ask, context: TurnContext): PromptOptions {
    const { replies, text, flows } = this.services;
    const ctx = replyContextOf(context, this.services.clock);
    const shown = ask.buttons ?? ask.answers;
    const buttons = this.buttons(shown);
    const retryBody = [text.renderAll(ask.question.retry, ask.slots)];
    if (ask.hint !== false) {
      const options = this.list(shown.map((id) => flows.answers[id].label));
      retryBody.push(text.renderAll(flows.common.retryHint, { options }));
    }
    return {
      prompt: replies.say(ask.question.prompt, ctx, { buttons, expectingInput: true, slots: ask.slots }),
      retryPrompt: replies.compose({ body: retryBody, buttons, expectingInput: true }, ctx),
      choices: this.choices(ask.answers, ask.question),
    };
  }

  /** The answer a message gives to a question by the shared words alone (for answers given early). */
  answerIn(text: string, answers: readonly AnswerId[]): AnswerId | undefined {
    const found = recogniseAnswer(text, this.choices(answers));
    return found ? answerOf(found) : undefined;
  }

  /** "Yes, No or I'm not sure". */
  private list(labels: readonly string[]): string {
    if (labels.length < 2) return labels.join('');
    const or = this.services.flows.common.or;
    return fillSlots('{{head}} {{or}} {{last}}', { head: labels.slice(0, -1).join(', '), or, last: labels[labels.length - 1] });
  }
}
