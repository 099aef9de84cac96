import { checkRefs, KnowledgeError, readKnowledgeFile } from '../knowledge/load';
import type { Knowledge } from '../knowledge/types';
import type { SpellingRules } from './normalise';
import { PhraseDetector } from './phraseDetector';
import { compilePattern, PatternError, type PatternLookups, type PhrasePattern } from './phrasePattern';
import { SafetySchema, type SafetyFile } from './safetySchema';

const FILE = 'knowledge/safety.yaml';

/** One safety reply: the detector that decides when, and what is said. */
export interface SafetyReply {
  readonly detector: PhraseDetector;
  readonly reply: string;
  readonly contacts: readonly string[];
}

/** The privacy notice and the words that do not count as a question once identifiers are gone. */
export interface PrivacyNotice {
  readonly reply: string;
  readonly followUps: readonly string[];
  readonly fillerWords: ReadonlySet<string>;
}

/** knowledge/safety.yaml, checked and compiled. */
export interface Safety {
  readonly crisis: SafetyReply;
  readonly emergency: SafetyReply;
  readonly privacy: PrivacyNotice;
}

/**
 * Loads knowledge/safety.yaml, compiles its patterns and checks every placeholder, contact and
 * intent it names against the rest of the knowledge. Throws KnowledgeError naming the field.
 */
export function loadSafety(dir: string, knowledge: Knowledge): Safety {
  const file = readKnowledgeFile(dir, 'safety.yaml', SafetySchema);
  checkRefs(knowledge, FILE, { crisis: file.crisis.reply, emergency: file.emergency.reply, privacy: file.privacy.reply });
  const spelling: SpellingRules = { typos: new Map(Object.entries(file.spelling.typos)), fuzzy: file.spelling.fuzzy };
  const lookups: PatternLookups = {
    classPhrases: (name) => file.classes[name],
    contactDigits: (id) => knowledge.contacts.get(id)?.phone?.dial.replace(/\D/g, ''),
  };
  const reply = (key: 'crisis' | 'emergency'): SafetyReply => {
    const section = file[key];
    section.contacts.forEach((id, i) => {
      if (!knowledge.contacts.has(id)) throw new KnowledgeError(FILE, `${key}.contacts[${i}]`, `no contact with id "${id}"`);
    });
    const patterns = compileAll(section.patterns, lookups, `${key}.patterns`);
    const except = compileAll(section.except, lookups, `${key}.except`);
    return { detector: new PhraseDetector(spelling, patterns, except), reply: section.reply, contacts: section.contacts };
  };
  checkFollowUps(file, knowledge);
  return {
    crisis: reply('crisis'),
    emergency: reply('emergency'),
    privacy: { reply: file.privacy.reply, followUps: file.privacy.followUps, fillerWords: new Set(file.privacy.fillerWords) },
  };
}

function compileAll(sources: readonly string[], lookups: PatternLookups, field: string): PhrasePattern[] {
  return sources.map((source, i) => {
    try {
      return compilePattern(source, lookups);
    } catch (err) {
      if (err instanceof PatternError) throw new KnowledgeError(FILE, `${field}[${i}]`, err.message);
      throw err;
    }
  });
}

function checkFollowUps(file: SafetyFile, knowledge: Knowledge): void {
  file.privacy.followUps.forEach((id, i) => {
    if (!knowledge.intents.has(id)) throw new KnowledgeError(FILE, `privacy.followUps[${i}]`, `no intent with id "${id}"`);
  });
}

/** Every number the knowledge gives out (phone, TTY, text lines), as digits: not personal when typed back. */
export function publicNumbersOf(knowledge: Knowledge): string[] {
  return [...knowledge.contacts.values()].flatMap((c) => [c.phone, c.tty, c.text].flatMap((p) => (p ? [p.dial] : [])));
}
