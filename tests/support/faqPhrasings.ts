import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';

/** [intent id, phrasing] pairs from tests/faq/phrasings.yaml: every page question asked several ways. */
export function faqPhrasings(): Array<[string, string]> {
  const file = path.join(__dirname, '..', 'faq', 'phrasings.yaml');
  const { questions } = parseYaml(readFileSync(file, 'utf8')) as { questions: Record<string, string[]> };
  return Object.entries(questions).flatMap(([id, list]) => list.map((text): [string, string] => [id, text]));
}
