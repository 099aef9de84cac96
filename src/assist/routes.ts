import type { Request, Response } from 'restify';
import type { RouteModule } from '../server';
import type { AgentAssist } from './assistant';

/** Longest question the pane may send; a caller's question is a sentence or two. */
const MAX_QUESTION_CHARS = 2000;

function bearer(req: Request): string | undefined {
  const header = req.header('authorization');
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

/**
 * POST /api/assist {"text": "...", "timeZone": "America/Denver"} for the call-center agent-assist pane.
 * When an API key is configured the pane must send it as a bearer token.
 */
export function assistRoutes(assist: AgentAssist, apiKey: string | undefined): RouteModule {
  return (server) => {
    server.post('/api/assist', (req: Request, res: Response, next) => {
      if (apiKey !== undefined && bearer(req) !== apiKey) {
        res.send(401, { error: 'A valid API key is required (Authorization: Bearer <key>).' });
        return next(false);
      }
      const body: unknown = req.body;
      const text = typeof body === 'object' && body !== null && 'text' in body ? body.text : undefined;
      const zone = typeof body === 'object' && body !== null && 'timeZone' in body ? body.timeZone : undefined;
      if (typeof text !== 'string' || text.trim() === '') {
        res.send(400, { error: 'Send JSON with a non-empty "text" string.' });
        return next(false);
      }
      if (text.length > MAX_QUESTION_CHARS) {
        res.send(413, { error: `"text" is longer than ${MAX_QUESTION_CHARS} characters.` });
        return next(false);
      }
      res.send(200, assist.lookup(text, typeof zone === 'string' ? zone : undefined));
      return next();
    });
  };
}
