import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ManifestConfig } from '../config';
import type { Knowledge } from '../knowledge/types';
import { TextRenderer } from '../render/text';
import { zip } from './zip';

/** A Teams command: what the bot's command menu shows. */
interface Command {
  title: string;
  description: string;
}

const PLACEHOLDER = /\$\{\{(\w+)\}\}/g;

/** The welcome topics, as the Teams command menu (titles from the knowledge, so they match the buttons). */
function commands(knowledge: Knowledge): Command[] {
  return knowledge.messages.welcome.topics.slice(0, 10).map((id) => {
    const intent = knowledge.intents.get(id);
    if (!intent) throw new Error(`unknown intent "${id}"`);
    return { title: intent.title, description: intent.question ?? intent.title };
  });
}

/** Replaces ${{NAME}} placeholders in every string; a whole-string placeholder may become an array. */
function fill(value: unknown, values: Readonly<Record<string, string | Command[]>>): unknown {
  if (typeof value === 'string') {
    const whole = /^\$\{\{(\w+)\}\}$/.exec(value);
    if (whole && Array.isArray(values[whole[1]])) return values[whole[1]];
    return value.replace(PLACEHOLDER, (raw: string, name: string) => {
      const v = values[name];
      if (typeof v !== 'string') throw new Error(`manifest placeholder ${raw} has no value`);
      return v;
    });
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, values)]));
  }
  return value;
}

/** The manifest object, from the template in manifest/ with the environment's values filled in. */
export function buildManifest(dir: string, config: ManifestConfig, knowledge: Knowledge): Record<string, unknown> {
  const template: unknown = JSON.parse(readFileSync(path.join(dir, 'manifest.template.json'), 'utf8'));
  const welcome = new TextRenderer(knowledge).render(knowledge.messages.welcome.text, 'plain');
  return fill(template, {
    TEAMS_APP_ID: config.teamsAppId,
    MicrosoftAppId: config.botAppId,
    BOT_DOMAIN: config.botDomain,
    APP_VERSION: config.appVersion,
    WELCOME_TEXT: welcome,
    COMMANDS: commands(knowledge),
  }) as Record<string, unknown>;
}

/** The app package Teams installs: manifest.json and the two icons, zipped. */
export function buildPackage(dir: string, config: ManifestConfig, knowledge: Knowledge): Buffer {
  const manifest = buildManifest(dir, config, knowledge);
  return zip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
    { name: 'color.png', data: readFileSync(path.join(dir, 'color.png')) },
    { name: 'outline.png', data: readFileSync(path.join(dir, 'outline.png')) },
  ]);
}
