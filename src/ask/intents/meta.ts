import type { Intent } from './types.js';
import { starterQuestions } from './shared.js';
import { RELATION_CUES } from '../understand/index.js';

/** About the bot: its data and sources, the SCO's official site, help, greetings, who it is, languages it reads. */
export const meta: Intent = {
  id: 'meta',
  priority: 30,
  examples: [
    { q: 'what is the sco website', must: ['sectsco.org'] },
    { q: 'how current is your data?', must: ['2026'], kind: 'noData' },
    { q: 'who are you', must: ['SCO'], kind: 'noData' },
  ],
  match(q) {
    // ("official sco secretariat website?": the Secretariat's own site, before where the Secretariat sits.)
    // ("short list for website", "for our site": what the answer is for, not a website asked about.)
    const forSite = q.words.some(
      (w, i) =>
        /^(website|site|webpage)$/.test(w) &&
        (q.words[i - 1] === 'for' || (/^(our|the|my|a)$/.test(q.words[i - 1] ?? '') && q.words[i - 2] === 'for')),
    );
    if (q.main('website') && !forSite)
      return q.bodies.includes('secretariat') && q.form !== 'yesno'
        ? 92
        : q.sco || q.has('claimSource') === false
          ? 90
          : 70;
    const topical =
      q.cues.some((c) => RELATION_CUES.has(c.cue)) || q.countries.length || q.events.length || q.people.length;
    // "… per your data?" beside a question about something is an aside, not a question about the data.
    // So is "list the main disagreements in your data": a relation asked beside it is what is asked.
    const asksOther = q.cues.some((c) => c.role === 'main' && c.cue !== 'aboutData' && RELATION_CUES.has(c.cue));
    // "What's still unknown?", "… and what's still blank?": the open questions the data records.
    // (A meeting's place in the order, held for every line naming the meeting, is no figure asked unless its ordinal is.)
    const noFigure = q.figures.every((x) => x.measure === 'ordinal' && !q.has('ordinalWord'));
    if (q.main('gaps') && noFigure && q.people.length === 0 && q.form !== 'yesno') return 92;
    // ("he says india blocked azerbaijan's sco bid. what does your data say about that?": what the data says of the
    // statement before, not what the data is.)
    const ofStatement = topical && / about (?:that|this|it|them)\b/.test(` ${q.words.join(' ')}`);
    if (
      (q.main('aboutData') && !asksOther && q.figures.length === 0 && !ofStatement) ||
      (q.has('aboutData') && !topical && q.figures.length === 0)
    )
      return 88;
    if (q.has('who-are-you')) return 85;
    if (q.has('help') && !topical) return 60;
    if (q.has('greeting') && !topical && !q.sco) return 50;
    if (q.has('language') && q.terms.some((t) => /^(speak|understand|reply|answer|read)$/.test(t)) && !q.sco) return 91;
    return undefined;
  },
  answer(q, f) {
    const site = f.store.citation(f.store.data.ask.topics.officialSite);
    const host = site
      ? site.url
          .replace(/^https?:\/\//, '')
          .split('/')[0]!
          .replace(/^eng\./, '')
      : undefined;
    if (q.main('website') && site && host) {
      return {
        kind: 'fact',
        title: () => host,
        lead: (l) => l.m.website(host),
        context: site.url,
        sources: [[site.id]],
      };
    }
    if (q.main('gaps')) {
      // Of the meeting or country named, when the data marks any open about it; else all of them.
      const all = f.unknowns();
      const about = all.filter(
        (u) =>
          (!q.eventNamed || q.events.some((e) => e.id === u.event)) &&
          (q.countries.length === 0 || q.countries.some((c) => u.countries.includes(c.country.id))),
      );
      const open = about.length > 0 ? about : all;
      return {
        kind: 'fact',
        title: () => 'Not yet in the data',
        lead: (l) => l.m.gaps(l.n(open.length)),
        details: [{ items: open.map((u) => `${u.what.charAt(0).toUpperCase()}${u.what.slice(1)}.`) }],
        sources: open.map((u) => u.sources),
      };
    }
    if (q.has('aboutData')) {
      return {
        kind: 'help',
        title: () => 'About the data',
        lead: (l) => l.m.aboutData(l.d(f.dataAsOf)),
        context: f.store.meta.coverageNote,
        sources: [],
        suggestions: ['/sco about', '/sco sources membership'],
      };
    }
    if (q.has('language'))
      return { kind: 'help', title: () => 'Languages', lead: (l) => l.m.languagesSpoken, sources: [] };
    if (q.has('who-are-you'))
      return {
        kind: 'help',
        title: () => 'SCO Briefing Bot',
        lead: (l) => l.m.whoAmI,
        context: (l) => l.m.help,
        sources: [],
      };
    return {
      kind: 'help',
      title: () => 'Ask me about the SCO',
      lead: (l) => l.m.help,
      sources: [],
      suggestions: starterQuestions(f),
    };
  },
};
