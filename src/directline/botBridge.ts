import { DeliveryModes, type Activity, type CloudAdapter, type TurnContext } from 'botbuilder';

/** Something that takes one activity from a Direct Line client and returns the bot's replies. */
export interface BotConnection {
  deliver(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
}

/** The turn handler the bridge runs (the bot's `run`). */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * Runs the bot in-process for the self-hosted Direct Line, with no network in between.
 *
 * Why this design: a Bot Connector reply normally goes out over HTTP to the activity's serviceUrl,
 * and with a MicrosoftAppId configured every such call first asks Azure AD for a token, which a
 * machine with no internet cannot get. So the activity is handed to a CloudAdapter of its own that
 * has no app id (authentication disabled: the Direct Line token already proved who is asking), via
 * `processActivityDirect`, with `deliveryMode: 'expectReplies'`. The SDK then buffers every reply on
 * the turn context instead of sending it, and the bridge returns them. This works the same whether
 * or not the public /api/messages endpoint has an app id. The serviceUrl is a reserved `.invalid`
 * address, so anything that did try to call out (a proactive message) would fail at once rather than
 * leave the machine.
 */
export class InProcessBot implements BotConnection {
  /** The serviceUrl written on activities; it never resolves. */
  static readonly SERVICE_URL = 'https://directline.invalid/';

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly logic: TurnLogic,
  ) {}

  async deliver(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    let replies: Partial<Activity>[] = [];
    const inbound = { ...activity, serviceUrl: InProcessBot.SERVICE_URL, deliveryMode: DeliveryModes.ExpectReplies } as Activity;
    // An empty authorization header is accepted because this adapter has authentication disabled.
    await this.adapter.processActivityDirect('', inbound, async (context: TurnContext) => {
      // The context is revoked when the turn ends, so keep its buffer (onTurnError's apology lands there too).
      replies = context.bufferedReplyActivities;
      await this.logic(context);
    });
    return replies.filter((a) => a.type !== 'trace');
  }
}
