import type { Server } from 'restify';
import type { Logger } from '../logging/logger';
import type { RouteModule } from '../server';
import { bearerOf, bodyBytes, clientAddress, guarded, sendJson } from './http';
import type { RateLimiter } from './rateLimiter';
import { DirectLineError, type DirectLineService } from './service';

/** Where the self-hosted Direct Line lives; Web Chat is given this as its `domain`. */
export const DIRECT_LINE_PATH = '/v3/directline';

function queryText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The self-hosted Direct Line v3 endpoints (the subset Web Chat and botframework-directlinejs use
 * when polling): tokens, conversations, activities. Uploads and WebSocket streams are not offered.
 */
export function directLineRoutes(service: DirectLineService, tokenLimiter: RateLimiter, logger: Logger): RouteModule {
  return (server: Server) => {
    const base = DIRECT_LINE_PATH;
    server.post(
      `${base}/tokens/generate`,
      guarded(logger, (req, res) => {
        const decision = tokenLimiter.take(clientAddress(req));
        if (!decision.allowed) throw new DirectLineError(429, 'TooManyRequests', 'Too many tokens requested.', decision.retryAfterSeconds);
        sendJson(res, 200, service.generateToken());
      }),
    );
    server.post(
      `${base}/tokens/refresh`,
      guarded(logger, (req, res) => sendJson(res, 200, service.refreshToken(bearerOf(req)))),
    );
    server.post(
      `${base}/conversations`,
      guarded(logger, async (req, res) => {
        const { created, conversation } = await service.startConversation(bearerOf(req));
        sendJson(res, created ? 201 : 200, conversation);
      }),
    );
    server.get(
      `${base}/conversations/:conversationId`,
      guarded(logger, (req, res) => sendJson(res, 200, service.reconnect(bearerOf(req), String(req.params.conversationId)))),
    );
    server.get(
      `${base}/conversations/:conversationId/activities`,
      guarded(logger, (req, res) => {
        const watermark = queryText((req.query as Record<string, unknown> | undefined)?.watermark);
        sendJson(res, 200, service.activities(bearerOf(req), String(req.params.conversationId), watermark));
      }),
    );
    server.post(
      `${base}/conversations/:conversationId/activities`,
      guarded(logger, async (req, res) => {
        const id = String(req.params.conversationId);
        sendJson(res, 200, await service.postActivity(bearerOf(req), id, req.body, bodyBytes(req)));
      }),
    );
  };
}
