// '#campaign' is a build-time alias (wxt.config.ts): assets/campaign.json or the file in CAMPAIGN.
// Its shape is only known once validated, so it enters the program as unknown.
declare module '#campaign' {
  const campaign: unknown;
  export default campaign;
}
