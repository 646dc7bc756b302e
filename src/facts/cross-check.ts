import type { FactData } from './schema.js';
import { normaliseUrl } from '../base/url.js';
import { formatPath, type DataProblem } from './problems.js';
import { isoToDate } from '../base/dates.js';

/**
 * Checks what a schema alone cannot: that ids are unique and every reference resolves, that
 * date ranges run forwards, that the member-count history agrees with the membership
 * records, and that no source points at a reference we have rejected.
 */
export function crossCheck(data: FactData): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (file: string, path: PropertyKey[], message: string, root: unknown) =>
    problems.push({ file, path: formatPath(path, root), message });

  const unique = (file: string, list: { id: string }[]) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) add(file, [i, 'id'], `duplicate id "${item.id}"`, list);
      seen.add(item.id);
    });
    return seen;
  };
  const sourceIds = unique('sources.json', data.sources);
  const countryIds = unique('countries.json', data.countries);
  const eventIds = unique('events.json', data.events);
  const officialIds = unique('officials.json', data.officials);
  const orgIds = unique('organisation.json', data.organisation);
  unique('disputed-claims.json', data.disputedClaims);
  unique('rejected-sources.json', data.rejectedSources);
  unique('feeds.json', data.feeds);
  unique('unknowns.json', data.unknowns);

  const files: [string, unknown][] = [
    ['countries.json', data.countries],
    ['memberships.json', data.memberships],
    ['member-count.json', data.memberCount],
    ['organisation.json', data.organisation],
    ['chairs.json', data.chairs],
    ['events.json', data.events],
    ['officials.json', data.officials],
    ['disputed-claims.json', data.disputedClaims],
    ['unknowns.json', data.unknowns],
  ];
  // Source references can sit at any depth (event outcomes, positions), so walk every file.
  for (const [file, root] of files) {
    walk(root, [], (key, value, path) => {
      if (key === 'sources' && Array.isArray(value)) {
        value.forEach((id, i) => {
          if (!sourceIds.has(String(id))) add(file, [...path, i], `unknown source "${String(id)}"`, root);
        });
      }
    });
  }

  const country = (file: string, root: unknown, path: PropertyKey[], code: string | undefined) => {
    if (code !== undefined && !countryIds.has(code)) add(file, path, `unknown country "${code}"`, root);
  };
  const event = (file: string, root: unknown, path: PropertyKey[], id: string | undefined) => {
    if (id !== undefined && !eventIds.has(id)) add(file, path, `unknown event "${id}"`, root);
  };
  const range = (file: string, root: unknown, path: PropertyKey[], from?: string, to?: string) => {
    if (from && to && isoToDate(from) > isoToDate(to)) add(file, path, `ends (${to}) before it starts (${from})`, root);
  };

  data.memberships.forEach((m, i) => {
    country('memberships.json', data.memberships, [i, 'country'], m.country);
    event('memberships.json', data.memberships, [i, 'event'], m.event);
    range('memberships.json', data.memberships, [i, 'to'], m.from, m.to);
    if (m.status === 'member' && m.from === undefined) {
      add('memberships.json', [i, 'from'], 'a membership needs the date it began', data.memberships);
    }
  });
  data.memberCount.forEach((p, i) => {
    for (const [j, c] of p.members.entries()) country('member-count.json', data.memberCount, [i, 'members', j], c);
    range('member-count.json', data.memberCount, [i, 'to'], p.from, p.to);
  });
  for (const [i, f] of data.organisation.entries()) {
    for (const [j, c] of f.countries.entries()) country('organisation.json', data.organisation, [i, 'countries', j], c);
  }
  const orgFact = (file: string, root: unknown, path: PropertyKey[], id: string | undefined) => {
    if (id !== undefined && !orgIds.has(id)) add(file, path, `unknown organisation fact "${id}"`, root);
  };
  data.chairs.forEach((c, i) => {
    country('chairs.json', data.chairs, [i, 'country'], c.country);
    event('chairs.json', data.chairs, [i, 'hostsSummit'], c.hostsSummit);
    range('chairs.json', data.chairs, [i, 'to'], c.from, c.to);
    orgFact('chairs.json', data.chairs, [i, 'endsByRule'], c.endsByRule);
    if (c.endsByRule !== undefined && c.hostsSummit === undefined) {
      add(
        'chairs.json',
        [i, 'endsByRule'],
        'a term that ends by rule at a summit needs the summit (hostsSummit)',
        data.chairs,
      );
    }
  });
  data.events.forEach((e, i) => {
    country('events.json', data.events, [i, 'host'], e.host);
    for (const [j, c] of e.attendees.entries()) country('events.json', data.events, [i, 'attendees', j], c);
    for (const [j, p] of e.positions.entries())
      country('events.json', data.events, [i, 'positions', j, 'country'], p.country);
    range('events.json', data.events, [i, 'end'], e.start, e.end);
  });
  data.officials.forEach((o, i) => {
    country('officials.json', data.officials, [i, 'country'], o.country);
    event('officials.json', data.officials, [i, 'event'], o.event);
    range('officials.json', data.officials, [i, 'to'], o.from, o.to);
    orgFact('officials.json', data.officials, [i, 'termRule'], o.termRule);
    if (o.ended !== undefined && o.to === undefined)
      add('officials.json', [i, 'ended'], 'says how the office ended but not when (`to`)', data.officials);
  });
  data.unknowns.forEach((u, i) => {
    event('unknowns.json', data.unknowns, [i, 'event'], u.event);
    for (const [j, c] of u.countries.entries()) country('unknowns.json', data.unknowns, [i, 'countries', j], c);
  });
  // A chair that looks like an official id must be one.
  data.events.forEach((e, i) => {
    if (e.chair && /^[a-z0-9-]+$/.test(e.chair) && !officialIds.has(e.chair)) {
      add('events.json', [i, 'chair'], `unknown official "${e.chair}"`, data.events);
    }
  });

  checkMemberCounts(data, add);
  checkRejected(data, add);
  checkDataDate(data, add);
  checkAskData(data, sourceIds, add);
  return problems;
}

/**
 * The data date is the newest fact's as-of date: never older (a fact from its future) nor newer
 * (a date no fact supports). Disputed claims are left out: their as-of is the day a reference
 * was checked, not a date in the SCO's story.
 */
function checkDataDate(data: FactData, add: Add): void {
  let newest: { asOf: string; file: string; path: PropertyKey[]; root: unknown } | undefined;
  const files: [string, unknown][] = [
    ['countries.json', data.countries],
    ['memberships.json', data.memberships],
    ['member-count.json', data.memberCount],
    ['organisation.json', data.organisation],
    ['chairs.json', data.chairs],
    ['events.json', data.events],
    ['officials.json', data.officials],
  ];
  for (const [file, root] of files) {
    walk(root, [], (key, value, path) => {
      if (key !== 'asOf' || typeof value !== 'string') return;
      if (!newest || isoToDate(value) > isoToDate(newest.asOf)) newest = { asOf: value, file, path, root };
    });
  }
  const dataAsOf = data.meta.dataAsOf;
  if (!newest) return;
  if (isoToDate(newest.asOf) > isoToDate(dataAsOf)) {
    add(
      newest.file,
      newest.path,
      `as of ${newest.asOf}, after the data date (meta.json dataAsOf ${dataAsOf}); move dataAsOf to the newest fact's date`,
      newest.root,
    );
  } else if (isoToDate(newest.asOf) < isoToDate(dataAsOf)) {
    add(
      'meta.json',
      ['dataAsOf'],
      `${dataAsOf} is later than the newest fact (${newest.asOf}, ${newest.file}); the data date is the newest fact's date`,
      data.meta,
    );
  }
}

type Add = (file: string, path: PropertyKey[], message: string, root: unknown) => void;

/** The member list of each period must be exactly who the membership records say was a member on its first day. */
function checkMemberCounts(data: FactData, add: Add): void {
  data.memberCount.forEach((period, i) => {
    const day = isoToDate(period.from);
    const expected = new Set(
      data.memberships
        .filter((m) => m.status === 'member' && m.from !== undefined && isoToDate(m.from) <= day)
        .filter((m) => m.to === undefined || isoToDate(m.to) > day)
        .map((m) => m.country),
    );
    const listed = new Set(period.members);
    const missing = [...expected].filter((c) => !listed.has(c));
    const extra = [...listed].filter((c) => !expected.has(c));
    if (missing.length || extra.length) {
      add(
        'member-count.json',
        [i, 'members'],
        `disagrees with memberships.json on ${period.from}` +
          (missing.length ? `; members missing here: ${missing.join(', ')}` : '') +
          (extra.length ? `; not members then: ${extra.join(', ')}` : ''),
        data.memberCount,
      );
    }
    if (period.count !== period.members.length) {
      add(
        'member-count.json',
        [i, 'count'],
        `count ${period.count} but ${period.members.length} members listed`,
        data.memberCount,
      );
    }
    const next = data.memberCount[i + 1];
    if (next && period.to !== next.from) {
      add('member-count.json', [i, 'to'], `period should end when the next begins (${next.from})`, data.memberCount);
    }
  });
}

/** A rejected reference (fabricated, unofficial domain) must never be cited, by address or by host. */
function checkRejected(data: FactData, add: Add): void {
  const rejectedHosts = new Set<string>();
  const rejectedUrls = new Set<string>();
  for (const r of data.rejectedSources) {
    rejectedUrls.add(urlKey(r.url));
    if (r.verdict === 'fabricated' || r.verdict === 'unofficial-domain') {
      const host = hostOf(r.url);
      if (host) rejectedHosts.add(host);
    }
  }
  data.sources.forEach((s, i) => {
    if (s.url === undefined) return;
    const host = hostOf(s.url);
    if (rejectedUrls.has(urlKey(s.url)) || (host && rejectedHosts.has(host))) {
      add('sources.json', [i, 'url'], `cites a rejected reference (${s.url}); see rejected-sources.json`, data.sources);
    }
  });
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url.startsWith('http') ? url : `https://${url}`).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** One form per address for comparing against the rejected ones: the feed normaliser's, case aside. */
function urlKey(url: string): string {
  return (normaliseUrl(url) ?? url).toLowerCase();
}

function walk(
  node: unknown,
  path: PropertyKey[],
  visit: (key: PropertyKey, value: unknown, path: PropertyKey[]) => void,
): void {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) walk(child, [...path, i], visit);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value, [...path, key]);
      walk(value, [...path, key], visit);
    }
  }
}

/** The ask engine's files point only at records that exist (topics at organisation facts, names at officials, figures at sources and events). */
function checkAskData(data: FactData, sourceIds: Set<string>, add: Add): void {
  const { topics, names, figures } = data.ask;
  const orgIds = new Set(data.organisation.map((f) => f.id));
  const eventIds = new Set(data.events.map((e) => e.id));
  const officialIds = new Set(data.officials.map((o) => o.id));
  for (const [key, value] of Object.entries(topics)) {
    const ids = Array.isArray(value) ? value : [value];
    ids.forEach((id, i) => {
      const known = key === 'officialSite' ? sourceIds.has(id) : orgIds.has(id);
      if (!known)
        add(
          'lexicon/topics.json',
          Array.isArray(value) ? [key, i] : [key],
          `unknown ${key === 'officialSite' ? 'source' : 'organisation fact'} "${id}"`,
          topics,
        );
    });
  }
  for (const id of Object.keys(names.people))
    if (!officialIds.has(id)) add('i18n/names.json', ['people', id], `unknown official "${id}"`, names);
  // A region is named by the M49 region or sub-region some country carries.
  const regions = new Set(data.countries.flatMap((c) => [c.region, c.subRegion].filter((r) => r !== undefined)));
  for (const key of Object.keys(names.regions))
    if (!regions.has(key)) add('i18n/names.json', ['regions', key], `no country is in the region "${key}"`, names);
  names.otherOrganisations.forEach((o, i) => {
    o.facts.forEach((id, j) => {
      if (!orgIds.has(id))
        add('i18n/names.json', ['otherOrganisations', i, 'facts', j], `unknown organisation fact "${id}"`, names);
    });
    o.events.forEach((id, j) => {
      if (!eventIds.has(id))
        add('i18n/names.json', ['otherOrganisations', i, 'events', j], `unknown event "${id}"`, names);
    });
  });
  const seen = new Set<string>();
  figures.forEach((f, i) => {
    if (seen.has(f.id)) add('figures.json', [i, 'id'], `duplicate id "${f.id}"`, figures);
    seen.add(f.id);
    f.sources.forEach((id, j) => {
      if (!sourceIds.has(id)) add('figures.json', [i, 'sources', j], `unknown source "${id}"`, figures);
    });
    if (f.event && !eventIds.has(f.event)) add('figures.json', [i, 'event'], `unknown event "${f.event}"`, figures);
  });
  const countryIds = new Set(data.countries.map((c) => c.id));
  data.unknowns.forEach((u, i) => {
    if (!u.announced) return;
    if (!countryIds.has(u.announced.country))
      add('unknowns.json', [i, 'announced', 'country'], `unknown country "${u.announced.country}"`, data.unknowns);
    u.announced.sources.forEach((id, j) => {
      if (!u.sources.includes(id))
        add(
          'unknowns.json',
          [i, 'announced', 'sources', j],
          `"${id}" is not among the record's sources`,
          data.unknowns,
        );
    });
  });
}
