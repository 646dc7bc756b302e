import { describeFreshSets } from './fresh-suite.js';

// The fresh sets at even places (fresh-odd.test.ts runs the others beside this file).
describeFreshSets(0);
