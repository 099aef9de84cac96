import { Channels } from 'botbuilder';
import { supportsSuggestedActions } from 'botbuilder-dialogs';

/** What a channel can show. The agent-assist pane and tests use their own channel ids. */
export interface ChannelTraits {
  /** Renders Adaptive Cards. */
  cards: boolean;
  /** Shows suggested-action buttons under a message. */
  suggestedActions: boolean;
  /** Renders markdown links and bold text in message text. */
  markdown: boolean;
}

const RICH: ChannelTraits = { cards: true, suggestedActions: true, markdown: true };

const KNOWN: Readonly<Record<string, ChannelTraits>> = {
  [Channels.Webchat]: RICH,
  [Channels.Directline]: RICH,
  [Channels.Emulator]: RICH,
  // Teams shows buttons on cards rather than as suggested actions in every scope.
  [Channels.Msteams]: { cards: true, suggestedActions: false, markdown: true },
  // botbuilder-testing's channel: text with markdown and pressable suggested actions, no cards.
  [Channels.Test]: { cards: false, suggestedActions: true, markdown: true },
};

/** Traits for a channel id; unknown channels get plain text and whatever buttons they support. */
export function traitsOf(channelId: string): ChannelTraits {
  return KNOWN[channelId] ?? { cards: false, suggestedActions: supportsSuggestedActions(channelId), markdown: false };
}
