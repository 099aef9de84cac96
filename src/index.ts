import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { KnowledgeError } from './knowledge/load';

/** Starts the service: `npm start`. Bad configuration or knowledge stops it with one clear sentence. */
async function main(): Promise<void> {
  let app;
  try {
    const config = loadConfig();
    app = createApp(config);
    const port = await app.listen();
    app.assistant.logger.info({ port, appId: config.bot.appId ? 'set' : 'empty (Emulator mode, no token needed)' }, 'bot listening');
  } catch (err) {
    if (err instanceof ConfigError || err instanceof KnowledgeError) {
      process.stderr.write(`Cannot start: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const started = app;
  const stop = (signal: string) => {
    started.assistant.logger.info({ signal }, 'shutting down');
    void started.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

void main();
