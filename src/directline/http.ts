import type { Request, Response } from 'restify';
import type { Logger } from '../logging/logger';
import { DirectLineError } from './service';

/**
 * Small HTTP helpers shared by the Direct Line routes. Responses are written with the plainest
 * calls (restify patches http.ServerResponse in this process) and are never cached.
 */

/** The token from `Authorization: Bearer …`, if any. */
export function bearerOf(req: Request): string | undefined {
  const header = req.header('authorization');
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match ? match[1] : undefined;
}

/** The request body's size in bytes, as sent. */
export function bodyBytes(req: Request): number {
  const declared = Number(req.header('content-length'));
  if (Number.isFinite(declared) && declared > 0) return declared;
  const raw: unknown = req.rawBody ?? req.body;
  if (typeof raw === 'string') return Buffer.byteLength(raw, 'utf8');
  if (Buffer.isBuffer(raw)) return raw.length;
  return raw === undefined ? 0 : Buffer.byteLength(JSON.stringify(raw), 'utf8');
}

/** Who is asking, for per-client limits. */
export function clientAddress(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** Writes a JSON response. */
export function sendJson(res: Response, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(text);
}

/** Writes a Direct Line error ({ error: { code, message } }), with Retry-After when there is one. */
export function sendError(res: Response, err: DirectLineError): void {
  const headers: Record<string, string> = err.retryAfterSeconds ? { 'retry-after': String(err.retryAfterSeconds) } : {};
  sendJson(res, err.status, { error: { code: err.code, message: err.message } }, headers);
}

/** Runs a handler, turning DirectLineError into its response and anything else into a logged 500. */
export function guarded(
  logger: Logger,
  handler: (req: Request, res: Response) => Promise<void> | void,
): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (err) {
      if (err instanceof DirectLineError) {
        sendError(res, err);
        return;
      }
      const e = err instanceof Error ? err : new Error(String(err));
      logger.error({ err: { name: e.name, message: e.message, stack: e.stack }, path: req.path() }, 'direct line request failed');
      sendError(res, new DirectLineError(500, 'ServiceError', 'Something went wrong; try again.'));
    }
  };
}
