// Injected by wxt.config.ts (`define`, scripts/campaign-counts.ts); absent in unit tests.
interface ImportMetaEnv {
  /** JSON of the bundled campaign's numbers ({count:…}), derived at build time. */
  readonly CAMPAIGN_COUNTS?: string;
}
