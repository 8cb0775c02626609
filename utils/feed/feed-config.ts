import { decodePublicKey } from './verify-signature';

export interface FeedConfig {
  url: string;
  publicKey: Uint8Array;
}

/**
 * The feed this build was made with (FEED_URL and FEED_PUBLIC_KEY at build
 * time), or undefined: then nothing ever reaches the network. Callers test
 * `import.meta.env.FEED_URL` themselves first so the default build's bundler
 * drops the whole update code, fetch included.
 */
export function feedConfig(): FeedConfig | undefined {
  const url = import.meta.env.FEED_URL;
  const publicKey = decodePublicKey(import.meta.env.FEED_PUBLIC_KEY);
  return url && publicKey ? { url, publicKey } : undefined;
}
