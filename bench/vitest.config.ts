import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The benchmark runs alone (`npm run bench`), never in `npm test`: it reports numbers, it does not judge timing.
export default defineConfig({
  // The extension's own modules, as the build resolves them (e.g. the prepared texts' storage key).
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
  test: {
    include: ['bench/run.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 1_200_000,
    hookTimeout: 60_000,
    disableConsoleIntercept: true,
  },
});
