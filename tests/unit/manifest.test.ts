import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadManifestConfig } from '../../src/config';
import { loadKnowledge } from '../../src/knowledge/load';
import { buildManifest, buildPackage } from '../../src/manifest/build';
import { KNOWLEDGE_DIR } from '../support/knowledgeCopy';

const DIR = path.join(__dirname, '..', '..', 'manifest');
const ENV = {
  TEAMS_APP_ID: '11111111-2222-3333-4444-555555555555',
  MicrosoftAppId: '66666666-7777-8888-9999-000000000000',
  BOT_DOMAIN: 'assistant.example.org',
};
const knowledge = loadKnowledge(KNOWLEDGE_DIR);

/** The entries of a stored (uncompressed) ZIP, read back from its local headers. */
function unzip(buffer: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (buffer.readUInt32LE(at) === 0x04034b50) {
    const size = buffer.readUInt32LE(at + 18);
    const nameLength = buffer.readUInt16LE(at + 26);
    const name = buffer.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    files.set(name, buffer.subarray(at + 30 + nameLength, at + 30 + nameLength + size));
    at += 30 + nameLength + size;
  }
  return files;
}

function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('Teams app package', () => {
  const manifest = buildManifest(DIR, loadManifestConfig(ENV), knowledge);

  it('fills every placeholder from the environment and the knowledge', () => {
    const json = JSON.stringify(manifest);
    expect(json).not.toContain('${{');
    expect(manifest.id).toBe(ENV.TEAMS_APP_ID);
    expect(manifest.validDomains).toEqual([ENV.BOT_DOMAIN]);
    const [bot] = manifest.bots as Array<{ botId: string; commandLists: Array<{ commands: Array<{ title: string }> }> }>;
    expect(bot.botId).toBe(ENV.MicrosoftAppId);
    const titles = bot.commandLists[0].commands.map((c) => c.title);
    expect(titles).toEqual(knowledge.messages.welcome.topics.map((id) => knowledge.intents.get(id)?.title));
  });

  it('keeps within the schema limits Teams enforces', () => {
    const name = manifest.name as { short: string };
    const description = manifest.description as { short: string; full: string };
    expect(name.short.length).toBeLessThanOrEqual(30);
    expect(description.short.length).toBeLessThanOrEqual(80);
    expect(description.full.length).toBeLessThanOrEqual(4000);
    const [bot] = manifest.bots as Array<{ commandLists: Array<{ commands: Array<{ title: string; description: string }> }> }>;
    for (const c of bot.commandLists[0].commands) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
  });

  it('zips the manifest with a 192 px colour icon and a 32 px outline icon', () => {
    const files = unzip(buildPackage(DIR, loadManifestConfig(ENV), knowledge));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(files.get('manifest.json')?.toString() ?? '{}')).toEqual(manifest);
    expect(pngSize(files.get('color.png') as Buffer)).toEqual([192, 192]);
    expect(pngSize(files.get('outline.png') as Buffer)).toEqual([32, 32]);
    expect(files.get('color.png')).toEqual(readFileSync(path.join(DIR, 'color.png')));
  });

  it.each([
    [{ ...ENV, TEAMS_APP_ID: '' }, 'TEAMS_APP_ID must be set'],
    [{ ...ENV, BOT_DOMAIN: 'https://assistant.example.org' }, 'BOT_DOMAIN must be a host name'],
    [{ ...ENV, MicrosoftAppId: 'my-bot' }, 'MicrosoftAppId must be a GUID'],
  ])('refuses incomplete settings %j', (env, message) => {
    expect(() => loadManifestConfig(env)).toThrow(ConfigError);
    expect(() => loadManifestConfig(env)).toThrow(message);
  });
});
