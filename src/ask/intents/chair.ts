import type { ChairmanshipT, CountryT } from '../../facts/schema.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Verdict } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { chairTermEnd } from '../../facts/time.js';
import { whenWhere } from './events.js';
import { chairCountFact, firstSentence, hostAnnouncedLine, nextSummitPlace, noteOf, subjects } from './shared.js';

/**
 * The rotating chair: now, in a year or a term (2022–23, written with a hyphen or slash), when a country joined, before or after
 * a country, a country's own terms, the rule, the motto, and the next chair (not held, not predicted).
 */
export const chair: Intent = {
  id: 'chair',
  priority: 86,
  examples: [
    { q: 'is kyrgyzstan the chair', must: ['No', 'ended'] },
    { q: 'is the chair kazakhstan', must: ['Kazakhstan'], mustNot: ['Yes.'] },
    { q: 'who chairs the sco', must: ['Kyrgyzstan', '1 September 2025'] },
    { q: 'who was the chair before kyrgyzstan', must: ['China'] },
    { q: 'who chaired the SCO in 2023', must: ['India', 'Kazakhstan'] },
    { q: 'which country chaired the sco in 2022-23', must: ['India'] },
    { q: 'has india ever chaired the sco', must: ['Yes', 'India', '2022'] },
    { q: 'which country chaired the summit where Iran was admitted', must: ['India'], mustNot: ['Iran chaired'] },
    { q: 'who will chair the SCO after Kyrgyzstan?', must: ['does not hold'], mustNot: ['Pakistan will'] },
    { q: 'Кто председательствует в ШОС?', must: [['Кыргызстан', 'Kyrgyzstan']] },
  ],
  match(q) {
    // ("which leader confirmed armenia's bid": a leader asked of an application, not the chair.)
    const chairCue =
      q.main('chair') ||
      // ("Compare Kyrgyzstan's chairmanships for us — how many has it had?": the count asks of the topic put first.)
      (q.form === 'howMany' &&
        q.has('chair') &&
        q.cues.every((c) => c.role !== 'main' || c.cue === 'count' || c.cue === 'how')) ||
      (q.main('head') &&
        (q.form === 'which' || q.has('list')) &&
        !q.main('secgen') &&
        !q.main('apply') &&
        // ("list the heads-of-state summits": "heads" names a council, not who heads the SCO.)
        !/\bheads? of (state|government)\b/.test(q.words.join(' ')));
    // ("our docent says chair order is written in the charter … Is it official rule?": whether a rule of the chair's order
    // stated before is written down.)
    // ("… how the chairmanship rotates. One of my students says it goes by the English alphabet - is that right?": an
    // alphabetical order said of the chair is that rule too.)
    const ruleOfChair =
      q.has('chair') &&
      (q.terms.some((t) => /^(alphabetical|alphabet|alphabetically)$/.test(t)) ||
        (q.terms.some((t) => /^(rule|rules|official|officially|written)$/.test(t)) &&
          q.terms.some((t) => /^(order|alphabetical|alphabet|alphabetically)$/.test(t))));
    if (!chairCue && ruleOfChair && !q.eventNamed) return 91;
    if (sequenceAsked(q)) return 92;
    // ("Kyrgyzstan's chairmanship: when it started, the motto, the summit": the term's own summit, beside its motto.)
    // ("dev bank priority sectors": the priorities of a thing named, not of the chairmanship.)
    if (
      !chairCue &&
      !(q.main('motto') && (!q.main('summit') || q.has('chair')) && (q.thing === undefined || q.has('chair')))
    )
      return undefined;
    // ("since India chairs the SCO this year, where will the next summit be?": the summit's own question.)
    if (nextSummitPlace(q)) return undefined;
    // "which number chairmanship is this for kyrgyzstan? 3rd? 4th?": a country's chairmanships counted, not a numbered
    // meeting.
    if (
      q.countries.length === 1 &&
      q.places.length === 0 &&
      (q.main('ordinalWord') ||
        q.words.some((w) => /^(number|times)$/.test(w)) ||
        // ("is this kyrgyzstan's 4th time as chair?")
        (q.words.includes('time') && q.numbers.some((n) => n.stance === 'ordinal')) ||
        // ("2025-26 was kyrgyzstan's which chairmanship — 3rd or 4th?": two places offered.)
        q.numbers.filter((n) => n.stance === 'ordinal').length >= 2)
    )
      return 95;
    // ("what's the difference between the SCO chairmanship and the heads of government council chair?": both chairs.)
    if (bothChairs(q)) return 93;
    // The chair of one meeting (Qingdao, the Hague) is the event's; a summit's is the rotating chair's.
    if (q.eventNamed && q.events[0] && q.events[0].kind !== 'summit' && !q.eventByClause) return undefined;
    if (q.main('secgen')) return undefined;
    return q.eventByClause ? 94 : 90;
  },
  answer(q, f) {
    if (bothChairs(q)) return bothChairsDraft(q, f);
    // "chair sequence for the last 5 yrs: uzbekistan, india, kazakhstan, china, kyrgyzstan — correct order?": the chairs
    // in order, and whether the countries named follow one another so.
    const sequence = sequenceAsked(q);
    if (sequence) {
      const all = inOrder(f);
      const run = all.findIndex((_, i) => sequence.every((c, k) => all[i + k]?.country === c));
      return {
        kind: 'fact',
        title: () => 'SCO chairs',
        // (Checked, not asked to be put in order: "put these chairs in the right order: China, India, …".)
        ...((q.form === 'yesno' ||
          q.has('true') ||
          q.words.some((w) => /^(correct|right|true|accurate|wrong)$/.test(w))) &&
          // (Not a request to order them: "put these chairs in the right order".)
          !q.words.some((w) => /^(put|sort|arrange|reorder|rearrange)$/.test(w)) && {
            verdict: run >= 0 ? ('yes' as const) : ('no' as const),
            verdictAlways: true,
          }),
        lead: (l) => termsLine(f, l, all),
        sources: all.map((t) => t.sources),
      };
    }
    const all = f.chairs();
    const rotation = f.topic('chairRotation');
    /** How the chair rotates: the data's own sentence leads in English (it says who hosts, which the message frame does not). */
    const rotationDraft = (): Draft => {
      const rule = f.topic('chairRotationRule');
      return {
        kind: 'fact',
        title: () => 'How the chair rotates',
        lead: (l) => (l.lang === 'en' && rotation ? firstSentence(rotation.text) : l.m.chairRule),
        context: rotation?.text,
        note: rule ? `${rule.text}` : undefined,
        sources: [rotation?.sources ?? []],
      };
    };
    // "… at a summit chaired by India": the country after "chaired by" is the chair asked about, whoever is named first.
    const agent = q.countries.find(
      (r) => q.words[r.at - 1] === 'by' && /^chair/.test(q.words[r.at - 2] ?? ''),
    )?.country;
    // (A country named only by its people, "im kyrgyz, which years did we chair before", is whose chairmanships are counted.)
    const people = q.countries.filter((c) => c.role !== 'aside');
    // "kyrgyzstan's 2025-26 chairmanship is its 3rd, yes?": the ordinal checked against the count of its chairmanships.
    const nth = q.form === 'yesno' ? q.numbers.find((n) => n.stance === 'ordinal')?.value : undefined;
    // ("Compare Kyrgyzstan's chairmanships for us — how many has it had?": the one country of the topic put first.)
    const topical = q.form === 'howMany' && people.length === 0 && q.countries.length === 1 ? q.countries : [];
    const cs0 = (
      subjects(q).length === 0 && people.length === 1 && (countAsked(q) || nth !== undefined)
        ? [people[0]!.country]
        : subjects(q).length === 0 && topical.length === 1
          ? [topical[0]!.country]
          : subjects(q)
    ).filter((c) => !(q.relativeTo && c.id === q.relativeTo.country.id));
    const cs = agent && cs0.includes(agent) ? [agent, ...cs0.filter((c) => c !== agent)] : cs0;
    if (q.main('motto')) return motto(f, q);
    // ("Which body does Tajikistan chair in 2026?": a council's chair the country holds then, when it holds no rotating
    // term then, and the rotating chair of that time beside it.)
    const year = q.time?.year ?? f.today.getUTCFullYear();
    const other =
      cs.length === 1 &&
      q.form !== 'howMany' &&
      !countAsked(q) &&
      !q.eventNamed &&
      q.tense !== 'future' &&
      !q.has('next')
        ? otherChairOf(f, cs[0]!.id, year)
        : undefined;
    const heldThen = (t: ChairmanshipT) =>
      t.from.slice(0, 4) <= String(year) && (!t.to || t.to.slice(0, 4) >= String(year));
    if (other && !f.chairs().some((t) => t.country === cs[0]!.id && heldThen(t))) {
      // ("did tajikistan chair the sco in 2026?": the SCO's own chair asked, the council's is beside the No.)
      const council =
        q.bodies.length > 0 || q.words.some((w) => /^(government|governments|chg|council|councils|premiers)$/.test(w));
      const rotating = f.chairs().filter(heldThen);
      if (q.form === 'yesno' && q.sco && !council && rotating.length > 0)
        return {
          kind: 'fact',
          title: () => other.label,
          verdict: 'no',
          lead: (l) =>
            l.m.notChair(l.c(cs[0]!), l.m.inYear(l.d(String(year))), l.list(rotating.map((t) => l.c(t.country)))),
          context: firstSentence(other.text),
          sources: [...rotating.map((t) => t.sources), other.sources],
        };
      return {
        kind: 'fact',
        title: () => other.label,
        ...(q.form === 'yesno' && { verdict: 'yes' as Verdict }),
        lead: (l) => (l.lang === 'en' ? firstSentence(other.text) : l.m.fromData(other.label)),
        ...(q.lang !== 'en' && { context: firstSentence(other.text) }),
        note: noteOf(other),
        sources: [other.sources],
      };
    }
    const counted =
      nth !== undefined && cs.length === 1
        ? f.store.data.organisation.find(
            (o) => o.topic === 'chairmanship' && o.count !== undefined && o.countries.includes(cs[0]!.id),
          )
        : undefined;
    if (counted)
      return {
        kind: 'fact',
        title: (l) => l.c(cs[0]!),
        verdict: counted.count === nth ? 'yes' : 'no',
        lead: (l) => (l.lang === 'en' ? counted.text : l.m.fromData(counted.label)),
        ...(q.lang !== 'en' && { context: counted.text }),
        note: noteOf(counted),
        sources: [counted.sources],
      };
    // "how the chairmanship moved year by year from India to Kyrgyzstan", "passed from China to Kyrgyzstan": the terms
    // from the one to the other in order, and the summit at which each handed the chair on.
    const along = passedAlong(q, f);
    if (along)
      return {
        kind: 'fact',
        title: (l) => l.list(along.map((t) => l.c(t.country))),
        lead: (l) => termsLine(f, l, along),
        details: [
          {
            items: along.slice(0, -1).flatMap((t, i) => {
              const e = t.hostsSummit ? f.event(t.hostsSummit) : undefined;
              return e ? [(l: Loc) => l.m.chairPassedAt(l.event(e), l.c(t.country), l.c(along[i + 1]!.country))] : [];
            }),
          },
        ],
        note: noteOf(along[0]),
        sources: along.map((t) => t.sources),
      };
    // ("… just before kyrgyzstan, and the one before that?": two steps back.)
    // ("which countries chaired before kyrgyzstan, last few years?": every term before it the data holds.)
    if (q.relativeTo)
      return relative(
        f,
        q.relativeTo.country,
        q.relativeTo.mode,
        q.relativeTo.from ||
          (q.relativeTo.mode === 'before' && SEVERAL_TERMS.test(` ${q.words.join(' ')} `)) ||
          (q.relativeTo.mode === 'after' && SEVERAL_AFTER.test(` ${q.words.join(' ')} `))
          ? Number.POSITIVE_INFINITY
          : /\b(?:one|and|then) (?:before|after) (?:that|them|it)\b/.test(q.words.join(' '))
            ? 2
            : 1,
        q,
      );
    // ("for the Bishkek file: how many times has Kyrgyzstan held the chair?": its terms, whatever meeting is named.)
    if (cs.length > 0 && (q.form === 'howMany' || q.terms.some((t) => /^(times|turns|stints)$/.test(t))))
      return ofCountry(f, q, cs[0]!);
    // ("who was chairing when Iran and Belarus joined?": the chair on the day each joined, in turn.)
    const joiners = [
      ...new Set(q.countries.filter((c) => c.role !== 'aside' && c.by !== 'demonym').map((c) => c.country)),
    ];
    if (q.has('join') && joiners.length >= 2 && !q.time) {
      const each = joiners.map((c) => {
        const at = chairAtJoining(f, c);
        return at ? { c, ...at } : undefined;
      });
      if (each.every((x) => x !== undefined) && new Set(each.map((x) => x!.day)).size > 1) {
        const got = (each as { c: CountryT; day: string; t: ChairmanshipT }[]).sort((a, b) =>
          a.day.localeCompare(b.day),
        );
        return {
          kind: 'fact',
          title: (l) => l.list(got.map((x) => l.c(x.t.country))),
          lead: (l) => got.map((x) => l.m.chairThen(l.c(x.t.country), l.m.onDay(l.d(x.day)))).join(' '),
          ...(got.length === 2 && {
            context: (l: Loc) => l.m.joinedFirst(l.c(got[0]!.c), l.d(got[0]!.day), l.c(got[1]!.c), l.d(got[1]!.day)),
          }),
          sources: got.map((x) => x.t.sources),
        };
      }
    }
    // "Iran accession date and under whose chairmanship?": the chair on the day the country joined.
    const atJoining =
      (q.main('join') || q.has('join', 'sub')) && cs.length === 1 ? chairAtJoining(f, cs[0]!) : undefined;
    if (atJoining && atJoining.t.country !== cs[0]!.id) {
      const { day, t: chairThen } = atJoining;
      return term(f, chairThen, (l) => l.m.chairThen(l.c(chairThen.country), l.m.onDay(l.d(day))));
    }
    if (q.eventByClause) {
      const held = f.chairOfSummit(q.eventByClause!.id) ?? (q.clauseDay ? f.chairOn(q.clauseDay.day) : undefined);
      if (held) return term(f, held, (l) => l.m.chairThen(l.c(held.country), l.m.onDay(l.d(q.eventByClause!.start))));
    }
    // "Who took over the chair at the Tianjin summit?", "which country became chair after it?", "кто стал председателем
    // после саммита в Бишкеке?": the term that summit began, not the one it closed (none in the data after the last).
    const began =
      q.eventNamed &&
      q.events[0]?.kind === 'summit' &&
      Date.parse(q.events[0].start) < q.today.getTime() &&
      takesOver(q)
        ? f.chairOfSummit(q.events[0].id)
        : undefined;
    const terms = began ? inOrder(f) : [];
    const successor = began ? terms[terms.indexOf(began) + 1] : undefined;
    // (Not a walk through one country's term "from taking over to the Bishkek summit", nor a country's own term asked
    // beside another meeting: "when did Kyrgyzstan take over the chair?" after Tianjin is Kyrgyzstan's.)
    // ("天津峰會時中國是輪值主席國，之後交給誰了？": the country that handed over, named, asks of its successor.)
    const asked = q.countries.filter((c) => c.role !== 'aside').map((c) => c.country);
    const ownTerm =
      asked.length > 0 &&
      (q.form === 'explain' ||
        q.form === 'how' ||
        (q.form !== 'yesno' &&
          (asked.every((c) => c.id !== successor?.country && c.id !== began?.country) ||
            (q.form === 'fragment' && asked.some((c) => c.id === began?.country)))));
    if (began && !ownTerm) {
      if (!successor) return now(f, q);
      return {
        ...term(f, successor, (l) => l.m.chairThen(l.c(successor.country), l.m.onDay(l.d(successor.from)))),
        // ("Did Kyrgyzstan take over the chairmanship at the Tianjin summit?": the country put to be checked.)
        ...(q.form === 'yesno' &&
          cs.length > 0 && { verdict: (cs.some((c) => c.id === successor.country) ? 'yes' : 'no') as Verdict }),
      };
    }
    // "Who was chairing the Astana summit?": the chair whose year ended with the summit it hosted.
    const summit =
      q.eventNamed &&
      q.events[0]?.kind === 'summit' &&
      // (Another language's past is often only a verb ending the reading does not tell: "¿Quién presidió la cumbre de
      // Tianjin?" asks of a summit already held.)
      // ("… после саммита в Бишкеке?", "… den Vorsitz übernommen?" ask of the term after it.)
      // ("which member held the chair at that summit": a verb in the past the reading does not count as its tense.)
      (q.tense === 'past' ||
        /\b(held|chaired|hosted|presided)\b/.test(q.words.join(' ')) ||
        (q.lang !== 'en' &&
          Date.parse(q.events[0].start) < q.today.getTime() &&
          !q.main('after', 'handover', 'next', 'leaders'))) &&
      !q.has('current') &&
      (!q.time || q.events[0].start.startsWith(String(q.time.year))) &&
      // ("why did the SCO pick Pakistan as 2026-27 chair at the Bishkek summit?": a term of two years asked is the one
      // that summit began, not the one it ended.)
      !(q.time?.mode === 'range' && q.time.untilYear !== undefined)
        ? q.events[0]
        : undefined;
    const hosted = summit && f.chairOfSummit(summit.id);
    if (summit && hosted)
      return {
        ...term(f, hosted, (l) => l.m.chairThen(l.c(hosted.country), l.m.onDay(l.d(summit.start)))),
        // ("was the 2023 virtual summit chaired by Kazakhstan?": the country put to be checked against the term.)
        // (Not whether a country took over there, "Did Kyrgyzstan take over the chairmanship at the Tianjin summit?".)
        ...(q.form === 'yesno' &&
          cs.length > 0 &&
          !q.cues.some((c) => /^(tookOffice|handover|next|after)$/.test(c.cue)) &&
          !endAsked(q) && {
            verdict: (cs.some((c) => c.id === hosted.country) ? 'yes' : 'no') as Verdict,
          }),
      };
    if (q.clauseDay) {
      const held = f.chairOn(q.clauseDay.day);
      if (held)
        return term(f, held, (l) =>
          l.m.chairThen(l.c(held.country), l.m.onDay(l.d(q.clauseDay!.day.toISOString().slice(0, 10)))),
        );
      // A day before the chairs the data holds: said as for that day's year, not answered with today's chair.
      const day = q.clauseDay.day;
      if (!q.time)
        return inTime(f, {
          ...q,
          time: { year: day.getUTCFullYear(), from: day, to: day, mode: 'in', role: 'sub', at: 0 },
        });
    }
    // "Who chairs now that Kyrgyzstan's year is over?": a country named beside "who" is not whom the question is about.
    // ("which summit did India chair?": "which" asks of the country's term, not who chaired.)
    const whichOf = q.words.findIndex((w) => w === 'which' || w === 'what');
    const ofTerm = /^(summit|summits|meeting|meetings|year|years|term|terms)$/.test(q.words[whichOf + 1] ?? '');
    const asksWho = (q.form === 'who' || q.form === 'which') && !countAsked(q) && !ofTerm;
    // ("Has Kyrgyzstan chaired the SCO before 2025?": the country's own terms, before that year.)
    if (cs.length > 0 && !asksWho && (!q.time || countAsked(q) || q.time.mode === 'before'))
      return ofCountry(f, q, cs[0]!);
    // "Pakistan as 2026-27 chair?": a term after the last the data holds is what the data says of now (not held, and any announcement).
    const t = q.time;
    const lastTerm = all.at(-1);
    if (
      t?.mode === 'range' &&
      t.untilYear !== undefined &&
      lastTerm &&
      t.year > Number(lastTerm.from.slice(0, 4)) &&
      !all.some((c) => c.from.startsWith(String(t.year)))
    )
      return { ...now(f, q), ...(q.form === 'yesno' && { verdict: 'unknown' as Verdict }) };
    // ("is the kyrgyz chairmanship still running in december 2026?": a term asked of a time after the day it ended, No.)
    const standing = f.chairStanding();
    if (
      q.form === 'yesno' &&
      q.time &&
      standing.kind === 'ended' &&
      q.countries.some((c) => c.country.id === standing.chair.country) &&
      (endAsked(q) || q.time.from.getTime() >= Date.parse(standing.endedOn))
    )
      // ("Is Kyrgyzstan's chairmanship over now, or does it run until next year?": its end asked first, Yes.)
      return { ...now(f, q), verdict: endAsked(q) ? ('yes' as Verdict) : ('no' as Verdict) };
    // A year to come: who chairs then is not in the data, and not predicted.
    if (q.time && q.time.from > f.today)
      return { ...next(f), ...(q.form === 'yesno' && { verdict: 'unknown' as Verdict }) };
    // "Is there an official rule that the chair goes in alphabetical order?", "is there a rule for who chairs next? …
    // alphabetically": the data says no primary text was found (the rule, not the next chair).
    const ruleFact = f.topic('chairRotationRule');
    const ruleAsked =
      (q.terms.some((t) => /^(rule|rules|alphabetical|alphabet|official)$/.test(t)) &&
        q.terms.some((t) => /^(order|alphabetical|alphabet|rule|rules)$/.test(t))) ||
      (q.terms.some((t) => /^(rule|rules|alphabetical|alphabetically|alphabet)$/.test(t)) &&
        q.form !== 'who' &&
        q.form !== 'which');
    // ("based on the alphabet pattern, just tell me who the next three chairs will be": the chairs to come are asked, by
    // the rule; they are not predicted.)
    if (ruleAsked && ruleFact && !(q.main('next') && q.tense === 'future')) {
      // ("explain how the chairmanship has rotated since 2021 and whether there is a documented rule": the chairs of the
      // span beside the rule.)
      const since = q.time?.mode === 'after' ? all.filter((c) => Date.parse(c.from) >= q.time!.from.getTime()) : [];
      return {
        kind: 'fact',
        title: () => 'How the chair rotates',
        ...(q.form === 'yesno' && { verdict: 'unknown' as Verdict }),
        lead: (l) => (l.lang === 'en' ? ruleFact.text : l.m.chairRule),
        context: rotation?.text ? firstSentence(rotation.text) : undefined,
        ...(since.length >= 2 && {
          details: [
            { items: [(l: Loc) => l.m.chairsList(l.list(since.map((c) => `${l.c(c.country)} (${l.d(c.from)})`)))] },
          ],
        }),
        sources: [ruleFact.sources, rotation?.sources ?? [], ...since.map((c) => c.sources)],
      };
    }
    // "How does it work — does whoever chairs host the next summit?": the rotation, whose own sentence says so.
    // (So does "the chair hosts the next summit, right?", "chair country hosts the next summit — true?": the chair of no
    // country or time named, checked as a rule.)
    const hostsRule =
      q.main('host') &&
      (q.words.includes('whoever') ||
        (q.form === 'yesno' && q.has('next') && q.has('summit') && subjects(q).length === 0 && !q.time));
    if (hostsRule) return { ...rotationDraft(), ...(q.form === 'yesno' && { verdict: 'yes' as Verdict }) };
    // ("retracer la succession des présidences depuis 2021, et me dire ce qu'on sait de la suivante": the chairs since the
    // year, then what the data holds of the next.)
    if (q.has('next') && q.time?.mode === 'after' && q.time.from <= f.today && q.form !== 'yesno') {
      const span = inTime(f, q);
      const ahead = next(f, undefined, q);
      return {
        ...span,
        lead: (l) => `${span.lead(l)} ${ahead.lead(l)}`,
        ...(ahead.context && { context: ahead.context }),
        sources: [...span.sources, ...ahead.sources],
      };
    }
    // ("… says india is chairing the sco this year so the next big summit is in india — true?": the chair now, put as a
    // claim, is what is checked; the next summit follows from it.)
    const nowClaimed = q.has('current') && q.tense === 'present' && chairClaimed(q).length > 0;
    if (!nowClaimed && (q.has('next') || (q.tense === 'future' && !q.time))) return next(f, undefined, q);
    // "Who chairs the SCO this year?": now.
    if (q.time && q.tense === 'present' && q.time.mode === 'in' && q.time.year === f.today.getUTCFullYear())
      return now(f, q);
    if (q.time) return inTime(f, q);
    // ("walk me through the chairmanship rotation over the past five years": the chairs one after another.)
    if (
      q.main('list') ||
      q.has('all') ||
      q.form === 'list' ||
      (q.has('previous') && q.has('all')) ||
      ((q.form === 'explain' || q.main('path', 'growth')) && (q.has('previous') || q.has('last')))
    ) {
      return {
        kind: 'fact',
        title: () => 'SCO chairs',
        lead: (l) => termsLine(f, l, all),
        context: rotation?.text,
        sources: [rotation?.sources ?? []],
      };
    }
    if (
      q.has('how') ||
      q.terms.some((t) =>
        /^(rotate|rotates|chosen|decided|picked|order|sequence|selected|work|works|decides|decide|role|do|does)$/.test(
          t,
        ),
      )
    )
      return rotationDraft();
    if (q.has('previous') || (q.has('last') && !q.has('current'))) {
      const cur = current(f);
      const i = cur ? all.indexOf(cur) : all.length;
      const prev = all[i - 1];
      if (prev && cur) return relative(f, f.country(cur.country)!, 'before');
    }
    return now(f, q);
  },
};

/**
 * Whether the chair asked is the one a meeting handed the chair to: "took over", "became", "to whom", or "after" the
 * meeting; not who handed it over ("who handed over the chair at Tianjin?").
 */
function takesOver(q: Question): boolean {
  const t = ` ${q.words.join(' ')} `;
  if (/ who (handed|passed|gave|transferred|ceded)\b/.test(t) && !/ to (whom|who)\b/.test(t)) return false;
  // (Only "after" itself, not "since" or "from": "since the Tianjin summit" dates a statement.)
  // ("became" only of the chair: "Laos became the 11th member at Tianjin" is no handover.)
  return (
    / (took|take|takes|taking) over | (became|become|becomes|assumed|assume|assumes|succeeded|inherited) (the )?(sco )?(rotating )?(chair|chairman|chairmanship|chair country|presidency) | to whom | (passed|handed|transferred|handed over|passed on) to | (after|afterwards|nach|danach|despues|tras|apres|sonra) /.test(
      t,
    ) ||
    /\b(ubernahm|ubernommen|ubernimmt|asumio|recibio)\b/.test(t) ||
    (q.words.length === 0 && q.main('after', 'next'))
  );
}

/** The chair terms, oldest first. */
function inOrder(f: AskFacts): ChairmanshipT[] {
  return [...f.chairs()].sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * Two countries named in turn in a walk-through of the chair ("from India to Kyrgyzstan"): the terms from the first's to the
 * second's, the nearest such run in the data. Not a yes/no or a question word asking one thing of them.
 */
function passedAlong(q: Question, f: AskFacts): ChairmanshipT[] | undefined {
  // ("list the chairs from uzbekistan to kyrgyzstan", "the chair order starting from uzbekistan in 2021-22": the run
  // asked as a list or an order.)
  const listed = q.form === 'list' || q.main('list') || q.words.some((w) => /^(order|sequence)$/.test(w));
  if (!(q.form === 'explain' || q.form === 'how' || q.main('growth', 'path') || listed)) return undefined;
  if (q.eventNamed) return undefined;
  const named = [
    ...new Set(
      q.countries
        .filter((c) => c.role !== 'aside' && c.by !== 'demonym')
        .sort((a, b) => a.at - b.at)
        .map((c) => c.country.id),
    ),
  ];
  const all = inOrder(f);
  // (One country the run starts from: its last term, and every one after it.)
  const start = q.countries.find((c) => c.country.id === named[0]);
  if (listed && named.length === 1 && start && /^(from|since)$/.test(q.words[start.at - 1] ?? '')) {
    const i = all.map((x) => x.country).lastIndexOf(named[0]!);
    return i >= 0 && i < all.length - 1 ? all.slice(i) : undefined;
  }
  if (named.length !== 2) return undefined;
  let best: [number, number] | undefined;
  all.forEach((t, j) => {
    if (t.country !== named[1]) return;
    const i = all
      .slice(0, j)
      .map((x) => x.country)
      .lastIndexOf(named[0]!);
    if (i >= 0 && (!best || j - i < best[1] - best[0])) best = [i, j];
  });
  return best && all.slice(best[0], best[1] + 1);
}

/** "The SCO chairs in the data: Uzbekistan (September 2021 – September 2022), …": each term with its span. */
function termsLine(f: AskFacts, l: Loc, terms: readonly ChairmanshipT[]): string {
  // (A term the data leaves open that has ended by the rule ends on that day: nothing past reads as still running.)
  const standing = f.chairStanding();
  const end = (t: ChairmanshipT) =>
    t.to ?? (standing.kind === 'ended' && standing.chair === t ? standing.endedOn : undefined);
  return l.m.chairsList(
    l.list(terms.map((t) => `${l.c(t.country)} (${l.d(t.from)}${end(t) ? ` – ${l.d(end(t)!)}` : ''})`)),
  );
}

/** Three or more countries named in a line about the chair, put to be checked as its order: their codes as typed. */
function sequenceAsked(q: Question): string[] | undefined {
  // (Not the countries given as an example of a rule: "… по русскому алфавиту (Индия → Казахстан → …)? Это где-то закреплено?")
  if (!q.has('chair') || q.eventNamed || q.words.length === 0) return undefined;
  if (q.terms.some((t) => /^(rule|rules|official|officially|written|alphabetical|alphabet|alphabetically)$/.test(t)))
    return undefined;
  const named = q.countries.filter((c) => c.by !== 'demonym').sort((a, b) => a.at - b.at);
  if (named.length < 3) return undefined;
  // (Not a question word asked beside them: "ok so kazakhstan then china then kyrgyzstan... who was chair just before
  // kazakhstan?")
  if (!/^(yesno|fragment|list|choice)$/.test(q.form)) return undefined;
  const checked = q.form === 'yesno' || q.has('true') || q.words.some((w) => /^(order|sequence|ordered)$/.test(w));
  return checked ? named.map((c) => c.country.id) : undefined;
}

/**
 * "CHG chair vs sco chair, not the same country?", "difference between the CHS and the CHG? who chairs which?": the
 * rotating chair and the Council of Heads of Government's own chair, set side by side.
 */
function bothChairs(q: Question): boolean {
  // The rotating chair named by the organisation's name ("sco chair", "the SCO chairmanship"), or by the council at the
  // top set against the other.
  const rotatingNamed = q.cues.some(
    (c) => c.cue === 'chair' && /^(sco|rotating|summit|organisation|organization)$/.test(q.words[c.at - 1] ?? ''),
  );
  // (Two councils compared as such are the bodies' answer, which says where each met too.)
  const bodiesCompared =
    q.bodies.length >= 2 && (q.main('difference', 'compare') || q.form === 'explain' || q.main('same'));
  return (
    q.has('chair') &&
    q.bodies.includes('headsOfGovernment') &&
    !bodiesCompared &&
    // (A year names a meeting or a term of its own: "2025 heads of govt council — where was it and who chaired?"; a
    // chair's term, "en 2025-2026", is the one asked.)
    (!q.time || q.time.untilYear !== undefined) &&
    (q.bodies.includes('headsOfState')
      ? q.has('difference') || q.has('compare') || q.has('same') || ['who', 'which', 'fragment'].includes(q.form)
      : rotatingNamed)
  );
}

function bothChairsDraft(q: Question, f: AskFacts): Draft {
  const rotating = now(f, q);
  const council = councilChair(f);
  const rotation = f.topic('chairRotation');
  // (Asked how the two differ: what the data says of the council at the top, beside the chairs.)
  const supreme = q.has('difference') || q.has('compare') ? f.topic('supremeBody') : undefined;
  return {
    kind: 'fact',
    title: (l) => l.list([l.body('headsOfState'), l.body('headsOfGovernment')]),
    ...(supreme && { details: [{ items: [firstSentence(supreme.text)] }] }),
    lead: (l) => [rotating.lead(l), council ? councilLine(l, council) : ''].filter((x) => x !== '').join(' '),
    ...(rotation && { context: firstSentence(rotation.text) }),
    sources: [...rotating.sources, council?.sources ?? [], rotation?.sources ?? [], supreme?.sources ?? []],
  };
}

/** The data's latest record of a chair of the Council of Heads of Government (held by the country, when one is given). */
function councilChair(f: AskFacts, country?: string) {
  const name = f.names.bodies.headsOfGovernment?.display.en;
  return f.store.data.organisation
    .filter(
      (o) =>
        o.topic === 'chairmanship' &&
        name !== undefined &&
        o.text.includes(name) &&
        (country === undefined || o.holder === country),
    )
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
}

function councilLine(l: Loc, council: { text: string; label: string }): string {
  return l.lang === 'en' ? council.text : l.m.fromData(council.label);
}

/** The chair today; undefined once the term has ended (by record or by the rule) with no successor in the data. */
function current(f: AskFacts): ChairmanshipT | undefined {
  const s = f.chairStanding();
  return s.kind === 'current' ? s.chair : undefined;
}

function now(f: AskFacts, q: Question): Draft {
  const standing = f.chairStanding();
  const rotation = f.topic('chairRotation');
  if (standing.kind === 'ended') {
    // "Who chairs now?" after the summit that ended the term: it ended, and the successor is not in the data.
    const last = standing.chair;
    const named = subjects(q);
    const verdict: Verdict | undefined =
      q.form === 'yesno' && named.length
        ? named.some((c) => c.id === last.country)
          ? endAsked(q)
            ? 'yes'
            : 'no'
          : 'unknown'
        : // ("is the kyrgyz chairmanship over?": the term named by its people's word; "… still running?", No.)
          q.form === 'yesno' && q.countries.some((c) => c.country.id === last.country)
          ? endAsked(q)
            ? 'yes'
            : q.main('still')
              ? 'no'
              : undefined
          : undefined;
    const said = f.unknowns({ topic: 'chair' }).find((u) => u.announced);
    // ("is India the SCO chair this year?": the country named, when not the last chair, with its own last term.)
    // (Not when a premise claimed its chair: the correction before says its term; nor when the summit whose host was
    // announced is asked, by its year or as the next: the announcement is what is said.)
    // (Nor when the country named is put as the chair now, and the next summit follows from it: "… says india is chairing
    // the sco this year so the next big summit is in india — true?" is answered with India's own term.)
    const claimedNow = chairClaimed(q).some((id) => named.some((n) => n.id === id));
    const ofAnnounced =
      said?.announced !== undefined &&
      ((!claimedNow && (q.main('next') || q.tense === 'future')) ||
        q.times.some((t) => t.year === said.announced!.year || t.untilYear === said.announced!.year));
    const other =
      named.length === 1 &&
      !ofAnnounced &&
      named[0]!.id !== last.country &&
      !q.claims.some((c) => c.kind === 'chaired' && c.country.id === named[0]!.id && c.stance === 'asserted')
        ? named[0]!
        : undefined;
    const own = other
      ? f
          .chairs()
          .filter((t) => t.country === other.id)
          .at(-1)
      : undefined;
    return {
      kind: 'fact',
      title: () => 'Chair not in the data',
      ...(verdict && { verdict }),
      lead: (l) => l.m.chairEnded(l.c(last.country), l.d(last.from), l.d(standing.endedOn)),
      context: (l) =>
        own
          ? l.m.chairTerm(l.c(own.country), l.d(own.from), own.to && l.d(own.to))
          : said?.announced
            ? hostAnnouncedLine(l, said.announced)
            : l.m.chairRule,
      note: rotation && standing.byRule ? firstSentence(rotation.text) : undefined,
      sources: [last.sources, own ? own.sources : (said?.announced?.sources ?? [])],
    };
  }
  if (standing.kind === 'none')
    return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
  const cur = standing.chair;
  const summit = cur.hostsSummit ? f.event(cur.hostsSummit) : undefined;
  const verdict: Verdict | undefined =
    q.form === 'yesno' && subjects(q).length
      ? subjects(q).some((c) => c.id === cur.country)
        ? 'yes'
        : 'no'
      : undefined;
  return {
    kind: 'fact',
    title: (l) => `${l.c(cur.country)}`,
    ...(verdict && { verdict }),
    lead: (l) => l.m.chairNow(l.c(cur.country), l.d(cur.from)),
    ...(summit && {
      context: (l: Loc) =>
        f.isPast(summit)
          ? l.m.eventHeld(l.event(summit), l.dr(summit.start, summit.end), l.place(summit.city))
          : l.m.eventHosts(l.c(cur.country), l.event(summit)),
    }),
    note: noteOf(cur),
    sources: [cur.sources, summit?.sources ?? []],
  };
}

/**
 * The day a country joined as a member and the chair term on it. (The summit that admitted it was chaired by the term
 * that ended there, not the one that began.)
 */
function chairAtJoining(f: AskFacts, c: CountryT): { day: string; t: ChairmanshipT } | undefined {
  const day = f.history(c.id).find((m) => m.status === 'member' && m.from && m.from.length === 10)?.from;
  const t = day ? (f.chairs().find((x) => x.to === day) ?? f.chairOn(new Date(`${day}T00:00:00Z`))) : undefined;
  return day && t ? { day, t } : undefined;
}

function term(f: AskFacts, t: ChairmanshipT, lead: (l: Loc) => string): Draft {
  return {
    kind: 'fact',
    title: (l) => l.c(t.country),
    lead,
    context: (l) => termLine(f, l, t.country, t),
    note: noteOf(t),
    sources: [t.sources],
  };
}

function inTime(f: AskFacts, q: Question): Draft {
  const all = f.chairs();
  let hit: ChairmanshipT[];
  // "From 2021 to 2025", "from 2021-22 up to 2025-26": every chair of the span (terms named by their first year).
  // ("Kazakhstan chaired 2023-24 and hosted Astana 2024?": a year within a term named adds nothing to the span.)
  const span = q.times
    .filter((x) => x.role !== 'aside' && x.mode !== 'before' && x.mode !== 'after')
    .filter(
      (x, _, all) =>
        x.mode === 'range' ||
        !all.some((r) => r.mode === 'range' && r.untilYear !== undefined && x.year >= r.year && x.year <= r.untilYear),
    );
  // (The term named is the time asked, whichever year came first: "Since the 2025 summit was in Astana, which country
  // chaired in 2024–25?")
  const t = span.length === 1 && span[0]!.mode === 'range' ? span[0]! : q.time!;
  const years = [...new Set(span.map((x) => x.year))];
  if (years.length >= 2) {
    const first = Math.min(...years);
    const last = Math.max(...span.map((x) => x.untilYear ?? x.year));
    const terms = span.some((x) => x.mode === 'range');
    const from = Date.UTC(first, 0, 1);
    const to = Date.UTC(terms ? Math.max(...years) : last, 11, 31);
    hit = all.filter((c) =>
      terms
        ? Date.parse(c.from) >= from && Date.parse(c.from) <= to
        : Date.parse(c.from) <= to && (!c.to || Date.parse(c.to) > from),
    );
    if (hit.length >= 2)
      return {
        kind: 'fact',
        title: (l) => hit.map((c) => l.c(c.country)).join(', '),
        lead: (l) => l.m.chairsList(l.list(hit.map((c) => `${l.c(c.country)} (${l.d(c.from)})`))),
        note: noteOf(hit[0]),
        sources: hit.map((c) => c.sources),
      };
  }
  if (t.mode === 'range' && t.untilYear) {
    // A term such as 2022–23: the term that began in the first year.
    hit = [...f.chairsOfSpan(t.year)];
  } else {
    const from = t.mode === 'before' ? new Date(t.from.getTime() - 86_400_000) : t.from;
    // "Since 2021", "after 2021": up to today.
    const to = t.mode === 'before' ? from : t.mode === 'after' ? f.today : t.to;
    hit = all.filter((c) => Date.parse(c.from) <= to.getTime() && (!c.to || Date.parse(c.to) > from.getTime()));
  }
  if (hit.length === 0) {
    const rotation = f.topic('chairRotation');
    const first = all[0];
    return {
      kind: 'fact',
      title: () => 'Not in the data',
      lead: (l) => l.m.chairUnknown(l.m.inYear(l.d(String(t.year)))),
      ...(first && {
        context: (l: Loc) => l.m.chairsList(l.list(all.map((c) => `${l.c(c.country)} (${l.d(c.from)})`))),
      }),
      sources: [rotation?.sources ?? []],
    };
  }
  const when = (l: Loc) =>
    t.mode === 'range'
      ? l.m.inYear(`${l.d(String(t.year))}–${l.d(String(t.untilYear))}`)
      : t.day
        ? l.m.onDay(l.d(t.from.toISOString().slice(0, 10)))
        : l.m.inYear(l.d(String(t.year)));
  const named = subjects(q);
  const verdict: Verdict | undefined =
    q.form === 'yesno' && named.length
      ? named.every((c) => hit.some((h) => h.country === c.id))
        ? 'yes'
        : 'no'
      : undefined;
  // ("Kazakhstan chaired the SCO in 2024–25 …, correct?": No, and the term the country named did hold, the nearest.)
  const own =
    verdict === 'no'
      ? named.flatMap((c) => {
          const terms = all.filter((x) => x.country === c.id);
          const near = terms.sort(
            (a, b) => Math.abs(Date.parse(a.from) - t.from.getTime()) - Math.abs(Date.parse(b.from) - t.from.getTime()),
          )[0];
          return near && !hit.includes(near) ? [near] : [];
        })
      : [];
  const handedBy = hit.length === 1 ? handedFrom(f, q, hit[0]!) : undefined;
  // ("… chaired 2023-24 and hosted Astana 2024?": the summit the one term's chair hosted, asked beside it.)
  const hosted =
    hit.length === 1 &&
    !handedBy &&
    // (A country named that did not hold the term gets its own term instead.)
    verdict !== 'no' &&
    (q.has('host') || q.has('summit')) &&
    hit[0]!.hostsSummit &&
    // (Not how it met, "… and hosted the summit in person?", which this does not say.)
    !q.words.some((w) => /^(person|virtual|virtually|online|format)$/.test(w))
      ? f.event(hit[0]!.hostsSummit)
      : undefined;
  // ("…, the 2025 summit was in Shanghai, right?": a city named that is not the summit's makes the check a No.)
  const elsewhere = hosted !== undefined && q.places.some((p) => p.toLowerCase() !== hosted.city.toLowerCase());
  if (hosted && f.isPast(hosted))
    return {
      kind: 'fact',
      title: (l) => l.c(hit[0]!.country),
      ...(q.form === 'yesno' && elsewhere ? { verdict: 'no' as const } : verdict && { verdict }),
      // ("where was the summit at the end of the 2024-2025 chairmanship": where asked, the summit leads; the chair is the
      // context.) (The meeting's name holds its city.)
      lead: (l) =>
        q.form === 'where'
          ? l.m.eventHeld(l.event(hosted), l.dr(hosted.start, hosted.end), '')
          : l.m.chairThen(l.c(hit[0]!.country), when(l)),
      context: (l) =>
        q.form === 'where'
          ? l.m.chairThen(l.c(hit[0]!.country), when(l))
          : l.m.eventHeld(l.event(hosted), l.dr(hosted.start, hosted.end), ''),
      note: noteOf(hit[0]),
      sources: [hit[0]!.sources, hosted.sources],
    };
  return {
    kind: 'fact',
    title: (l) => hit.map((c) => l.c(c.country)).join(', '),
    ...(verdict && { verdict }),
    // ("the chairs since 2021", "… over the last five years": each term from its start to its end.)
    lead: (l) =>
      t.mode === 'after' ? termsLine(f, l, hit) : l.m.chairThen(l.list(hit.map((c) => l.c(c.country))), when(l)),
    ...(t.mode !== 'after' && {
      context: (l: Loc) =>
        handedBy
          ? l.m.chairBefore(l.c(hit[0]!.country), l.c(handedBy.country))
          : [...hit, ...own].map((c) => termSpan(f, l, c.country, c)).join(' '),
    }),
    note: noteOf(hit[0]),
    sources: [...hit.map((c) => c.sources), ...(handedBy ? [handedBy.sources] : [])],
  };
}

/** A term in a list of terms: an open term that ended by the rule is given its end, with no word on the chair now. */
function termSpan(f: AskFacts, l: Loc, c: CountryT | string, t: ChairmanshipT): string {
  const standing = f.chairStanding();
  const end = t.to ?? (standing.kind === 'ended' && standing.chair === t ? standing.endedOn : undefined);
  return l.m.chairTerm(l.c(c), l.d(t.from), end && l.d(end));
}

/** A term of the country's, said as it stands today: an open term that ended by rule is said to have ended. */
export function termLine(f: AskFacts, l: Loc, c: CountryT | string, t: ChairmanshipT): string {
  const standing = f.chairStanding();
  if (!t.to && standing.kind === 'ended' && standing.chair === t)
    return l.m.chairEnded(l.c(c), l.d(t.from), l.d(standing.endedOn));
  return l.m.chairTerm(l.c(c), l.d(t.from), t.to && l.d(t.to));
}

/** "Its first go as chair?", "its earlier chairmanships": how many times, not one term. */
function countAsked(q: Question): boolean {
  // "How many times has Kyrgyzstan chaired, counting 2025–26?": the year says what to count, not when.
  // "Kyrgyzstan's chairmanships over the years", "all its terms as chair": every term, not the one now.
  return (
    q.has('first') ||
    q.has('previous') ||
    // "Has Kyrgyzstan chaired before?": a bare "before", relative to no country or time, asks for earlier terms.
    (q.has('before') &&
      !q.relativeTo &&
      !q.time &&
      (/^(|which|what|when|and|how|or)$/.test(q.words[q.words.lastIndexOf('before') + 1] ?? '') ||
        // ("… chair the sco before the current round?": before its own term now.)
        /^(the (current|present|latest)|this|its (current|present|latest))$/.test(
          q.words.slice(q.words.lastIndexOf('before') + 1, q.words.lastIndexOf('before') + 3).join(' '),
        ) ||
        /^(this|its) (one|round|term|time|stint)$/.test(
          q.words.slice(q.words.lastIndexOf('before') + 1, q.words.lastIndexOf('before') + 3).join(' '),
        ))) ||
    q.form === 'howMany' ||
    // ("2025-26 was kyrgyzstan's which chairmanship — 3rd or 4th?": two places offered.)
    q.numbers.filter((n) => n.stance === 'ordinal').length >= 2 ||
    // ("summarise Kyrgyzstan's 2025-26 chairmanship": its place among the country's terms sums it up.)
    (q.form === 'explain' && q.words.includes('chairmanship')) ||
    // ("Wie oft hatte Kirgisistan den Vorsitz?", "how often has it chaired": of a country, how many times.)
    q.main('growth', 'all', 'list', 'often', 'ordinalWord') ||
    // ("has Kyrgyzstan chaired before? walk me through its chairmanships": its terms, asked in a request beside it.)
    q.words.includes('chairmanships') ||
    q.terms.some(
      (t) =>
        t === 'chairmanships' ||
        t === 'terms' ||
        t === 'times' ||
        t === 'turns' ||
        t === 'stints' ||
        t === 'years' ||
        t === 'number' ||
        t === 'ordinal' ||
        // ("… was its third one — which were the other two?": its other terms.)
        t === 'other' ||
        t === 'others',
    ) ||
    // ("is that their 3rd or 4th time?": which time it is, by its number.)
    q.words.some(
      (w, i) => /^\d+(st|nd|rd|th)$/.test(w) && /^(time|go|term|stint|chairmanship)$/.test(q.words[i + 1] ?? ''),
    )
  );
}

function ofCountry(f: AskFacts, q: Question, c: CountryT): Draft {
  const terms = f.chairs().filter((t) => t.country === c.id);
  // "How many times has Kyrgyzstan chaired?": the fact that counts its chairmanships.
  // "Was 2025–26 its first go?", "its earlier chairmanships": the same fact, with the earlier terms it lists.
  // "Has Kyrgyzstan chaired before 2025?": its terms before that year, which the count of its chairmanships holds.
  // ("Kyrgyzstan continues as SCO Chair until 31 December 2026 — kindly confirm": whether a term of its runs to that day.)
  const until =
    q.form === 'yesno' &&
    q.time?.mode === 'before' &&
    q.words.slice(Math.max(0, q.time.at - 3), q.time.at).some((w) => /^(until|till|through|thru)$/.test(w))
      ? q.time.from.getTime()
      : undefined;
  if (until !== undefined && terms.length > 0) {
    const runs = terms.some((t) => {
      const end = chairTermEnd(t, f.today, f.store)?.on;
      return Date.parse(t.from) <= until && (end === undefined || Date.parse(end) >= until);
    });
    return {
      kind: 'fact',
      title: (l) => l.c(c),
      verdict: runs ? 'yes' : 'no',
      lead: (l) => terms.map((t) => termLine(f, l, c, t)).join(' '),
      sources: terms.map((t) => t.sources),
    };
  }
  const before = q.time?.mode === 'before' && until === undefined ? q.time.from.getTime() : undefined;
  const counted = q.form === 'howMany' || countAsked(q) || before !== undefined ? chairCountFact(f, c.id) : undefined;
  if (counted) {
    const since = before === undefined ? 0 : terms.filter((t) => Date.parse(t.from) >= before).length;
    return {
      kind: 'fact',
      title: (l) => l.c(c),
      ...(q.form === 'yesno' && q.has('first') && { verdict: (counted.count! > 1 ? 'no' : 'yes') as Verdict }),
      ...(before !== undefined &&
        q.form === 'yesno' && { verdict: (counted.count! > since ? 'yes' : 'no') as Verdict }),
      lead: (l) => (l.lang === 'en' ? counted.text : l.m.chairCount(l.c(c), l.n(counted.count!))),
      context: (l) => terms.map((t) => termLine(f, l, c, t)).join(' '),
      sources: [counted.sources, ...terms.map((t) => t.sources)],
    };
  }
  // "Is Pakistan the next chair?": the next chair is not in the data, whoever is named.
  if (q.has('next') || q.tense === 'future') {
    const d = next(f, undefined, q);
    return { ...d, ...(q.form === 'yesno' && { verdict: d.verdict ?? ('unknown' as Verdict) }) };
  }
  const council = councilChair(f, c.id);
  if (terms.length === 0) {
    // ("is pakistan the chair now?" once the last term has ended and the data holds no successor: who chairs is not known.)
    if (asksNow(q) && f.chairStanding().kind === 'ended' && !q.has('join') && !q.has('member')) return now(f, q);
    return {
      kind: 'fact',
      title: (l) => l.c(c),
      ...(q.form === 'yesno' && { verdict: 'no' as Verdict }),
      lead: (l) => l.m.neverChaired(l.c(c)),
      // ("does Tajikistan chair the SCO in 2026?": the chair of another council it holds, when the data records one.)
      context: (l) => (council ? councilLine(l, council) : (f.topic('chairRotation')?.text ?? '')),
      sources: [council?.sources ?? f.topic('chairRotation')?.sources ?? []],
    };
  }
  const askedNow = asksNow(q);
  // (Not "when did it take over, at which summit": the summit a term began at is another's.)
  // (Nor "iran joined at a summit chaired by india": the summit of a joining, which its own part answers.)
  const hostedId =
    q.main('summit') &&
    q.form !== 'when' &&
    !q.has('join') &&
    q.words.some((w, i) => /^(which|what|a|any)$/.test(w) && /^summits?$/.test(q.words[i + 1] ?? '')) &&
    !q.words.some((w) =>
      /^(take|takes|took|taken|taking|assume|assumed|hand|handed|start|started|began|begin)$/.test(w),
    )
      ? terms.find((t) => t.hostsSummit)?.hostsSummit
      : undefined;
  const hosted = hostedId ? f.event(hostedId) : undefined;
  // Who chairs today by the time rules (a term ends at the summit it hosts): unknown once the last term has ended.
  const standing = f.chairStanding();
  const chairs: Verdict =
    standing.kind === 'current'
      ? standing.chair.country === c.id
        ? 'yes'
        : 'no'
      : (standing.kind === 'ended' && standing.chair.country === c.id) ||
          // ("… says Kazakhstan holds the presidency. is that still the case?": a term that has ended is not held still.)
          (q.has('still') && terms.at(-1)?.to !== undefined)
        ? 'no'
        : 'unknown';
  // ("is kyrgyzstan's chairmanship over now?": whether it ended, the other way round.)
  const nowVerdict: Verdict = endAsked(q) && chairs !== 'unknown' ? (chairs === 'yes' ? 'no' : 'yes') : chairs;
  const handedBy = handedFrom(f, q, terms.at(-1)!);
  return {
    kind: 'fact',
    title: (l) => l.c(c),
    // (Before a year, with no term of it recorded before then: the data, which holds the recent chairs, cannot say.)
    ...(q.form === 'yesno' && {
      verdict:
        before !== undefined
          ? terms.some((t) => Date.parse(t.from) < before)
            ? 'yes'
            : 'unknown'
          : askedNow
            ? nowVerdict
            : ('yes' as Verdict),
    }),
    lead: (l) =>
      askedNow && standing.kind === 'ended' && standing.chair.country === c.id
        ? l.m.chairEnded(l.c(c), l.d(standing.chair.from), l.d(standing.endedOn))
        : terms.map((t) => termSpan(f, l, c, t)).join(' '),
    // ("which summit did India chair?": the summit its term hosted, as held.)
    ...(hosted && {
      context: whenWhere(f, hosted),
    }),
    ...(handedBy && { context: (l: Loc) => l.m.chairBefore(l.c(c), l.c(handedBy.country)) }),
    note: noteOf(terms[0]),
    sources: [
      ...terms.map((t) => t.sources),
      ...(hosted ? [hosted.sources] : []),
      ...(handedBy ? [handedBy.sources] : []),
    ],
  };
}

/** "… took over the chair when, and from which country?": the term before the one asked, when "from which" asks it. */
function handedFrom(f: AskFacts, q: Question, term: ChairmanshipT): ChairmanshipT | undefined {
  // (Not "from what date": a start, not who handed it over.)
  const asked = q.words.some(
    (w, i) =>
      w === 'from' &&
      (/^(whom|who)$/.test(q.words[i + 1] ?? '') ||
        (/^(which|what)$/.test(q.words[i + 1] ?? '') &&
          /^(country|countries|member|state|nation|one)$/.test(q.words[i + 2] ?? ''))),
  );
  if (!asked) return undefined;
  const all = f.chairs();
  return all[all.indexOf(term) - 1];
}

/** "Is its chairmanship over?", "has Kyrgyzstan's term ended?": whether a term has ended, not whether it goes on. */
function endAsked(q: Question): boolean {
  // (Not "took over", "hand over": a term taken or passed on; nor "still", which asks whether it goes on.)
  return (
    !q.has('still') &&
    q.words.some(
      (w, i) =>
        /^(over|ended|finished|done|expired|concluded)$/.test(w) &&
        !/^(take|takes|took|taken|taking|hand|hands|handed|handing|turn|turned|pass|passed|passing)$/.test(
          q.words[i - 1] ?? '',
        ),
    )
  );
}

/** "Is the chair Kazakhstan?", "does Kazakhstan chair the SCO?": whether it chairs now, not whether it ever did. */
function asksNow(q: Question): boolean {
  if (q.form !== 'yesno' && q.form !== 'choice') return false;
  // ("is kyrgyzstan still chairing or has that rolled over already?": "still" asks of today, whatever else is asked.)
  if (q.main('still') && !q.time) return true;
  return (
    q.form === 'yesno' &&
    q.tense === 'present' &&
    !q.time &&
    !q.has('ever') &&
    !q.words.some((w) => w === 'has' || w === 'have' || w === 'ever')
  );
}

/** Several chairs asked for ("which countries", "the chairs", "last few years"), not the one just before. */
/** Several chairs asked for after one ("which countries chaired after india"); "who chairs after …" asks one. */
// ("… after that who all?": "who all", Indian English for every one.)
const SEVERAL_AFTER = / (countries|nations|states|ones|chairmanships|terms|who all|all of them) /;
const SEVERAL_TERMS =
  / (countries|chairs|ones|nations|states|chairmanships|terms) | (last|past|previous|recent) (few|several|\d+) years | (last|past|previous|recent) years /;

function relative(f: AskFacts, c: CountryT, mode: 'before' | 'after', steps = 1, q?: Question): Draft {
  const all = f.chairs();
  const terms = all.filter((t) => t.country === c.id);
  const anchor = mode === 'before' ? terms[0] : terms.at(-1);
  const other = anchor ? all[all.indexOf(anchor) + (mode === 'before' ? -1 : 1)] : undefined;
  const earlier = anchor && mode === 'before' && steps > 2 ? all.slice(0, all.indexOf(anchor)).reverse() : [];
  if (earlier.length > 2)
    return {
      kind: 'fact',
      title: (l) => l.list(earlier.map((t) => l.c(t.country))),
      lead: (l) => l.m.chairBefore(l.c(c), l.list(earlier.map((t) => l.c(t.country)))),
      details: [{ items: earlier.map((t) => (l: Loc) => termLine(f, l, f.country(t.country)!, t)) }],
      sources: earlier.map((t) => t.sources),
    };
  // ("which countries chaired after india?", "… from uzbekistan onwards": every term after it (from its own, on).)
  const later =
    anchor && mode === 'after' && steps > 2 ? all.slice(all.indexOf(anchor) + (q?.relativeTo?.from ? 0 : 1)) : [];
  if (later.length >= 2)
    return {
      kind: 'fact',
      title: (l) => l.list(later.map((t) => l.c(t.country))),
      lead: (l) => termsLine(f, l, later),
      details: [{ items: later.map((t) => (l: Loc) => termLine(f, l, f.country(t.country)!, t)) }],
      sources: later.map((t) => t.sources),
    };
  const further = other && steps > 1 ? all[all.indexOf(other) + (mode === 'before' ? -1 : 1)] : undefined;
  if (other && further) {
    const otherC = f.country(other.country)!;
    return {
      kind: 'fact',
      title: (l) => l.list([l.c(other.country), l.c(further.country)]),
      lead: (l) =>
        mode === 'before'
          ? `${l.m.chairBefore(l.c(c), l.c(other.country))} ${l.m.chairBefore(l.c(otherC), l.c(further.country))}`
          : `${l.m.chairAfter(l.c(c), l.c(other.country))} ${l.m.chairAfter(l.c(otherC), l.c(further.country))}`,
      details: [{ items: [other, further].map((t) => (l: Loc) => termLine(f, l, f.country(t.country)!, t)) }],
      sources: [other.sources, further.sources],
    };
  }
  if (!other && mode === 'after') return next(f, c, q);
  // ("which body's chairmanship passed from Russia to Tajikistan?": a country the data records no term of has no term to
  // count from.)
  if (!anchor) {
    // ("… passed to Tajikistan": the chair of another council, when the data records one the country holds.)
    const council = councilChair(f, c.id);
    if (council)
      return {
        kind: 'fact',
        title: () => council.label,
        lead: (l) => `${l.m.neverChaired(l.c(c))} ${councilLine(l, council)}`,
        sources: [council.sources],
      };
    return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.neverChaired(l.c(c)), sources: [] };
  }
  if (!other)
    return {
      kind: 'fact',
      title: () => 'Not in the data',
      lead: (l) => l.m.chairUnknown(l.m.onDay(l.d(anchor.from))),
      sources: [anchor.sources],
    };
  // ("before kyrgyz the chair was china 2024-25 yes?": the country put as that chair is checked.)
  const put = q?.form === 'yesno' ? subjects(q).filter((x) => x.id !== c.id) : [];
  return {
    kind: 'fact',
    title: (l) => l.c(other.country),
    ...(put.length > 0 && { verdict: (put.every((x) => x.id === other.country) ? 'yes' : 'no') as Verdict }),
    lead: (l) =>
      mode === 'before' ? l.m.chairBefore(l.c(c), l.c(other.country)) : l.m.chairAfter(l.c(c), l.c(other.country)),
    // (A term with no end recorded that has since ended by the rule is said as ended, not as running.)
    context: (l) => termLine(f, l, f.country(other.country)!, other),
    note: noteOf(other),
    sources: [other.sources],
  };
}

/** The countries a question puts as chair, in a claim it asks to be checked ("india is chairing the sco this year, right?"). */
function chairClaimed(q: Question): string[] {
  return q.claims.flatMap((c) => (c.kind === 'chaired' && c.stance === 'asked' ? [c.country.id] : []));
}

/** The next chair: not in the data, and not predicted. */
function next(f: AskFacts, after?: CountryT, q?: Question): Draft {
  const all = f.chairs();
  const last = all.at(-1);
  const from = after ?? (last ? f.country(last.country) : undefined);
  // "Is it officially decided that Pakistan chairs next, or just Pakistan saying so?": the country named announced it,
  // and the data records that announcement and no decision; that opens the answer, with its verdict (not in the data).
  const said = f.unknowns({ topic: 'chair' }).find((u) => u.announced);
  const announced = said?.announced;
  const saidAsked = q?.form === 'yesno' && q.main('announce');
  const byNamed = q !== undefined && announced !== undefined && subjects(q).some((c) => c.id === announced.country);
  // ("Did India announce it would chair next?": the data records who announced it, another country: No.)
  const byOther = q !== undefined && announced !== undefined && !byNamed && saidAsked && subjects(q).length > 0;
  if (q && announced && (byNamed || byOther) && q.form !== 'who')
    return {
      kind: 'fact',
      title: () => 'Not in the data — no prediction',
      // ("Did Pakistan announce it would chair next?": the announcement asked about is recorded, Yes.)
      verdict: saidAsked ? (byNamed ? 'yes' : 'no') : 'unknown',
      verdictAlways: q.form === 'yesno' || q.form === 'fragment' || q.form === 'choice',
      lead: (l) => hostAnnouncedLine(l, announced),
      context: (l) => `${from ? l.m.chairNext(l.c(from)) : l.m.notHeld()} ${l.m.noPrediction}`,
      sources: [announced.sources, last?.sources ?? []],
    };
  return {
    kind: 'fact',
    title: () => 'Not in the data — no prediction',
    lead: (l) => `${from ? l.m.chairNext(l.c(from)) : l.m.notHeld()} ${l.m.noPrediction}`,
    // ("who's the next chair after Kyrgyzstan? we have Pakistan down", "… will the next summit be in Delhi?": what the
    // data records of the next one, a host's announcement with no SCO decision on it, is the context; without one, the
    // term as it stands today, one that ended by the rule said to have ended.)
    ...(announced
      ? {
          context: (l: Loc) => hostAnnouncedLine(l, announced),
        }
      : last && { context: (l: Loc) => termLine(f, l, last.country, last) }),
    sources: [last?.sources ?? [], announced?.sources ?? []],
  };
}

function motto(f: AskFacts, q: Question): Draft {
  const cs = subjects(q);
  // ("le slogan de la présidence de l'OCS pour 2026-2027": the term of the years asked, which the data may not hold.)
  const t = q.time;
  // (The last term that holds the time: "from 1 sep 2025" is the day one term ended and the next began.)
  const asked = t
    ? f
        .chairs()
        .filter((x) =>
          t.mode === 'range' && t.untilYear !== undefined
            ? x.from.startsWith(String(t.year))
            : Date.parse(x.from) <= t.to.getTime() && (!x.to || Date.parse(x.to) >= t.from.getTime()),
        )
        .at(-1)
    : undefined;
  if (t && !asked && cs.length === 0)
    return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
  const cur = asked ?? current(f) ?? f.chairs().at(-1);
  const country = cs[0]?.id ?? cur?.country;
  const fact = f.store
    .orgFacts('chairmanship')
    .find((x) => /motto/i.test(x.label) && (!country || x.countries.includes(country)));
  const quoted = fact ? /"([^"]+)"/.exec(fact.text)?.[1] : undefined;
  if (!fact || !quoted || !country)
    return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
  // "Since Kyrgyzstan is chairing for the first time…": a count of its chairmanships that says otherwise comes first.
  const counted = q.has('first')
    ? f.store
        .orgFacts('chairmanship')
        .find((x) => x.count !== undefined && x.count > 1 && x.countries.includes(country))
    : undefined;
  if (counted)
    return {
      kind: 'fact',
      title: () => 'Chairmanship motto',
      lead: (l) => (l.lang === 'en' ? counted.text : l.m.chairCount(l.c(country), l.n(counted.count!))),
      context: (l) => l.m.motto(l.c(country), quoted),
      sources: [counted.sources, fact.sources],
    };
  // ("… 2025–26 chairmanship: when it started, the motto, the summit": the term and the summit it hosted, with the motto.)
  // (Not a summit named as the topic: "Sobre la cumbre de Bishkek: ¿cuál fue el lema …?" asks the motto alone.)
  const whole =
    q.has('chair') &&
    ((q.main('summit') && !q.eventNamed) || q.main('found') || q.main('tookOffice') || q.form === 'when');
  const own = whole
    ? asked?.country === country
      ? asked
      : [...f.chairs()].reverse().find((x) => x.country === country)
    : undefined;
  if (own) {
    const summit = own.hostsSummit ? f.event(own.hostsSummit) : undefined;
    return {
      kind: 'fact',
      title: (l) => l.c(country),
      lead: (l) => `${termSpan(f, l, country, own)} ${l.m.motto(l.c(country), quoted)}`,
      ...(summit && {
        context: (l: Loc) =>
          f.isPast(summit)
            ? l.m.eventHeld(l.event(summit), l.dr(summit.start, summit.end), l.place(summit.city))
            : l.m.eventHosts(l.c(country), l.event(summit)),
      }),
      sources: [own.sources, fact.sources, summit?.sources ?? []],
    };
  }
  return {
    kind: 'fact',
    title: () => 'Chairmanship motto',
    lead: (l) => l.m.motto(l.c(country), quoted),
    sources: [fact.sources],
  };
}

/**
 * A chair other than the rotating one a country holds about a year (a council's, the data's own sentence): its
 * chairmanship record dated that year or the year before, naming it first.
 */
function otherChairOf(f: AskFacts, country: string, year: number) {
  return f.store
    .orgFacts('chairmanship')
    .find(
      (o) =>
        o.countries[0] === country &&
        o.count === undefined &&
        !/motto/i.test(o.label) &&
        o.date !== undefined &&
        (Number(o.date.slice(0, 4)) === year || Number(o.date.slice(0, 4)) === year - 1),
    );
}
