import type { Topic } from './knowledge/types';

/** What the bot remembers about a conversation between turns (kept in ConversationState). */
export interface ConversationData {
  /** The welcome has been shown, so joining twice (conversationUpdate and webchat/join) greets once. */
  welcomed?: boolean;
  /** The topic of the last answer or flow, so "talk to a person" gives the right lines. */
  topic?: Topic;
  /** The intent last answered, for "Was this helpful?" and the miss log. */
  lastIntentId?: string;
  /** The last question answered or offered choices for, identifiers already redacted (for the miss log). */
  lastQuestion?: string;
  /** The last reply asked "Was this helpful?", so a typed "yes" or "nope" answers it. */
  feedbackPending?: boolean;
}

export const CONVERSATION_DATA = 'conversationData';
export const DIALOG_STATE = 'dialogState';
