import { formatDate } from '../../base/dates.js';
import type { Reply } from '../../reply/model.js';
import type { AskContext } from '../context.js';
import { noFact, toReply } from '../draft.js';

/** "How current is your data?", "what sources do you use?" */
export function aboutDataAnswer(ctx: AskContext): Reply {
  const { meta } = ctx.facts;
  const official = ctx.facts.citation('sectsco-about-sco');
  return toReply(ctx.facts, {
    title: `Data as of ${formatDate(meta.dataAsOf)}`,
    summary: `My answers come from a curated fact table; every fact names its sources (official SCO and government pages, news agencies, reference datasets). ${meta.coverageNote}${official ? ` The SCO's official site is ${official.url.replace(/^https?:\/\//, '').split('/')[0]}.` : ''}`,
    sources: official ? [[official.id]] : [],
    suggestions: ['/sco about', '/sco sources membership', '/sco help'],
  });
}

/** "What is the SCO's website?": the official site the data cites. */
export function officialSiteAnswer(ctx: AskContext): Reply | undefined {
  const official = ctx.facts.citation('sectsco-about-sco');
  if (!official) return undefined;
  const site = official.url.replace(/^https?:\/\//, '').split('/')[0]!;
  return toReply(ctx.facts, {
    title: `Official site: ${site}`,
    summary: `The SCO's official site is ${site}; the data cites its "About SCO" page.`,
    sources: [[official.id]],
    suggestions: ['/sco about', 'where is the SCO Secretariat'],
  });
}

/** "Can you speak Russian?": which languages questions may be asked in. */
export function languagesSpokenAnswer(ctx: AskContext): Reply {
  void ctx;
  return noFact(
    'Languages I understand',
    'Ask in English, or in Chinese, Russian, Hindi or Persian (Urdu partly) for membership, joining dates, status and member counts; those answers come in your language with the English beside them. Other questions are answered in English.',
    ['Когда Иран вступил в ШОС?', '伊朗什么时候加入上合组织', 'क्या भारत एससीओ का सदस्य है?'],
  );
}

/** "Is the EU a member?", "is NATO part of the SCO?": organisations are not members; what the data says about them. */
export function organisationMembershipAnswer(ctx: AskContext, name: string): Reply {
  const { facts } = ctx;
  const key = name.toLowerCase();
  if (key === 'eu' || key === 'european union') {
    const f = facts.orgFact('not-connected')!;
    return toReply(facts, { title: 'The EU is not part of the SCO', summary: `No. ${f.text}`, sources: [f.sources] });
  }
  if (['asean', 'cis', 'un', 'united nations'].includes(key)) {
    const f = facts.orgFact('guest-attendances')!;
    const cis = key === 'cis' ? facts.orgFact('cis-observer-status') : undefined;
    return toReply(facts, {
      title: `${name.toUpperCase()} and the SCO`,
      summary: `Only states can be SCO members or partners. ${f.text}${f.caveat ? ` (${f.caveat})` : ''}${cis ? ` ${cis.text}` : ''}`,
      sources: [f.sources, cis?.sources ?? []],
    });
  }
  if (key === 'nato') {
    const e = facts.event('nato-hague-2025')!;
    return toReply(facts, {
      title: 'NATO is not part of the SCO',
      summary: `No — NATO appears in none of the SCO's lists of members, observers, dialogue partners or partners; the data holds only NATO's Hague summit (24–25 June 2025) as context for the SCO defence ministers' meeting in Qingdao (25–26 June 2025).`,
      sources: [facts.orgFact('sco-family-27')!.sources, e.sources],
    });
  }
  return noFact('The data does not hold that', `The data does not hold anything on ${name.toUpperCase()}; only states are SCO members or partners.`, ['list the SCO members', 'list the SCO partners']);
}
