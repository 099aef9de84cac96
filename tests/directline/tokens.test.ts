import { TokenIssuer } from '../../src/directline/tokens';
import type { Clock } from '../../src/clock';

function movableClock(start = Date.parse('2026-11-26T16:00:00Z')): Clock & { advance(seconds: number): void } {
  let now = start;
  return { now: () => new Date(now), advance: (s) => (now += s * 1000) };
}

describe('TokenIssuer', () => {
  const clock = movableClock();
  const issuer = new TokenIssuer(TokenIssuer.keyFrom('k'.repeat(32)), 1800, clock);

  it('issues a token that names its conversation, user and expiry', () => {
    const { token, expiresIn } = issuer.issue('conv-1', 'dl_user');
    expect(expiresIn).toBe(1800);
    expect(issuer.verify(token)).toEqual({ conversationId: 'conv-1', userId: 'dl_user', expiresAt: clock.now().getTime() + 1800 * 1000 });
  });

  it('issues a different token each time', () => {
    expect(issuer.issue('c', 'u').token).not.toBe(issuer.issue('c', 'u').token);
  });

  it('refuses a token whose payload was changed', () => {
    const { token } = issuer.issue('conv-1', 'dl_user');
    const [, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ c: 'conv-2', u: 'dl_user', e: 9999999999, n: 'x' })).toString('base64url');
    expect(issuer.verify(`${forged}.${signature}`)).toBeUndefined();
  });

  it('refuses a token signed with another key', () => {
    const other = new TokenIssuer(TokenIssuer.keyFrom(undefined), 1800, clock);
    expect(issuer.verify(other.issue('conv-1', 'dl_user').token)).toBeUndefined();
  });

  it.each(['', 'abc', 'a.b', 'a.b.c', '..', 'eyJ9.'])('refuses the malformed token %p', (token) => {
    expect(issuer.verify(token)).toBeUndefined();
  });

  it('refuses a token once it has expired', () => {
    const local = movableClock();
    const short = new TokenIssuer(TokenIssuer.keyFrom(undefined), 1200, local);
    const { token } = short.issue('conv-1', 'dl_user');
    local.advance(1199);
    expect(short.verify(token)).toBeDefined();
    local.advance(1);
    expect(short.verify(token)).toBeUndefined();
  });
});
