// Runs campaign-cli.ts with the repo's `@/` alias (jiti comes with WXT; Node 20 cannot run TypeScript itself).
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const root = fileURLToPath(new URL('..', import.meta.url));
await createJiti(import.meta.url, { alias: { '@': root } }).import('./campaign-cli.ts');
