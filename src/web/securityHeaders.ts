import { randomBytes } from 'node:crypto';

/** A fresh nonce for one page response. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The hash of an empty <style> element. One part of Web Chat 4.18 (its react-scroll-to-bottom
 * transcript) creates its emotion style element without the nonce; emotion inserts an empty element
 * and then adds rules through the CSSOM, which CSP does not govern. Allowing exactly the empty element
 * keeps 'unsafe-inline' out: no style text can ride on it.
 */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/**
 * The page's Content-Security-Policy. Scripts come only from our own origin (Web Chat's bundle and
 * chat.js, no inline script). Web Chat injects its styles at run time, so style-src adds the page's
 * nonce, which chat.js hands to Web Chat's `nonce` prop; no 'unsafe-inline'. Direct Line calls go to
 * our origin, plus Azure's Direct Line origin when DIRECT_LINE_SECRET is set.
 */
export function contentSecurityPolicy(nonce: string, extraConnect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ['connect-src', "'self'", ...extraConnect].join(' '),
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Headers every response of the web module carries. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'SAMEORIGIN',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The origin of an absolute URL (for connect-src), or nothing for a path on our own origin. */
export function originOf(url: string): string | undefined {
  return /^https?:\/\//.test(url) ? new URL(url).origin : undefined;
}
