import { fixedClock, WEEKDAY_MORNING } from '../support/fixedClock';
import { startHttpBot, type HttpBot } from '../support/httpBot';

interface AssistBody {
  decision: string;
  redacted: boolean;
  safety?: { plain: string };
  candidates: Array<{ intentId: string; confidence: number; matchedTerms: string[] }>;
  answer?: { intentId: string; text: { plain: string } };
  contacts: Array<{ id: string; text: { plain: string } }>;
}

/** POST /api/assist: the agent-assist pane's view of the same router, knowledge and safety rules. */
describe('agent-assist API', () => {
  let bot: HttpBot;
  const key = 'agent-pane-key-0123456789';
  beforeAll(async () => {
    bot = await startHttpBot({ ASSIST_API_KEY: key }, { clock: fixedClock(WEEKDAY_MORNING) });
  });
  afterAll(async () => bot.stop());

  async function ask(body: unknown, auth = `Bearer ${key}`): Promise<Response> {
    return fetch(`${bot.baseUrl}/api/assist`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify(body),
    });
  }

  it('answers with the ranked candidates, the answer text and the line with its status', async () => {
    const res = await ask({ text: 'caller wants to know how to revoke vler' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AssistBody;
    const { knowledge } = bot.app.assistant;
    expect(body.decision).toBe('answer');
    expect(body.answer?.intentId).toBe('vhie_stop_sharing');
    expect(body.candidates[0].intentId).toBe('vhie_stop_sharing');
    expect(body.candidates[0].matchedTerms.length).toBeGreaterThan(0);
    const line = knowledge.contacts.get('vler_line');
    expect(body.contacts.map((c) => c.id)).toEqual(['vler_line']);
    expect(body.contacts[0].text.plain).toContain(line?.phone?.display);
  });

  it('puts the crisis line first when the caller is in crisis', async () => {
    const body = (await (await ask({ text: 'he says he wants to kill himself' })).json()) as AssistBody;
    expect(body.decision).toBe('crisis');
    const crisis = bot.app.assistant.knowledge.contacts.get('veterans_crisis_line');
    expect(body.contacts.map((c) => c.id)).toContain('veterans_crisis_line');
    expect(body.safety?.plain).toContain(crisis?.phone?.display);
  });

  it('takes identifiers out before matching and never returns them', async () => {
    const res = await ask({ text: 'ssn 123-45-6789, how do i stop sharing my records' });
    const raw = await res.text();
    expect(raw).not.toContain('6789');
    expect((JSON.parse(raw) as AssistBody).redacted).toBe(true);
  });

  it('falls back honestly on questions the page does not answer', async () => {
    const body = (await (await ask({ text: 'how much is my disability rating' })).json()) as AssistBody;
    expect(body.decision).toBe('fallback');
    expect(body.answer).toBeUndefined();
  });

  it.each([
    [{ text: 'hi' }, 'Bearer wrong', 401],
    [{}, undefined, 400],
    [{ text: '' }, undefined, 400],
    [{ text: 'x'.repeat(2001) }, undefined, 413],
  ])('refuses %j with the right status', async (body, auth, status) => {
    const res = await ask(body, auth ?? `Bearer ${key}`);
    expect(res.status).toBe(status);
  });
});
