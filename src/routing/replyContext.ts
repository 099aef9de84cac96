import type { TurnContext } from 'botbuilder';
import type { Clock } from '../clock';
import type { ReplyContext } from '../render/replies';

/** The channel, moment and the person's own time zone (Web Chat sends `localTimezone`) for a turn. */
export function replyContextOf(context: TurnContext, clock: Clock): ReplyContext {
  const zone = context.activity.localTimezone;
  return {
    channelId: context.activity.channelId,
    now: clock.now(),
    userZone: typeof zone === 'string' && zone.length > 0 ? zone : undefined,
  };
}
