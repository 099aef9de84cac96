import type { Request, Response } from 'restify';
import type { RouteModule } from '../server';
import type { StaticAsset } from './assets';
import type { PageRenderer } from './page';
import { COMMON_HEADERS, contentSecurityPolicy, newNonce } from './securityHeaders';

/** What the page routes serve. */
export interface WebChatRoutesDeps {
  renderer: PageRenderer;
  /** Web Chat's bundle, loaded on first request (it is large). */
  webChatBundle: () => StaticAsset;
  /** Our own page files by name (chat.js, chat.css). */
  publicFiles: ReadonlyMap<string, StaticAsset>;
  /** Origins besides our own that the page may call (Azure's Direct Line, when configured). */
  connectOrigins: readonly string[];
}

function writeHead(res: Response, status: number, headers: Record<string, string>): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries({ ...COMMON_HEADERS, ...headers })) res.setHeader(name, value);
}

async function sendAsset(req: Request, res: Response, asset: StaticAsset): Promise<void> {
  const headers = { 'content-type': asset.contentType, 'cache-control': asset.cacheControl, etag: asset.etag, vary: 'accept-encoding' };
  if (req.header('if-none-match') === asset.etag) {
    writeHead(res, 304, headers);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
  const body = gzip ? await asset.gzipped() : asset.body;
  writeHead(res, 200, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) });
  res.end(body);
}

/**
 * The chat page: GET / (the HTML, with a fresh CSP nonce each time), GET /webchat.js (Web Chat's
 * bundle) and GET /assets/:name (our script and stylesheet). Nothing on the page comes from elsewhere.
 */
export function webChatRoutes(deps: WebChatRoutesDeps): RouteModule {
  // restify requires handlers without a `next` argument to be async functions.
  return (server) => {
    server.get('/', async (_req: Request, res: Response) => {
      const nonce = newNonce();
      const html = Buffer.from(deps.renderer.render({ nonce }), 'utf8');
      writeHead(res, 200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': contentSecurityPolicy(nonce, deps.connectOrigins),
        'cache-control': 'no-store',
        'content-length': String(html.length),
      });
      res.end(html);
    });
    server.get('/webchat.js', async (req: Request, res: Response) => sendAsset(req, res, deps.webChatBundle()));
    server.get('/assets/:name', async (req: Request, res: Response) => {
      const asset = deps.publicFiles.get(String(req.params.name));
      if (!asset) {
        writeHead(res, 404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end();
        return;
      }
      await sendAsset(req, res, asset);
    });
  };
}
