import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fillSlots } from '../../src/knowledge/refs';
import { spokenDigits, TextRenderer } from '../../src/render/text';
import { loadWebText } from '../../src/web/webText';
import { startHttpBot, type HttpBot } from '../support/httpBot';
import { KNOWLEDGE_DIR } from '../support/knowledgeCopy';

/**
 * The chat page in a real browser: Debian's chromium driven by playwright-core. A person loads the
 * page, reads the welcome, types a question, sees phone links, presses buttons through a flow by mouse
 * and keyboard, reloads and finds the conversation still there. Every request the browser makes is
 * recorded, and none may leave 127.0.0.1. Screenshots land in artifacts/ (git-ignored).
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts');
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing; .ci/run installs it with apt-get install chromium.`);
if (!available) console.warn(`Skipping the browser tests: ${CHROMIUM} is not installed (apt-get install -y chromium).`);
const describeInBrowser = available ? describe : describe.skip;

/** The bot's message bubbles in Web Chat's transcript. */
const BOT_BUBBLES = '#webchat .webchat__bubble:not(.webchat__bubble--from-user)';

/** What the page keeps in sessionStorage (src/web/public/chat.js). */
const SAVED_CONVERSATION = "window.sessionStorage.getItem('va-records-assistant/direct-line')";

jest.setTimeout(90_000);

/** Fails unless `predicate` holds within the time, re-reading the transcript's text. */
async function transcriptShows(page: Page, predicate: (text: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await page.locator('#webchat').innerText();
    if (predicate(text)) return text;
    if (Date.now() > deadline) throw new Error(`the transcript never showed ${what}; it reads:\n${text.slice(-1500)}`);
    await page.waitForTimeout(100);
  }
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describeInBrowser('the chat page in chromium', () => {
  let bot: HttpBot;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const requests: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    bot = await startHttpBot();
    profile = mkdtempSync(path.join(os.tmpdir(), 'webchat-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1024, height: 900 },
    });
    context.on('request', (request) => requests.push(request.url()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.text().startsWith('csp-violation')) cspViolations.push(message.text());
    });
    // Browser code is passed as text: the project's TypeScript has no DOM types.
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => console.log('csp-violation ' + e.violatedDirective + ' ' + e.blockedURI));",
    );
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await bot?.stop();
  });

  const knowledge = () => bot.app.assistant.knowledge;
  const plain = (template: string) => new TextRenderer(knowledge()).render(template, 'plain');
  const welcomeStart = () => plain(knowledge().messages.welcome.text).slice(0, 60);
  const sendBox = () => page.getByPlaceholder(loadWebText(KNOWLEDGE_DIR, knowledge()).webChat.sendBoxPlaceholder);
  const ask = async (text: string) => {
    await sendBox().fill(text);
    await sendBox().press('Enter');
  };

  it('shows the welcome when the page loads', async () => {
    await page.goto(`${bot.baseUrl}/`);
    await transcriptShows(page, (t) => t.includes(welcomeStart()), 'the welcome');
    for (const id of knowledge().messages.welcome.topics) {
      await page.locator('.webchat__suggested-action', { hasText: knowledge().intents.get(id)?.title ?? id }).first().waitFor();
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-welcome.png'), fullPage: true });
  });

  it('answers a typed question, with its phone numbers as tel: links that have spoken labels', async () => {
    const intent = knowledge().intents.get('bb_more_questions');
    const phone = knowledge().contacts.get('mhv_help_desk')?.phone;
    const box = sendBox();
    await box.fill(intent?.examples[0] ?? '');
    await box.press('Enter');
    await transcriptShows(page, (t) => t.includes(intent?.question ?? '?'), 'the answer');
    const link = page.locator(`#webchat a[href="tel:${phone?.dial ?? ''}"]`).first();
    await link.waitFor();
    expect(await link.innerText()).toBe(phone?.display);
    expect(await link.getAttribute('aria-label')).toContain(spokenDigits(phone?.dial ?? ''));
  });

  it("presses a phone link and a card's Call button, and the chat keeps working after both", async () => {
    const contact = knowledge().contacts.get('mhv_help_desk');
    const url = page.url();
    await page.locator(`#webchat a[href="tel:${contact?.phone?.dial ?? ''}"]`).first().click();
    const title = fillSlots(knowledge().messages.contactCard.call, { name: contact?.shortName ?? '?' });
    await page.getByRole('button', { name: title }).last().click();
    await page.waitForTimeout(500);
    expect(page.url()).toBe(url);
    await ask(knowledge().intents.get('vhie_what')?.examples[0] ?? '?');
    await transcriptShows(page, (t) => t.includes(knowledge().intents.get('vhie_what')?.question ?? '?'), 'an answer after dialling');
  });

  it('goes through a flow by pressing its buttons, with the mouse and then the keyboard alone', async () => {
    const flow = knowledge().intents.get('flow_bb_eligibility');
    // A button's text typed works like pressing it; the flow's own questions are then answered by pressing.
    await ask(flow?.title ?? '?');
    let shown = await transcriptShows(page, (t) => t.includes(flow?.title ?? '?'), 'the flow starting');
    for (const how of ['mouse', 'keyboard'] as const) {
      const choice = page.locator('.webchat__suggested-action').first();
      await choice.waitFor();
      const label = (await choice.innerText()).trim();
      const before = shown;
      const botReplies = await page.locator(BOT_BUBBLES).count();
      if (how === 'mouse') {
        await choice.click();
      } else {
        await choice.focus();
        await page.keyboard.press('Enter');
      }
      shown = await transcriptShows(page, (t) => count(t, label) > count(before, label), `"${label}" pressed by ${how}`);
      // Polled from here: waitForFunction would need eval, which the page's CSP rightly refuses.
      await page.locator(BOT_BUBBLES).nth(botReplies).waitFor();
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-flow.png'), fullPage: true });
  });

  it('keeps the conversation across a reload, without a second welcome', async () => {
    const question = knowledge().intents.get('bb_more_questions')?.question ?? '?';
    const conversationBefore = await page.evaluate<string | null>(SAVED_CONVERSATION);
    expect(conversationBefore).toContain('conversationId');
    await page.reload();
    const text = await transcriptShows(page, (t) => t.includes(question), 'the history after reload');
    expect(text).toContain(knowledge().intents.get('flow_bb_eligibility')?.title);
    // Counted in the message bubbles: Web Chat's screen-reader live region repeats what arrived.
    expect(await page.locator('.webchat__bubble__content', { hasText: welcomeStart() }).count()).toBe(1);
    const conversationAfter = await page.evaluate<string | null>(SAVED_CONVERSATION);
    expect(JSON.parse(conversationAfter ?? '{}').conversationId).toBe(JSON.parse(conversationBefore ?? '{}').conversationId);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-reloaded.png'), fullPage: true });
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(300);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-320px.png'), fullPage: true });
  });

  it('starts afresh when the server no longer has the saved conversation (a restart)', async () => {
    const env = { DIRECT_LINE_TOKEN_SECRET: 'a-token-key-that-outlives-the-restart-0123', SHUTDOWN_GRACE_MS: '200' };
    const first = await startHttpBot(env);
    const tab = await context.newPage();
    try {
      await tab.goto(`${first.baseUrl}/`);
      await transcriptShows(tab, (t) => t.includes(welcomeStart()), 'the welcome');
      const saved = await tab.evaluate<string | null>(SAVED_CONVERSATION);
      await first.stop();
      const second = await startHttpBot({ ...env, PORT: new URL(first.baseUrl).port });
      try {
        await tab.reload();
        await transcriptShows(tab, (t) => t.includes(welcomeStart()), 'a new welcome');
        await tab.locator(BOT_BUBBLES).first().waitFor();
        const now = await tab.evaluate<string | null>(SAVED_CONVERSATION);
        expect(JSON.parse(now ?? '{}').conversationId).not.toBe(JSON.parse(saved ?? '{}').conversationId);
      } finally {
        await second.stop();
      }
    } finally {
      await tab.close();
    }
  });

  it('made no request that left 127.0.0.1, and broke no Content-Security-Policy rule', () => {
    // tel: is handed to the phone app, not fetched; data: and blob: never leave the page.
    const outside = requests.filter((url) => !/^(data|tel|sms):/.test(url) && new URL(url.replace(/^blob:/, '')).hostname !== '127.0.0.1');
    expect(requests.length).toBeGreaterThan(5);
    expect(outside).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
