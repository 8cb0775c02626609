import { decodePublicKey } from '../utils/feed/verify';
import { oneLine } from './one-line-error';

/**
 * The signed-update feed a build is made with: FEED_URL and FEED_PUBLIC_KEY from
 * the environment, both or neither. Without them the build has no update code
 * and no `alarms` permission, and makes no network request at all.
 */
export interface FeedSettings {
  url: string;
  publicKey: string;
}

export function feedSettings(mode: string, env: NodeJS.ProcessEnv = process.env): FeedSettings | undefined {
  const url = env.FEED_URL?.trim() ?? '';
  const publicKey = env.FEED_PUBLIC_KEY?.trim() ?? '';
  if (!url && !publicKey) return undefined;
  if (!url || !publicKey) throw oneLine('FEED_URL and FEED_PUBLIC_KEY go together: set both, or neither');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw oneLine(`FEED_URL is not a URL: ${url}`);
  }
  // Only the e2e build may fetch from the test server on 127.0.0.1 over plain http.
  const testServer = mode === 'e2e' && parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !testServer) throw oneLine(`FEED_URL must be an https URL: ${url}`);
  if (!decodePublicKey(publicKey)) {
    throw oneLine('FEED_PUBLIC_KEY must be an Ed25519 public key, 32 bytes in base64 (npm run campaign -- keygen)');
  }
  return { url: parsed.href, publicKey };
}

/** Vite `define`: the settings as literals, so a build without a feed drops the update code entirely. */
export function feedDefines(settings: FeedSettings | undefined): Record<string, string> {
  return {
    'import.meta.env.FEED_URL': JSON.stringify(settings?.url ?? ''),
    'import.meta.env.FEED_PUBLIC_KEY': JSON.stringify(settings?.publicKey ?? ''),
  };
}
