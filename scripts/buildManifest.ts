/**
 * `npm run manifest`: builds the Teams app package (dist/manifest/app-package.zip) from
 * manifest/manifest.template.json, filling TEAMS_APP_ID, MicrosoftAppId and BOT_DOMAIN from the
 * environment (or .env) and the command menu and description from the knowledge.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadManifestConfig } from '../src/config';
import { loadKnowledge } from '../src/knowledge/load';
import { buildPackage } from '../src/manifest/build';
import { PROJECT_ROOT } from '../src/paths';

try {
  const settings = loadManifestConfig();
  const knowledge = loadKnowledge(settings.knowledgeDir);
  const out = path.join(PROJECT_ROOT, 'dist', 'manifest');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'app-package.zip');
  writeFileSync(file, buildPackage(path.join(PROJECT_ROOT, 'manifest'), settings, knowledge));
  process.stdout.write(`Wrote ${path.relative(PROJECT_ROOT, file)}\n`);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`Cannot build the Teams package: ${err.message}\n`);
  process.exit(1);
}
