import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { brokenKnowledge } from '../support/knowledgeCopy';

const ROOT = path.join(__dirname, '..', '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real entry point (src/index.ts) as `npm start` would, with the given environment. */
function start(env: Record<string, string>, whileRunning?: (port: number) => Promise<void>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    });
    let stdout = '';
    let stderr = '';
    let started = false;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /"port":(\d+)/.exec(stdout);
      if (m && !started && whileRunning) {
        started = true;
        whileRunning(Number(m[1])).then(() => child.kill('SIGTERM'), reject);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('start-up', () => {
  it('starts, answers /healthz, prints only JSON log lines, and stops cleanly on SIGTERM', async () => {
    let health = 0;
    const run = await start({}, async (port) => {
      health = (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
    });
    expect(health).toBe(200);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('refuses to start with a malformed hour in the knowledge, naming the file and field', async () => {
    const dir = brokenKnowledge({ file: 'contacts.yaml', find: 'open: "08:00"', replace: 'open: "8am"' });
    try {
      const run = await start({ KNOWLEDGE_DIR: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('knowledge/contacts.yaml: contacts[1].hours.open: must be a 24-hour time');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start with a missing contact id, naming it', async () => {
    const dir = brokenKnowledge({ file: 'intents/vhie.yaml', find: 'contacts: [vler_line]', replace: 'contacts: [vler]' });
    try {
      const run = await start({ KNOWLEDGE_DIR: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('no contact with id "vler"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535'],
    [{ MicrosoftAppId: 'some-app-id' }, 'MicrosoftAppPassword must be set when MicrosoftAppId is set'],
    [{ MicrosoftAppType: 'Tenantless' }, 'MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
  ])('refuses to start with bad configuration %j', async (env, message) => {
    const run = await start(env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
  });
});
