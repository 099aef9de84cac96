import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logging/logger';

/**
 * The Bot Framework CloudAdapter. With no MicrosoftAppId it accepts activities without a token, as the
 * Emulator sends them; with one, requests without a valid token are refused with 401.
 */
export function createAdapter(
  bot: Config['bot'],
  logger: Logger,
  onError: (context: TurnContext, error: Error) => Promise<void>,
): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: { name: error.name, message: error.message, stack: error.stack } }, 'turn failed');
    await onError(context, error);
  };
  return adapter;
}
