import type { NamesT } from '../../facts/schema.js';
import type { Lang } from '../understand/language.js';
import de from './de.js';
import en, { type Messages, type OrgNames } from './en.js';
import es from './es.js';
import fa from './fa.js';
import fr from './fr.js';
import hi from './hi.js';
import ru from './ru.js';
import tr from './tr.js';
import ur from './ur.js';
import zh from './zh.js';

/** Each language's sentence frames, built with the organisation's names in that language (from data). */
const CATALOG: Record<Lang, (o: OrgNames) => Messages> = { en, zh, ru, hi, fa, ur, de, es, fr, tr };

export function messagesFor(lang: Lang, names: NamesT): Messages {
  const build = CATALOG[lang];
  const pick = (m: Partial<Record<Lang, string>> | undefined) => m?.[lang] ?? m?.en ?? '';
  return build({
    org: pick(names.organisation.display),
    full: pick(names.organisation.full),
    rats: pick(names.bodies.rats?.display),
  });
}
