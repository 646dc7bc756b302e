import { formatDate } from '../../facts/dates.js';
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

/** "Can you speak Russian?": which languages questions may be asked in. */
export function languagesSpokenAnswer(ctx: AskContext): Reply {
  void ctx;
  return noFact(
    'Languages I understand',
    'Ask in English, or in Chinese, Russian, Hindi or Persian (Urdu partly) for membership, joining dates, status and member counts; those answers come in your language with the English beside them. Other questions are answered in English.',
    ['Когда Иран вступил в ШОС?', '伊朗什么时候加入上合组织', 'क्या भारत एससीओ का सदस्य है?'],
  );
}
