import type { Intent } from './types.js';
import { about } from './about.js';
import { applications } from './applications.js';
import { bodies, renamed } from './bodies.js';
import { chair } from './chair.js';
import { charter } from './charter.js';
import { claims } from './claims.js';
import { capital, capitalNames, code, formerName, nativeName, officialName } from './capital-code.js';
import { compare } from './compare.js';
import { correction } from './correction.js';
import { decline, prediction } from './declines.js';
import { defenceMinister } from './ministers.js';
import { event, meetingInYear, summits, yearEvents } from './events.js';
import { explain } from './explain.js';
import { offTopic } from './fallback.js';
import { figures } from './figures.js';
import { founding } from './founding.js';
import { growth } from './growth.js';
import { joining } from './joining.js';
import { languages } from './languages.js';
import { memberCount } from './counts.js';
import { membersList } from './members-list.js';
import { membership } from './membership.js';
import { meta } from './meta.js';
import { name } from './name.js';
import { leaders, motives, notHeld, textNotHeld, unknownCountry, wordsSaid } from './not-held.js';
import { otherOrganisations } from './other-orgs.js';
import { partners } from './partners.js';
import { regions } from './regions.js';
import { person } from './person.js';
import { positions } from './positions.js';
import { predecessor } from './predecessor.js';
import { ratsDirector } from './rats.js';
import { search } from './search.js';
import { seats } from './seats.js';
import { secretaryGeneral } from './secretary-general.js';
import { statements } from './statements.js';

/** Every intent the engine scores. The order means nothing: ties are broken by priority, which is unique (README.md). */
export const INTENTS: readonly Intent[] = [
  about,
  applications,
  bodies,
  renamed,
  chair,
  charter,
  claims,
  capital,
  code,
  formerName,
  officialName,
  nativeName,
  capitalNames,
  compare,
  correction,
  decline,
  prediction,
  defenceMinister,
  event,
  summits,
  meetingInYear,
  yearEvents,
  explain,
  offTopic,
  figures,
  founding,
  growth,
  joining,
  languages,
  memberCount,
  membersList,
  membership,
  meta,
  name,
  leaders,
  motives,
  notHeld,
  wordsSaid,
  textNotHeld,
  unknownCountry,
  otherOrganisations,
  partners,
  regions,
  person,
  positions,
  predecessor,
  ratsDirector,
  statements,
  search,
  seats,
  secretaryGeneral,
];
