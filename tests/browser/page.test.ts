import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { loadKnowledge } from '../../src/knowledge/load';
import { PageRenderer, escapeHtml } from '../../src/web/page';
import { loadWebText, type WebText } from '../../src/web/webText';
import { KNOWLEDGE_DIR } from '../support/knowledgeCopy';
import { startHttpBot, type HttpBot } from '../support/httpBot';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A GET that leaves the body as sent (fetch would decompress it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}
const text = loadWebText(KNOWLEDGE_DIR, knowledge);

/** The page's CSP as a map of directive to its sources. */
function directives(csp: string | null): Map<string, string[]> {
  return new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

describe('GET / (the chat page)', () => {
  let bot: HttpBot;
  beforeAll(async () => {
    bot = await startHttpBot();
  });
  afterAll(async () => bot.stop());

  it('serves the page with the wording from knowledge/web.yaml, escaped', async () => {
    const res = await fetch(`${bot.baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    for (const value of [text.title, text.heading, text.intro, text.chatLabel, text.noScript, text.phoneHeading]) {
      expect(html).toContain(escapeHtml(value));
    }
    expect(html).toContain(`<html lang="${text.lang}">`);
  });

  it('lists the phone lines as tel: links with labels a screen reader says digit by digit', async () => {
    const html = await (await fetch(`${bot.baseUrl}/`)).text();
    for (const id of text.phoneContacts) {
      const phone = knowledge.contacts.get(id)?.phone;
      const link = `<a href="tel:${phone?.dial ?? ''}" aria-label="`;
      const at = html.indexOf(link);
      expect(at).toBeGreaterThan(0);
      const rest = html.slice(at + link.length);
      expect(rest).toMatch(/^[^"]*\d \d[^"]*">/);
      expect(rest.slice(rest.indexOf('>') + 1)).toMatch(new RegExp(`^${escapeRegExp(escapeHtml(phone?.display ?? ''))}</a>`));
    }
  });

  it('has no inline script and loads nothing from another origin', async () => {
    const html = await (await fetch(`${bot.baseUrl}/`)).text();
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.length).toBe(3);
    for (const attributes of scripts) expect(attributes).toMatch(/\bsrc="\/|type="application\/json"/);
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    for (const url of urls) expect(url).toMatch(/^(\/[^/]|#|tel:|data:)/);
  });

  it('sends a Content-Security-Policy that allows only our own origin, with a fresh style nonce each time', async () => {
    const [first, second] = await Promise.all([fetch(`${bot.baseUrl}/`), fetch(`${bot.baseUrl}/`)]);
    const csp = directives(first.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    const style = csp.get('style-src') ?? [];
    expect(style).not.toContain("'unsafe-inline'");
    const nonce = /'nonce-([^']+)'/.exec(style.join(' '))?.[1];
    expect(await first.text()).toContain(`nonce="${nonce ?? 'missing'}"`);
    expect(second.headers.get('content-security-policy')).not.toContain(`'nonce-${nonce ?? ''}'`);
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    expect(first.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(first.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the page files', () => {
  let bot: HttpBot;
  beforeAll(async () => {
    bot = await startHttpBot();
  });
  afterAll(async () => bot.stop());

  it("serves Web Chat's own bundle, compressed when asked, and answers 304 to its ETag", async () => {
    const plain = await fetch(`${bot.baseUrl}/webchat.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const body = Buffer.from(await plain.arrayBuffer());
    expect(body.length).toBeGreaterThan(1_000_000);
    expect(body.toString('utf8', body.length - 400)).toContain('renderWebChat');

    const zipped = await rawGet(`${bot.baseUrl}/webchat.js`, { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(body.length / 2);
    expect(gunzipSync(zipped.body).equals(body)).toBe(true);
    const etag = String(zipped.headers.etag);
    expect((await fetch(`${bot.baseUrl}/webchat.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it.each([
    ['chat.js', 'text/javascript; charset=utf-8'],
    ['chat.css', 'text/css; charset=utf-8'],
  ])('serves /assets/%s', async (name, type) => {
    const res = await fetch(`${bot.baseUrl}/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['page.ts', '..%2Fpage.ts', '..%2F..%2Fpackage.json', 'index.html'])('answers 404 for /assets/%s', async (name) => {
    expect((await fetch(`${bot.baseUrl}/assets/${name}`)).status).toBe(404);
  });
});

describe('PageRenderer', () => {
  const template = '<title>{{title}}</title><script type="application/json">{{{config}}}</script><p>{{intro}}</p>{{nonce}}';

  it('escapes the wording and keeps the JSON block from closing its script element', () => {
    const hostile: WebText = { ...text, title: '<script>alert(1)</script>', intro: 'Tom & "Jerry" </script>{{nonce}}' };
    const html = new PageRenderer(template, hostile, knowledge, { domain: '/v3/directline', tokenUrl: '/t' }).render({ nonce: 'N' });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('<p>Tom &#38; &#34;Jerry&#34; &#60;/script&#62;{{nonce}}</p>N');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('fails at start-up on a slot the template does not know', () => {
    expect(() => new PageRenderer('{{nope}}', text, knowledge, { domain: '/d', tokenUrl: '/t' })).toThrow(/unknown slot "nope"/);
  });
});
