import type { CloudAdapter } from 'botbuilder';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../logging/logger';
import type { RouteModule } from '../server';
import { InProcessBot, type TurnLogic } from './botBridge';
import { ConversationStore } from './conversations';
import { AzureTokenSource, pageTokenRoute, SelfHostedTokenSource } from './pageToken';
import { RateLimiter } from './rateLimiter';
import { DIRECT_LINE_PATH, directLineRoutes } from './routes';
import { DirectLineService } from './service';
import { TokenIssuer } from './tokens';

export { DIRECT_LINE_PATH } from './routes';
export { PAGE_TOKEN_PATH } from './pageToken';

/** What the Direct Line needs from the rest of the service. */
export interface DirectLineDeps {
  /** A CloudAdapter with authentication disabled (no app id), used only for in-process turns. */
  inProcessAdapter: CloudAdapter;
  /** The bot's turn handler. */
  logic: TurnLogic;
  clock: Clock;
  logger: Logger;
  /** For the Azure token exchange; tests pass a fake. */
  fetchImpl?: typeof fetch;
}

/** The Direct Line base URL the page's Web Chat talks to: Azure's, or the path of our own. */
export function directLineDomain(config: Config['directLine']): string {
  return config.secret ? config.endpoint : DIRECT_LINE_PATH;
}

/**
 * The web chat's Direct Line routes, assembled from the configuration. With DIRECT_LINE_SECRET the
 * page gets Azure tokens from /api/directline/token and the built-in endpoint is not mounted;
 * otherwise /v3/directline is served here and /api/directline/token mints its tokens.
 */
export function createDirectLineModules(config: Config['directLine'], deps: DirectLineDeps): RouteModule[] {
  const tokenLimiter = new RateLimiter(config.tokensPerMinute, deps.clock);
  if (config.secret) {
    const azure = new AzureTokenSource(config.secret, config.endpoint, deps.fetchImpl);
    return [pageTokenRoute(azure, tokenLimiter, deps.logger)];
  }
  const service = new DirectLineService(
    new TokenIssuer(TokenIssuer.keyFrom(config.tokenSecret), config.tokenLifetimeSeconds, deps.clock),
    new ConversationStore(deps.clock),
    new InProcessBot(deps.inProcessAdapter, deps.logic),
    new RateLimiter(config.messagesPerMinute, deps.clock),
    config.maxMessageBytes,
    deps.clock,
  );
  return [
    directLineRoutes(service, tokenLimiter, deps.logger),
    pageTokenRoute(new SelfHostedTokenSource(service), tokenLimiter, deps.logger),
  ];
}
