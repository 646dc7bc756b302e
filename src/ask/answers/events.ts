import type { EventT } from '../../facts/schema.js';
import { formatDate } from '../../base/dates.js';
import { eventWhenWhere, verificationNote } from '../../facts/wording.js';
import type { Reply } from '../../reply/model.js';
import type { AskContext } from '../context.js';
import { listNames, noFact, toReply } from '../draft.js';

function chairName(ctx: AskContext, e: EventT): string | undefined {
  if (!e.chair) return undefined;
  const o = ctx.facts.official(e.chair);
  return o ? `${o.roleLabel} ${o.name}` : e.chair;
}

const held = (e: EventT) => e.status === 'held';

/** What was asked about an event: when/where, chair, attendance, outcome, refusals and reasons. */
export function eventAnswer(ctx: AskContext, e: EventT): Reply {
  const { facts, c } = ctx;
  const whenWhere = eventWhenWhere(e, facts);
  const pending = !held(e);
  const pendingNote = pending ? ` It had not taken place by ${formatDate(facts.meta.dataAsOf)}, the data date${e.caveat ? ` (${e.caveat})` : ''}.` : '';
  const asksOutcome = c.has('outcome') || c.has('refuse') || c.has('why') || c.has('statement');
  if (pending && (asksOutcome || c.has('attend'))) {
    return toReply(facts, {
      title: `${e.name}: outcome not in the data`,
      summary: `The data does not hold the outcome of the ${e.name} (${whenWhere}), and I do not predict it.${pendingNote}`,
      sources: [e.sources],
      suggestions: ['what happened at the Tianjin summit', 'who chairs the SCO'],
    });
  }
  const named = ctx.e.countries.map((r) => r.country.id);
  const asksPosition = c.has('refuse') || c.has('why') || (named.length > 0 && (c.has('status') || / (stance|position|say|said) /.test(ctx.q.padded) || (/ (do|did) /.test(ctx.q.padded) && !c.has('attend'))));
  if (asksPosition && named.length > 0 && !e.positions.some((p) => named.includes(p.country))) {
    // A country with no recorded position: say whether it attended, and who it sent.
    const who = facts.officials({ event: e.id }).filter((o) => named.includes(o.country));
    const noStatement = e.outcomes.find((o) => /joint statement|communiqu/i.test(o.text));
    return toReply(facts, {
      title: `${e.name}: ${named.map((n) => facts.nameOf(n)).join(', ')}`,
      summary: `The data records no separate position for ${listNames(named.map((n) => facts.nameOf(n)))} at the ${e.name} (${whenWhere})${who.length ? `; ${listNames(who.map((o) => `${facts.nameOf(o.country)} was represented by ${o.name}`))}` : named.every((n) => e.attendees.includes(n)) ? '; it attended' : ''}.${noStatement ? ` ${noStatement.text}` : ''}`,
      sources: [e.sources, ...who.map((o) => o.sources), noStatement?.sources ?? []],
    });
  }
  if (asksPosition && e.positions.length > 0) {
    const ps = e.positions.filter((p) => named.length === 0 || named.includes(p.country));
    const list = ps.length ? ps : e.positions;
    const main = list[0]!;
    const noStatement = e.outcomes.find((o) => /joint statement|communiqu/i.test(o.text));
    return toReply(facts, {
      title: `${e.name}: ${facts.nameOf(main.country)} ${main.stance}`,
      summary: list.map((p) => `${facts.nameOf(p.country)} ${p.stance}${p.reason ? `. ${/refus|declin|reject/.test(p.stance) ? 'Stated reason' : 'Note'}: ${p.reason}` : '.'}`).join(' ') + (noStatement ? ` ${noStatement.text}` : ''),
      sections: [{ text: `${e.name}, ${whenWhere}.` }],
      sources: [...list.map((p) => p.sources), noStatement?.sources ?? []],
    });
  }
  // "Who hosted the 2025 defence ministers' meeting?": the host country, the city and the chair.
  if (/ (host|hosts|hosted|hosting|organised|organized|organiser|organizer) /.test(ctx.q.padded) && !c.has('attend') && !c.has('next') && e.host) {
    const chair = chairName(ctx, e);
    return toReply(facts, {
      title: `${e.name}: hosted by ${facts.nameOf(e.host)}`,
      summary: `${facts.nameOf(e.host)} ${pending ? 'hosts' : 'hosted'} the ${e.name} (${whenWhere})${chair ? `, chaired by ${chair}` : ''}.${pendingNote}`,
      sources: [e.sources],
    });
  }
  if (c.has('chair') && (c.has('who') || !c.has('when'))) {
    const chair = chairName(ctx, e);
    if (!chair) return noFact('Not in the data', `The data does not hold who chaired the ${e.name}.`, [`what happened at the ${e.city} meeting`]);
    return toReply(facts, { title: `${e.name}: chaired by ${chair}`, summary: `The ${e.name} (${whenWhere}) was chaired by ${chair}.`, sources: [e.sources] });
  }
  if ((c.has('join') || c.has('partner') || (c.has('member') && !c.has('attend'))) && e.outcomes.length > 0 && !named.length) {
    const relevant = e.outcomes.filter((o) => /admitted|member|partner|join/i.test(o.text));
    if (relevant.length > 0) {
      return toReply(facts, {
        title: `${e.name}: membership decisions`,
        summary: `At the ${e.name} (${whenWhere}): ${relevant.map((o) => o.text.replace(/\.$/, '')).join('; ')}.`,
        sources: relevant.map((o) => o.sources),
      });
    }
  }
  // "Did a joint communiqué come out of it?": the statement, not the attendance ("came").
  const statementAsked = (c.has('statement') || / (came|come|comes|coming) out of /.test(ctx.q.padded)) && !c.has('who') && !c.has('count') && !/ (attend|attended|attendance|present|represented) /.test(ctx.q.padded);
  if (!statementAsked && c.has('attend') || (c.has('who') && !c.has('host')) || (c.has('count') && !asksOutcome) || (named.length > 0 && c.has('yesno') && !c.has('where') && !c.has('when') && !c.has('which')) || ((c.has('list') || c.has('name')) && c.has('minister'))) {
    const ministers = facts.officials({ event: e.id });
    // The caveat every minister shares ("ministers change…") is said once, not ten times.
    const shared = ministers.length > 1 && ministers.every((o) => o.caveat && ministers[0]!.caveat && o.caveat.startsWith(ministers[0]!.caveat.split('.')[0]!)) ? ministers[0]!.caveat!.split('.')[0]! : undefined;
    const note = (o: (typeof ministers)[number]) => {
      if (!shared || !o.caveat) return verificationNote(o);
      const rest = o.caveat.slice(shared.length).replace(/^\.\s*/, '').trim();
      return rest ? ` (${rest})` : '';
    };
    const items = ministers.length
      ? ministers.map((o) => `${facts.nameOf(o.country)}: ${o.name}${note(o)}`)
      : e.attendees.map((a) => facts.nameOf(a));
    if (named.length > 0 && e.attendees.length === 0) {
      return toReply(facts, { title: 'Attendance not in the data', summary: `The data does not hold the list of who attended the ${e.name} (${whenWhere}).${e.attendanceNote ? ` ${e.attendanceNote}` : ''}`, sources: [e.sources], suggestions: [`what happened at the ${e.city} ${e.kind === 'summit' ? 'summit' : 'meeting'}`] });
    }
    if (items.length === 0 && !e.attendanceNote) return noFact('Not in the data', `The data does not list who attended the ${e.name} (${whenWhere}).`, [`what happened at the ${e.city} meeting`]);
    return toReply(facts, {
      title: `${e.name}: who attended`,
      summary: `${named.length && e.attendees.length ? (named.every((n) => e.attendees.includes(n)) ? `Yes — ${listNames(named.map((n) => facts.nameOf(n)))} attended. ` : `The data does not list ${listNames(named.filter((n) => !e.attendees.includes(n)).map((n) => facts.nameOf(n)))} among the attendees. `) : ''}${e.attendees.length ? `${e.attendees.length} member states attended the ${e.name} (${whenWhere}): ${listNames(e.attendees.map((a) => facts.nameOf(a)))}.` : `${e.name} (${whenWhere}).`}${e.attendanceNote ? ` ${e.attendanceNote}` : ''}`,
      sections: ministers.length ? [{ heading: 'Defence ministers', items, ...(shared && { text: `${shared}.` }) }] : [],
      sources: [e.sources, ...ministers.slice(0, 2).map((o) => o.sources)],
    });
  }
  if (asksOutcome && e.outcomes.length > 0) {
    const noStatement = c.has('statement') ? e.outcomes.find((o) => /joint statement|communiqu/i.test(o.text)) : undefined;
    return toReply(facts, {
      title: `${e.name}: outcome`,
      summary: noStatement ? `${noStatement.text} (${e.name}, ${whenWhere}.)` : `${e.summary}${e.summary.includes(e.start.slice(0, 4)) ? '' : ` (${whenWhere}.)`}`,
      sections: [{ heading: 'Outcomes', items: e.outcomes.map((o) => `${o.text}${verificationNote(o)}`) }],
      sources: e.outcomes.map((o) => o.sources),
    });
  }
  return toReply(facts, {
    title: e.name,
    summary: `${e.name}: ${whenWhere}${e.status === 'expected' ? ' (expected)' : e.status === 'announced' ? ' (announced)' : ''}. ${e.summary}${pendingNote}${e.caveat && !pending ? ` (${e.caveat})` : ''}`,
    sections: e.outcomes.length ? [{ heading: 'Outcomes', items: e.outcomes.map((o) => `${o.text}${verificationNote(o)}`) }] : [],
    sources: [e.sources, ...e.outcomes.slice(0, 1).map((o) => o.sources)],
  });
}

/** Summits without a named city: the next, the last, the one in a year, or all of them. */
export function summitAnswer(ctx: AskContext): Reply {
  const { facts, c } = ctx;
  const summits = facts.events({ scoOnly: true }).filter((e) => e.kind === 'summit');
  const when = ctx.e.when;
  const next = summits.find((e) => e.status !== 'held');
  const last = summits.find(held);
  if (when) {
    const inYear = summits.filter((e) => e.start.startsWith(String(when.year)));
    if (inYear.length) return eventAnswer(ctx, inYear[0]!);
    if (when.year > facts.dataDate.getUTCFullYear()) {
      return toReply(facts, { title: 'Not in the data — no prediction', summary: `The data (as of ${formatDate(facts.meta.dataAsOf)}) does not hold the ${when.year} summit or its host, and I do not predict it. The next summit it holds is the 2026 one in Bishkek, Kyrgyzstan.`, sources: [next?.sources ?? []], suggestions: ['when is the Bishkek summit', 'who chairs the SCO'] });
    }
    return toReply(facts, { title: 'Not in the data', summary: `The data does not hold the ${when.year} summit. It holds the summits of ${listNames([...summits].reverse().map((x) => `${x.start.slice(0, 4)} (${x.city}${x.status !== 'held' ? ', expected' : ''})`))}.`, sources: summits.slice(0, 3).map((x) => x.sources), suggestions: ['where was the 2024 summit', 'what happened at the Tianjin summit'] });
  }
  if (c.has('next') || c.has('future') || (c.has('host') && c.has('next'))) return eventAnswer(ctx, next ?? last!);
  if (c.has('last') || c.has('recent') || c.has('previous')) return eventAnswer(ctx, last!);
  if (c.has('list') || ctx.q.words.includes('summits')) {
    return toReply(facts, {
      title: 'SCO summits in the data',
      summary: `The data holds these Council of Heads of State summits; the latest held was the ${last!.name} and the next is the 2026 one in Bishkek.`,
      sections: [{ items: [...summits].reverse().map((e) => `${e.name} — ${eventWhenWhere(e, facts)}${e.status !== 'held' ? ` (${e.status})` : ''}`) }],
      sources: [last!.sources, next?.sources ?? []],
    });
  }
  return eventAnswer(ctx, next && (c.has('host') || c.has('where') || c.has('when')) && !c.has('last') ? next : last!);
}

/** The NATO Hague summit, held as context because the seed article compared it. */
export function natoAnswer(ctx: AskContext): Reply {
  const e = ctx.facts.event('nato-hague-2025')!;
  const target = e.outcomes[0]!;
  return toReply(ctx.facts, {
    title: 'NATO summit, The Hague (24–25 June 2025)',
    summary: `Not an SCO event; the data holds it as context. At the NATO summit in The Hague (${eventWhenWhere(e, ctx.facts)}) ${target.text.charAt(0).toLowerCase()}${target.text.slice(1)}`,
    sections: [{ items: e.outcomes.slice(1).map((o) => `${o.text}${verificationNote(o)}`) }, { text: 'The SCO defence ministers met in Qingdao on 25–26 June 2025; the plenary on 26 June came a day after the NATO summit ended.' }],
    sources: [target.sources, e.sources],
  });
}

/** "What happened in 2024?": the events the data holds for that year. */
export function eventsInYearAnswer(ctx: AskContext, year: number): Reply | undefined {
  const events = ctx.facts.events().filter((e) => e.start.startsWith(String(year))).reverse();
  if (events.length === 0) return undefined;
  return toReply(ctx.facts, {
    title: `SCO events in ${year}`,
    summary: `The data holds ${events.length} event${events.length === 1 ? '' : 's'} in ${year}: ${events.map((e) => `${e.name} (${eventWhenWhere(e, ctx.facts)})`).join('; ')}.`,
    sections: [{ items: events.map((e) => `${e.name}: ${e.summary}`) }],
    sources: events.map((e) => e.sources),
  });
}

/** The defence ministers' meetings by kind, when no city is named: the next, or the last held. */
export function ministerialEvent(ctx: AskContext): EventT | undefined {
  const list = ctx.facts.events({ scoOnly: true }).filter((e) => e.kind === 'ministerial');
  if (ctx.c.has('next') || ctx.c.has('future')) return list.find((e) => e.status !== 'held') ?? list[0];
  return list.find((e) => e.status === 'held');
}
