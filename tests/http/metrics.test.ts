import type { Activity } from 'botbuilder';
import { crisisSet } from '../safety/sets';
import { startHttpBot, type HttpBot } from '../support/httpBot';

/** GET /metrics serves the assistant's own counters in the Prometheus text format. */

/** The value of one sample in Prometheus text, or 0 when it has not been written yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((w) => present.includes(w))) return Number(match[3]);
  }
  return 0;
}

describe('GET /metrics', () => {
  let bot: HttpBot;
  const scrape = async () => {
    const res = await fetch(`${bot.baseUrl}/metrics`);
    expect(res.status).toBe(200);
    return res.text();
  };
  beforeAll(async () => {
    bot = await startHttpBot();
  });
  afterAll(async () => bot.stop());

  it('answers in the Prometheus text format, with every assistant metric described', async () => {
    const res = await fetch(`${bot.baseUrl}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    for (const name of [
      'assistant_turns_total',
      'assistant_turn_duration_seconds',
      'assistant_intents_matched_total',
      'assistant_fallbacks_total',
      'assistant_flows_started_total',
      'assistant_flows_completed_total',
      'assistant_crisis_responses_total',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });

  it('counts turns, latency, intents, fallbacks and crisis responses', async () => {
    const before = await scrape();
    await bot.ask('metrics-1', bot.app.assistant.replies.intentButton('bb_what').value);
    await bot.ask('metrics-1', 'qwertyuiop asdfghjkl');
    await bot.ask('metrics-1', crisisSet().should_trigger[0]);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('assistant_turns_total', { channel: 'emulator', type: 'message', outcome: 'ok' })).toBe(3);
    expect(delta('assistant_turn_duration_seconds_count', { channel: 'emulator' })).toBe(3);
    expect(delta('assistant_intents_matched_total', { intent: 'bb_what', via: 'button' })).toBe(1);
    expect(delta('assistant_fallbacks_total')).toBe(1);
    expect(delta('assistant_misses_total', { kind: 'fallback' })).toBe(1);
    expect(delta('assistant_crisis_responses_total')).toBe(1);
    expect(delta('assistant_safety_responses_total', { kind: 'crisis' })).toBe(1);
  });

  it('counts a guided flow started and, once it ends, completed', async () => {
    const flow = bot.app.assistant.knowledge.intents.get('flow_bb_eligibility')?.flow ?? '';
    const before = await scrape();
    let replies: Array<Partial<Activity>> = await bot.ask('metrics-flow', bot.app.assistant.replies.intentButton('flow_bb_eligibility').value);
    for (let turn = 0; turn < 10; turn++) {
      if (sample(await scrape(), 'assistant_flows_completed_total', { flow }) > sample(before, 'assistant_flows_completed_total', { flow })) break;
      const button = replies.at(-1)?.suggestedActions?.actions[0];
      if (!button) break;
      replies = await bot.ask('metrics-flow', String(button.value));
    }
    const after = await scrape();
    expect(sample(after, 'assistant_flows_started_total', { flow }) - sample(before, 'assistant_flows_started_total', { flow })).toBe(1);
    expect(sample(after, 'assistant_flows_completed_total', { flow }) - sample(before, 'assistant_flows_completed_total', { flow })).toBe(1);
  });

  it('keeps each app instance its own count', async () => {
    const other = await startHttpBot();
    try {
      const text = await (await fetch(`${other.baseUrl}/metrics`)).text();
      expect(sample(text, 'assistant_crisis_responses_total')).toBe(0);
    } finally {
      await other.stop();
    }
  });
});
