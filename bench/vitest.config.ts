import { defineConfig } from 'vitest/config';

// The benchmark runs alone (`npm run bench`), never in `npm test`: it reports numbers, it does not judge timing.
export default defineConfig({
  test: {
    include: ['bench/run.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 1_200_000,
    hookTimeout: 60_000,
    disableConsoleIntercept: true,
  },
});
