import { describeFreshSets } from './fresh-suite.js';

// The fresh sets at odd places (fresh.test.ts runs the others beside this file).
describeFreshSets(1);
