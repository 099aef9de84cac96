import restify, { type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from './logging/logger';

/** Adds routes to the server: the web page, Direct Line, metrics… each module owns its paths. */
export type RouteModule = (server: Server) => void;

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  /** True when an app id is configured, so every request must carry a token. */
  requireToken: boolean;
  /** True once the bot can take turns. */
  isReady: () => boolean;
  modules?: readonly RouteModule[];
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

/**
 * The HTTP surface: POST /api/messages (the Bot Framework protocol), GET /healthz, and whatever the
 * route modules add.
 */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'va-records-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: deps.maxBodyBytes ?? 512 * 1024 }));

  server.post('/api/messages', async (req, res) => {
    // The adapter would refuse these too, but only after printing a stack trace to the console.
    if (deps.requireToken && !req.header('authorization')) {
      res.send(401, { error: 'This bot requires a Bot Framework token (Authorization header).' });
      return;
    }
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

  server.get('/healthz', (_req, res, next) => {
    const ready = deps.isReady();
    res.send(ready ? 200 : 503, { status: ready ? 'ok' : 'starting' });
    return next();
  });

  for (const add of deps.modules ?? []) add(server);

  server.on('restifyError', (req, _res, err: Error, callback: () => void) => {
    deps.logger.warn({ method: req.method, path: req.path(), error: err.message }, 'request refused');
    callback();
  });
  return server;
}
