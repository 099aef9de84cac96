import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every phone number, form number and VA link lives in knowledge/ and nowhere else, so a number
 * changes in one place. This scans every file the repository holds (tracked or new, not ignored).
 */
const ROOT = path.join(__dirname, '..', '..');

const FACT_PATTERNS: Array<[string, RegExp]> = [
  ['a phone number', /\b1?[-. (]*\d{3}[-. )]+\d{3}[-. ]+[\dA-Z]{4}\b/],
  ['the crisis text number', /\b838255\b/],
  ['the crisis line number', /\b988\b/],
  ['a VA form number', /\b10-0\d{3}\b/],
  ['a VA web address', /\b(?:[a-z]+\.)?(?:va\.gov|ebenefits\.va\.gov|myhealth\.va\.gov|veteranscrisisline\.net)\b/i],
];

const OUTSIDE = /^(knowledge\/|package-lock\.json$|node_modules\/|dist\/|artifacts\/)/;
/**
 * Labelled sets of what people type (a form number typed loosely, "my number is ..."): user input the
 * bot must understand or redact, not facts the bot states.
 */
const PEOPLE_TYPE_THIS = /^tests\/(nlu|safety)\/[^/]+\.yaml$/;
const BINARY = /\.(png|jpg|jpeg|gif|ico|zip|woff2?)$/i;

function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT });
  return out
    .toString()
    .split('\n')
    .filter((f) => f && !OUTSIDE.test(f) && !PEOPLE_TYPE_THIS.test(f) && !BINARY.test(f));
}

describe('facts appear only in knowledge/', () => {
  const files = repositoryFiles();

  it('finds files to scan', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(FACT_PATTERNS)('no file outside knowledge/ contains %s', (_what, pattern) => {
    const offenders: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(path.join(ROOT, file), 'utf8');
      } catch {
        continue; // listed by git but deleted in the working tree
      }
      text.split('\n').forEach((line, i) => {
        if (pattern.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
