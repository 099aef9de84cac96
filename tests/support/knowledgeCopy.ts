import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const KNOWLEDGE_DIR = path.join(__dirname, '..', '..', 'knowledge');

/** One deliberate break in the knowledge: replace `find` with `replace` in `file`. */
export interface KnowledgeEdit {
  file: string;
  find: string;
  replace: string;
}

/** A temporary copy of knowledge/ with one edit applied; the caller removes it. */
export function brokenKnowledge(edit: KnowledgeEdit): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  const file = path.join(dir, edit.file);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(edit.find)) throw new Error(`"${edit.find}" is not in ${edit.file}`);
  writeFileSync(file, text.replace(edit.find, edit.replace));
  return dir;
}
