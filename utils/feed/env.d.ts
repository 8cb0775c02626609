// Build-time feed settings, injected by wxt.config.ts (`define`); empty in the default build.
interface ImportMetaEnv {
  /** The https URL of the signed campaign feed; empty: the extension makes no network request at all. */
  readonly FEED_URL?: string;
  /** The campaign's Ed25519 public key, raw 32 bytes in base64. */
  readonly FEED_PUBLIC_KEY?: string;
}
