import { z } from 'zod';
import { completeRecord, IdSchema, TopicSchema } from './schema';

/** The bot's own sentences (knowledge/messages.yaml): everything it says that is not an answer. */

const Text = z.string().min(1);

export const MessagesSchema = z.strictObject({
  welcome: z.strictObject({
    /** Two sentences: what the bot helps with, and how to ask. */
    text: Text,
    speak: Text,
    /** Intent ids offered as the main topic buttons. */
    topics: z.array(IdSchema).min(2),
  }),
  fallback: z.strictObject({
    text: Text,
    contacts: z.array(IdSchema).min(1),
  }),
  didYouMean: z.strictObject({
    prompt: Text,
    noneOfThese: Text,
  }),
  noneOfTheseReply: Text,
  feedback: z.strictObject({
    prompt: Text,
    /** The buttons' words, which are also what pressing them sends. */
    yes: Text,
    no: Text,
    thanks: Text,
    sorry: Text,
  }),
  handoff: z.strictObject({
    intro: Text,
    byTopic: completeRecord(TopicSchema, z.array(IdSchema).min(1)),
  }),
  contactCard: z.strictObject({
    call: Text,
    callTty: Text,
    sendText: Text,
    website: Text,
    phoneLabel: Text,
    ttyLabel: Text,
    textLabel: Text,
    hoursLabel: Text,
    alwaysOpen: Text,
    thenStep: Text,
  }),
  hours: z.strictObject({
    through: Text,
    and: Text,
    to: Text,
    am: Text,
    pm: Text,
    days: z.strictObject({
      mon: Text,
      tue: Text,
      wed: Text,
      thu: Text,
      fri: Text,
      sat: Text,
      sun: Text,
    }),
    openNow: Text,
    openNowLocal: Text,
    closedNow: Text,
    closedNowLocal: Text,
    today: Text,
    tomorrow: Text,
  }),
  answerCard: z.strictObject({
    relatedLabel: Text,
    stepWord: Text,
  }),
  errors: z.strictObject({
    turnFailed: Text,
    emptyMessage: Text,
    unsupportedActivity: Text,
  }),
});

export type Messages = z.infer<typeof MessagesSchema>;
