import path from 'node:path';
import type { Config } from '../config';
import { directLineDomain, PAGE_TOKEN_PATH } from '../directline';
import type { Knowledge } from '../knowledge/types';
import { PROJECT_ROOT } from '../paths';
import type { RouteModule } from '../server';
import { loadAsset, PUBLIC_FILES, webChatBundlePath, type StaticAsset } from './assets';
import { PageRenderer } from './page';
import { webChatRoutes } from './routes';
import { originOf } from './securityHeaders';
import { loadWebText } from './webText';

/** Our page files; served from the source tree in every mode (they are not compiled). */
export const WEB_DIR = path.join(PROJECT_ROOT, 'src', 'web');

/**
 * The chat page's routes, assembled: wording from knowledge/web.yaml (checked now, so a bad file
 * stops start-up), our script and stylesheet, and Web Chat's bundle, read on first request.
 */
export function createWebChatModule(config: Config, knowledge: Knowledge): RouteModule {
  const domain = directLineDomain(config.directLine);
  const text = loadWebText(config.knowledgeDir, knowledge);
  const template = PageRenderer.readTemplate(path.join(WEB_DIR, 'template', 'index.html'));
  const renderer = new PageRenderer(template, text, knowledge, { domain, tokenUrl: PAGE_TOKEN_PATH });
  const publicFiles = new Map<string, StaticAsset>(
    Object.entries(PUBLIC_FILES).map(([name, type]) => [name, loadAsset(path.join(WEB_DIR, 'public', name), type, 'no-cache')]),
  );
  const bundlePath = webChatBundlePath();
  let bundle: StaticAsset | undefined;
  const connectOrigins = [originOf(domain)].filter((o): o is string => o !== undefined);
  return webChatRoutes({
    renderer,
    publicFiles,
    webChatBundle: () => (bundle ??= loadAsset(bundlePath, 'text/javascript; charset=utf-8', 'public, max-age=86400')),
    connectOrigins,
  });
}
