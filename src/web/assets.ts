import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** A file served as it is, with its type, validator and caching rule. */
export interface StaticAsset {
  readonly contentType: string;
  readonly cacheControl: string;
  readonly etag: string;
  readonly body: Buffer;
  /** The gzip-compressed body, made on first use. */
  gzipped(): Promise<Buffer>;
}

/** Loads a file once; its ETag is a hash of the content. */
export function loadAsset(file: string, contentType: string, cacheControl: string): StaticAsset {
  const body = readFileSync(file);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  let compressed: Promise<Buffer> | undefined;
  return {
    contentType,
    cacheControl,
    etag,
    body,
    gzipped: () => (compressed ??= gzipAsync(body, { level: 9 })),
  };
}

/**
 * Web Chat's own browser bundle (botframework-webchat/dist/webchat.js), found through the package's
 * main entry because its `exports` hide dist/. Served by us: no CDN.
 */
export function webChatBundlePath(): string {
  const file = path.resolve(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
  if (!existsSync(file)) throw new Error(`Web Chat's browser bundle is missing (${file}); run npm ci.`);
  return file;
}

/** The files under src/web/public that GET /assets/:name serves, by name. */
export const PUBLIC_FILES: Readonly<Record<string, string>> = {
  'chat.js': 'text/javascript; charset=utf-8',
  'chat.css': 'text/css; charset=utf-8',
};
