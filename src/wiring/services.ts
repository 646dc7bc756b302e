import type { Services } from '../../commands/types.js';
import type { FactStore } from '../facts/store.js';
import type { BriefingService } from '../briefing/types.js';
import type { NewsService } from '../news/types.js';
import { answerFor } from '../ask/engine.js';
import { createBriefer } from '../briefing/compose.js';
import { createPictureService } from '../pictures/service.js';
import type { PictureService } from '../pictures/types.js';

/** The ports the command handlers draw on, built one way for the app, the tests and the benches. */
export function createServices(parts: { facts: FactStore; now: () => Date; briefings?: BriefingService; news?: NewsService; pictures?: PictureService }): Services {
  return {
    facts: parts.facts,
    now: parts.now,
    ask: answerFor(parts.facts),
    briefer: createBriefer(parts.facts, parts.news),
    ...(parts.briefings && { briefings: parts.briefings }),
    ...(parts.news && { news: parts.news }),
    // Cheap to make: fonts and the world atlas load when the first picture is drawn.
    pictures: parts.pictures ?? createPictureService(parts.facts),
  };
}
