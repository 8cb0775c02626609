// `npm run bench:report`: docs/performance.md's tables from the committed bench/results.json, measuring nothing
// (jiti comes with WXT; Node 20 cannot run TypeScript itself).
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const root = fileURLToPath(new URL('..', import.meta.url));
const { writePerformanceDoc, PERFORMANCE_DOC } = await createJiti(import.meta.url).import('./report.ts');
writePerformanceDoc(root);
process.stdout.write(`${PERFORMANCE_DOC}: tables written from bench/results.json\n`);
