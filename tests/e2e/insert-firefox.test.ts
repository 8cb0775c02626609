import { openFirefox } from './insert-drivers';
import { describeInsertion } from './insert-suite';

// Every case of tests/e2e/insert-cases.ts in Debian's Firefox ESR.
describeInsertion('firefox', openFirefox);
