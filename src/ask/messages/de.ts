import type { Messages, OrgNames } from './en.js';

/** Deutsche Satzrahmen. Ländernamen kommen mit Artikel, wo das Deutsche ihn braucht ("die Türkei"); daher oft Formen ohne Verb. */
const day = (d: string) => /^\d{1,2}\./.test(d);
const seit = (d: string) => (day(d) ? `seit dem ${d}` : `seit ${d}`);
/** A meeting's name after "bei", its article in the dative ("das Treffen" → "dem Treffen"). */
const dative = (event: string) =>
  event.replace(/^(der|die|das) /, (a) => ({ 'der ': 'dem ', 'die ': 'der ', 'das ': 'dem ' })[a]!);
const am = (d: string) => (day(d) ? `am ${d}` : /^\d{4}$/.test(d) ? d : `im ${d}`);
/** "vom 4. Juli 2023", but "von September 2022" for a month alone. */
const vomTag = (d: string) => (day(d) ? `vom ${d}` : `von ${d}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "von" before a name with its article, in the dative: "von der Türkei", "von den Malediven", "vom Vereinigten Königreich". */
const von = (c: string): string => {
  const m = /^(die|der|das) (.+)$/.exec(c);
  if (!m) return `von ${c}`;
  if (m[1] !== 'die') return `vom ${m[2]}`;
  // A feminine singular ("Türkei", "Mongolei") ends in -ei; the other names with "die" are plurals.
  if (/ei$/.test(m[2]!)) return `von der ${m[2]}`;
  return `von den ${m[2]!.replace(/e$/, 'en')}`;
};

const de = (o: OrgNames): Messages => ({
  verdict: {
    yes: 'Ja.',
    no: 'Nein.',
    notQuite: 'Nein, nicht ganz.',
    unverified: 'Nein, nicht bestätigt.',
    unknown: 'Nicht in den Daten.',
  },
  // (A guess is confirmed or not by the verdict's own words.)
  guessed: {},
  inEnglish: 'Auf Englisch',
  note: 'Hinweis',
  status: {
    member: 'Mitgliedstaat',
    observer: 'Beobachter',
    'dialogue-partner': 'Dialogpartner',
    partner: `${o.org}-Partner`,
    'applicant-member': 'Antragsteller auf Vollmitgliedschaft',
    'applicant-observer': 'Antragsteller auf Beobachterstatus',
    guest: 'Gastteilnehmer',
    none: `nicht mit der ${o.org} verbunden`,
  },
  role: {
    'secretary-general': `Generalsekretär der ${o.org}`,
    'rats-director': `Direktor des Exekutivkomitees der ${o.rats}`,
    'defence-minister': 'Verteidigungsminister',
    'foreign-minister': 'Außenminister',
    'head-of-state': 'Staatsoberhaupt',
    'head-of-government': 'Regierungschef',
  },
  otherSummit: (org, place, year) => `der ${org}-Gipfel in ${place} ${year}`,
  eventLabel: (kind, place, year, online) =>
    kind === 'summit' || kind === 'headsOfState'
      ? online
        ? `der virtuelle ${o.org}-Gipfel ${year}`
        : `der ${o.org}-Gipfel in ${place} ${year}`
      : kind === 'defenceMinisters'
        ? `das Treffen der ${o.org}-Verteidigungsminister in ${place} ${year}`
        : kind === 'headsOfGovernment'
          ? `das Treffen der ${o.org}-Regierungschefs in ${place} ${year}`
          : kind === 'foreignMinisters'
            ? `das Treffen des ${o.org}-Außenministerrats in ${place} ${year}`
            : kind === 'securityCouncilSecretaries'
              ? `das Treffen der Sekretäre der Sicherheitsräte der ${o.org} in ${place} ${year}`
              : kind === 'militaryCooperation'
                ? `das Treffen der Leiter der militärischen Zusammenarbeit der ${o.org}-Verteidigungsministerien in ${place} ${year}`
                : kind === 'founding'
                  ? `das Gründungstreffen in ${place} ${year}`
                  : `das Treffen in ${place} ${year}`,
  nth: (n) => `${n}.`,
  onDay: (date) => am(date),
  inYear: (year) => (/^\d{4}$/.test(year) ? `im Jahr ${year}` : `im ${year}`),
  atEndOf: (year) => `Ende ${year}`,
  asOf: (date) => `Stand: ${date}`,
  memberSince: (c, date) => `${cap(c)} ist ${seit(date)} Mitgliedstaat der ${o.org}.`,
  founderMember: (c, date) => `${cap(c)} ist einer der Gründungsstaaten der ${o.org}, Mitglied ${seit(date)}.`,
  notMemberIs: (c, status, since) =>
    `${cap(c)} ist kein Mitgliedstaat der ${o.org}, sondern ${status}${since ? ` ${seit(since)}` : ''}.`,
  notConnected: (c) =>
    `${cap(c)} ist in keiner Form mit der ${o.org} verbunden: weder Mitglied noch Partner noch Antragsteller.`,
  notConnectedList: (list) => `Laut den Daten sind diese Länder in keiner Form mit der ${o.org} verbunden: ${list}.`,
  wasOnDay: (c, status, when) => `${cap(when)} war der Status ${von(c)}: ${status}.`,
  notYetMember: (c, when, date) =>
    `${cap(when)} war ${c} noch kein Mitglied der ${o.org}; Mitgliedstaat ist es ${seit(date)}.`,
  statusSince: (c, status, since) => `Der Status ${von(c)} ist ${status}${since ? `, und zwar ${seit(since)}` : ''}.`,
  statusFromTo: (c, status, from, to) =>
    `Der Status ${von(c)} war ${status}${from ? ` ab ${from}` : ''}${to ? ` bis ${to}` : ''}; das ist nicht mehr der Fall.`,
  neverStatus: (c, status) => `${cap(c)} ist in den Daten nicht als ${status} verzeichnet, weder jetzt noch früher.`,
  unknownCountry: (name, members, partners) =>
    `Die Daten kennen kein Land namens „${name}“; es ist also nicht unter den ${members} Mitgliedstaaten und ${partners} Partnern der ${o.org}.`,
  joined: (c, date, event) =>
    `${cap(c)} ist der ${o.org} ${am(date)} als Vollmitglied beigetreten${event ? ` (${event})` : ''}.`,
  joinedFounder: (c, date) =>
    `${cap(c)} ist nicht später beigetreten: es ist ein Gründungsmitglied der ${o.org}, die ${am(date)} gegründet wurde.`,
  notJoined: (c, status, since) =>
    `${cap(c)} ist der ${o.org} nicht als Mitglied beigetreten; Status: ${status}${since ? ` ${seit(since)}` : ''}.`,
  joinedIn: (list, when, many) =>
    many
      ? `${cap(list)} sind der ${o.org} ${when} als Vollmitglieder beigetreten.`
      : `${cap(list)} ist der ${o.org} ${when} als Vollmitglied beigetreten.`,
  nobodyJoined: (when) => `${cap(when)} ist kein Land der ${o.org} als Mitglied beigetreten.`,
  becamePartners: (list, when) => `${cap(list)} wurden ${when} Partner der ${o.org}.`,
  applied: (c, what, date) =>
    `${cap(c)} hat ${what} beantragt${date ? ` (${date})` : ''}; eine Entscheidung ist nicht verzeichnet.`,
  noApplication: (c) => `Ein Antrag ${von(c)} ist in den Daten nicht verzeichnet.`,
  applications: (list) => `Die Anträge in den Daten sind die von ${list}.`,
  fullMembership: 'die Vollmitgliedschaft',
  observerStatus: 'den Beobachterstatus',
  neverJoined: (c) => `${cap(c)} ist kein Mitglied der ${o.org} und ist ihr nie beigetreten.`,
  didNotJoinIn: (c, year, date, event) =>
    `${cap(c)} ist nicht ${year} beigetreten, sondern ${am(date)}${event ? ` (${event})` : ''}.`,
  neverLeft: (c) => `${cap(c)} hat die ${o.org} nie verlassen und wurde nie ausgeschlossen.`,
  countIsNot: (value, count) => `Die ${o.org} hat nicht ${value}, sondern ${count} Mitgliedstaaten.`,
  seatIsNot: (body, place, seat) => `${cap(body)} ist nicht in ${place}, sondern in ${seat}.`,
  foundedNot: (date, place) => `Die ${o.org} ist ${am(date)} in ${place} gegründet worden.`,
  hostIsNot: (event, host) => `Gastgeber war ${host}: ${event}.`,
  notHeldIn: (event, place) => `${cap(event)} fand nicht in ${place} statt.`,
  notUpcoming: (event, date) => `${cap(event)} steht nicht mehr bevor, sondern fand ${am(date)} statt.`,
  notChair: (c, when, chair) => `${cap(c)} hatte ${when} nicht den ${o.org}-Vorsitz; den Vorsitz hatte ${chair}.`,
  notOrdinal: (c, nth, actual) => `${cap(c)} war nicht der ${nth}, sondern der ${actual} Mitgliedstaat.`,
  memberCount: (n, asOf) => `Die Zahl der Mitgliedstaaten der ${o.org} ist ${n} (${asOf}).`,
  memberCountWhen: (n, when) => `Die Zahl der Mitgliedstaaten der ${o.org} war ${when} ${n}.`,
  countSince: (n, from, to) =>
    to
      ? `Vom ${from} bis ${to} hatte die ${o.org} ${n} Mitgliedstaaten.`
      : `Die ${o.org} hat ${seit(from)} ${n} Mitgliedstaaten.`,
  neverCount: (n) => `Die ${o.org} hatte nie ${n} Mitgliedstaaten; das ist nicht richtig.`,
  family: (total, members, partners) =>
    `Die „${o.org}-Familie“ umfasst ${total} Länder: ${members} Mitgliedstaaten und ${partners} Partner.`,
  partnerCount: (n) => `Die Zahl der Partner der ${o.org} ist ${n}.`,
  membersAre: (n, list) => `Die ${n} Mitgliedstaaten der ${o.org} sind ${list}.`,
  membersWere: (n, when, list) => `Die ${n} Mitgliedstaaten der ${o.org} waren ${when} ${list}.`,
  partnersAre: (n, list) => `Die ${n} Partner der ${o.org} sind ${list}.`,
  foundersAre: (n, list, date) =>
    `Die ${n} Gründungsmitglieder der ${o.org} sind ${list}; sie gründeten sie ${am(date)}.`,
  observersOn: (n, list, day) => `Am ${day} hatte die ${o.org} ${n} Beobachter: ${list}.`,
  dialogueOn: (n, list, day) => `Am ${day} hatte die ${o.org} ${n} Dialogpartner: ${list}.`,
  observersWere: (n, list, until) => `Bis zum ${until} hatte die ${o.org} ${n} Beobachter: ${list}.`,
  dialogueWere: (n, list, until) => `Bis zum ${until} hatte die ${o.org} ${n} Dialogpartner: ${list}.`,
  noObserversNow: (date) =>
    `Keine: ${seit(date)} gibt es die Kategorien Beobachter und Dialogpartner nicht mehr; sie wurden zur einheitlichen Kategorie der ${o.org}-Partner zusammengelegt.`,
  mergedInto: (date, event) =>
    `${cap(am(date))}${event ? ` (${event})` : ''} legte die ${o.org} Beobachter und Dialogpartner zu einer einzigen Kategorie der Partner zusammen.`,
  firstOfStatus: (c, status, date) => `Der erste ${status} in den Daten ist ${c}, ${seit(date)}.`,
  newestMember: (c, date) => `Der jüngste Mitgliedstaat ist ${c}, beigetreten ${am(date)}.`,
  newestMembers: (n, list) => `Die ${n} jüngsten Mitgliedstaaten sind ${list}.`,
  newestPartner: (c, date) => `Der jüngste Partner der ${o.org} ist ${c}, aufgenommen ${am(date)}.`,
  nthMember: (c, nth, date) => `${cap(c)} wurde ${am(date)} der ${nth} Mitgliedstaat.`,
  nthMembersTogether: (list, places, date) =>
    `${cap(list)} traten am selben Tag bei, ${am(date)}, auf den Plätzen ${places}.`,
  noNthMember: (nth, n) => `Es gibt keinen ${nth} Mitgliedstaat: die ${o.org} hat ${n}.`,
  grew: (steps) => `Die Zahl der Mitgliedstaaten der ${o.org} wuchs so: ${steps}.`,
  growthStep: (n, date, who) => `${n} (${who}, ${date})`,
  foundedStep: 'Gründer',
  joinedAfter: (list, year) => `Nach ${year} sind der ${o.org} beigetreten: ${list}.`,
  joinedSince: (list, year) => `Seit ${year} sind der ${o.org} beigetreten: ${list}.`,
  founded: (date, place) => `Die ${o.org} ist ${am(date)} in ${place} gegründet worden.`,
  foundedBy: (list, n) => `Die ${n} Gründer waren ${list}.`,
  signedBy: (list) => `Die Unterzeichner waren ${list}.`,
  predecessorBecame: (name, date, newcomers) =>
    `${cap(am(date))} wurde aus den ${name} die ${o.org}, als ${newcomers} hinzukam.`,
  noScoYet: (when, date) => `${cap(when)} gab es die ${o.org} noch nicht: sie wurde ${am(date)} gegründet.`,
  elapsed: (ago, today) => `Das war ${ago}, Stand ${today}.`,
  age: (years, date) => `Die ${o.org} besteht seit ${years} Jahren: sie wurde ${am(date)} gegründet.`,
  anniversary: (nth, year, date) =>
    `${year} ist das Jahr des ${nth} Jubiläums der ${o.org}: sie wurde ${am(date)} gegründet.`,
  predecessor: (name, date, place, list) => `Die ${name} wurden ${am(date)} in ${place} gebildet von ${list}.`,
  membersNotInPredecessor: (list, name) => `Von den heutigen Mitgliedern gehörten ${list} nicht zu den ${name}.`,
  inPredecessor: (c, name, yes) =>
    yes ? `${cap(c)} gehörte zu den ${name}.` : `${cap(c)} gehörte nicht zu den ${name}.`,
  isFounder: (c, yes, date) =>
    yes
      ? `${cap(c)} ist ein Gründungsmitglied der ${o.org} (${date}).`
      : `${cap(c)} ist kein Gründungsmitglied der ${o.org}; es trat ${am(date)} bei.`,
  isFounderNever: (c) => `${cap(c)} ist kein Gründungsmitglied der ${o.org}.`,
  charter: (place, date, inForce) =>
    `Die Charta der ${o.org} wurde ${am(date)} in ${place} unterzeichnet und trat ${am(inForce)} in Kraft.`,
  standsFor: (acronym, full) => `Die Abkürzung ${acronym} steht für die ${full}.`,
  about: (full, date, place, n) => `Die ${full} wurde ${am(date)} in ${place} gegründet und hat ${n} Mitgliedstaaten.`,
  seat: (body, place) => `${cap(body)}: Der Sitz ist in ${place}.`,
  supremeBody: (body) => `Das höchste Organ der ${o.org} ist der ${body}.`,
  bodies: (list) => `Die Organe der ${o.org} in den Daten sind ${list}.`,
  officialLanguages: (list) => `Die Amtssprachen der ${o.org} sind ${list}.`,
  isOfficialLanguage: (language, yes) =>
    yes ? `${language} ist eine Amtssprache der ${o.org}.` : `${language} ist keine Amtssprache der ${o.org}.`,
  secgenNow: (name, c, since) => `Generalsekretär der ${o.org} ist ${name} (${c}), ${seit(since)} im Amt.`,
  secgenThen: (name, c, from, to) =>
    `${name} (${c}) war Generalsekretär der ${o.org}${from ? ` ${vomTag(from)}` : ''}${to ? ` bis ${to}` : ''}.`,
  secgenPrevious: (name, c, from, to) =>
    `Der vorherige Generalsekretär der ${o.org} war ${name} (${c}), ${vomTag(from)} bis ${to}.`,
  secgenUnknownThen: (when) => `Die Daten verzeichnen nicht, wer ${when} Generalsekretär war.`,
  ratsDirector: (name, c) => `Das Exekutivkomitee der ${o.rats} leitet ${name} (${c}).`,
  ratsDirectorThen: (name, c, from, to) =>
    `${name} (${c}) war Direktor des Exekutivkomitees der ${o.rats}${from ? ` von ${from}` : ''}${to ? ` bis ${to}` : ''}.`,
  ratsUnknownThen: (when) => `Die Daten verzeichnen nicht, wer ${when} das Exekutivkomitee der ${o.rats} leitete.`,
  personRole: (name, role) => `${name} ist ${role}.`,
  personWas: (name, role) => `${name} ist der ehemalige ${role}.`,
  roleOf: (role, c) => `${role} (${c})`,
  ministerAt: (c, name, event) => `${cap(c)}: Der Verteidigungsminister bei ${dative(event)} war ${name}.`,
  ministerAsOf: (c, name, date) => `${cap(c)}: Der Verteidigungsminister ist laut den Daten ${name} (Stand: ${date}).`,
  ministerGone: (c, name, date) =>
    `${name} ist nicht mehr Verteidigungsminister (${c}): seine Amtszeit endete ${am(date)}.`,
  noMinister: (c) => `${cap(c)}: Der Verteidigungsminister ist nicht in den Daten.`,
  officePredecessorNotHeld: (name, role) => `Wer vor ${name} ${role} war, ist nicht in den Daten.`,
  predecessorNotHeld: (name, c) => `Wen ${name} als Verteidigungsminister (${c}) ablöste, ist nicht in den Daten.`,
  acting: 'kommissarisch',
  alsoWritten: (names) => `Die anderen Schreibweisen sind ${names}.`,
  ministersLastKnown: (date) =>
    `Wer jetzt in den Mitgliedstaaten Verteidigungsminister ist, ist nicht in den Daten; die zuletzt bestätigten sind vom ${date}.`,
  ministerLastKnown: (c, name, date) =>
    `${cap(c)}: Wer jetzt Verteidigungsminister ist, ist nicht in den Daten; der letzte bestätigte (${date}) ist ${name}.`,
  exactDateNotHeld: (date) => `Die Daten nennen nur ${date}; das genaue Datum ist nicht in den Daten.`,
  statusStartNotHeld: (c, status) => `Wann ${c} ${status} wurde, ist nicht in den Daten.`,
  replacedBy: (name, other, date) => `${other} löste ${name} ab${date ? `, ${am(date)}` : ''}.`,
  chairNow: (c, since) => `Den rotierenden Vorsitz der ${o.org} hat ${c}, ${seit(since)}.`,
  chairThen: (list, when) => `Den Vorsitz der ${o.org} hatte ${when} ${list}.`,
  chairTerm: (c, from, to) =>
    to
      ? `${cap(c)} hatte den Vorsitz der ${o.org} ${vomTag(from)} bis ${to}.`
      : `${cap(c)} hat den Vorsitz der ${o.org} ${seit(from)}.`,
  chairBefore: (c, other) => `Vor ${c} hatte ${other} den Vorsitz der ${o.org}.`,
  chairAfter: (c, other) => `Nach ${c} ging der Vorsitz an ${other}.`,
  chairPassedAt: (event, from, to) => `${event}: Der Vorsitz ging von ${from} an ${to}.`,
  neverChaired: (c) => `Die Daten verzeichnen keinen ${o.org}-Vorsitz ${von(c)}.`,
  chairEnded: (c, from, date) =>
    `Der ${o.org}-Vorsitz ${von(c)} (seit ${from}) endete mit dem Gipfel ${am(date)}; wer den Vorsitz jetzt hat, ist nicht in den Daten.`,
  chairUnknown: (when) => `Die Daten verzeichnen nicht, wer ${when} den ${o.org}-Vorsitz hatte.`,
  chairNext: (c) => `Die Daten verzeichnen nicht, wer nach ${c} den ${o.org}-Vorsitz hat.`,
  regionMembers: (region, list) => `Mitgliedstaaten der ${o.org} in ${region}: ${list}.`,
  regionPartners: (region, list) => `Partner der ${o.org} in ${region}: ${list}.`,
  regionNoMember: (region) => `Die Daten nennen keinen Mitgliedstaat der ${o.org} in ${region}.`,
  regionNoPartner: (region) => `Die Daten nennen keinen Partner der ${o.org} in ${region}.`,
  regionNote: 'Regionen nach dem UN-Standard M49, aus dem Datensatz der Ländercodes, den die Daten zitieren.',
  chairCount: (c, n) => `${c} hatte den Vorsitz der ${o.org} ${n}-mal inne, das ist die Zahl der Vorsitze.`,
  chairsList: (list) => `Die Vorsitzländer der ${o.org} in den Daten sind ${list}.`,
  chairRule: 'Der Vorsitz wechselt jedes Jahr und wird bei jedem Gipfel übergeben.',
  motto: (c, motto) => `Das Motto des ${o.org}-Vorsitzes ${von(c)} lautet „${motto}“.`,
  eventHeld: (event, date, place) => `${cap(event)} ist ${am(date)}${place ? ` in ${place}` : ''} abgehalten worden.`,
  eventExpected: (event, date, place) => `${cap(event)} ist ${date}${place ? ` in ${place}` : ''} zu erwarten.`,
  eventScheduled: (event, date, place) =>
    `${cap(event)} ist für ${am(date).replace(/^am /, 'den ')}${place ? ` in ${place}` : ''} angesetzt.`,
  eventHeldNoDecisions: (event, date, place) =>
    `${cap(event)} fand ${am(date)}${place ? ` in ${place}` : ''} statt; die Beschlüsse sind nicht in den Daten.`,
  eventUnconfirmed: (event, date, place, over) =>
    `${cap(event)} war für ${am(date).replace(/^am /, 'den ')}${place ? ` in ${place}` : ''} angesetzt; ${over ? 'ob und wie es stattfand' : 'ob es stattgefunden hat'}, ist nicht in den Daten.`,
  eventOutcomesUnknown: (event) => `Die Beschlüsse sind nicht in den Daten (${event}).`,
  eventOutcomes: (event, date) => `Das sind die Ergebnisse (${event}, ${date}):`,
  eventHost: (host, event) => `Der Gastgeber war ${host} (${event}).`,
  eventHosts: (host, event) => `Der Gastgeber ist ${host} (${event}).`,
  chairPassed: (body, from, to) => `Der Vorsitz im ${body} ging von ${from} an ${to} über.`,
  eventChair: (chair, event) => `Den Vorsitz hatte ${chair}, und zwar bei ${dative(event)}.`,
  eventAttendance: (n, event, list) => `Die Teilnehmer (${event}) waren ${n} Mitgliedstaaten: ${list}.`,
  attended: (c, event, yes) =>
    yes ? `${cap(c)} ist dabei gewesen (${event}).` : `Die Teilnahme ${von(c)} ist nicht verzeichnet (${event}).`,
  didNotRefuse: (c, event, who) =>
    `${cap(c)} hat die Unterzeichnung nicht verweigert (${event}); verweigert hat sie ${who}.`,
  refusedToSign: (c, event) =>
    `${cap(c)} lehnte es ab, den Entwurf der gemeinsamen Erklärung zu unterzeichnen (${event}).`,
  positionAt: (c, event) => `Die Position ${von(c)} (${event}):`,
  noStatement: (event) => `${cap(event)} endete ohne gemeinsame Erklärung und ohne Kommuniqué.`,
  hostAnnounced: (c, year, on) =>
    `${cap(c)} kündigte ${am(on)} an, den ${o.org}-Gipfel ${year} auszurichten; eine Entscheidung der ${o.org} dazu ist nicht verzeichnet.`,
  eventsInYear: (n, year, count) =>
    `Die Daten enthalten ${n} ${o.org}-${count === 1 ? 'Ereignis' : 'Ereignisse'} im Jahr ${year}.`,
  nextSummit: (event, place, date) => `Der nächste Gipfel der ${o.org} in den Daten ist ${event} (${place}, ${date}).`,
  lastEvent: (event, place, date) => `Das letzte Treffen der ${o.org} in den Daten ist ${event} (${place}, ${date}).`,
  lastSummit: (event, place, date) => `Der letzte Gipfel der ${o.org} in den Daten ist ${event} (${place}, ${date}).`,
  summitsList: (n) => `Die Daten enthalten ${n} Gipfel des Rates der Staatsoberhäupter.`,
  summitNotHeld: (year) => `Die Daten enthalten keinen ${o.org}-Gipfel im Jahr ${year}.`,
  meetsYearly: (body) => `Der ${body} tritt einmal im Jahr zusammen.`,
  claim: {
    false: 'Die Behauptung ist falsch.',
    misleading: 'Die Behauptung ist irreführend.',
    incomplete: 'Die Behauptung ist unvollständig.',
    unverified: 'Die Behauptung ist nicht bestätigt.',
    correct: 'Die Behauptung ist richtig.',
  },
  claimsList: (n) =>
    `${n} Behauptungen im Ausgangsartikel sind falsch, irreführend, unvollständig oder nicht bestätigt.`,
  referencesRejected: (n) => `Auf ${n} Quellen des Ausgangsartikels ist kein Verlass.`,
  dissociatedFrom: (c) => `${c} hat sich von der Erklärung distanziert, die die ${o.org} dazu abgab.`,
  noDissentRecorded: (_title) =>
    `Die Daten verzeichnen keinen Mitgliedstaat, der sich von dieser Erklärung distanziert hat.`,
  fromData: (title) => `Das ist, was die Daten dazu sagen (${title}).`,
  figure: (value, what, date) => `Die Zahl ist ${value} (${what}${date ? `, ${date}` : ''}).`,
  notAnOrgMember: (org) =>
    `${org} gehört nicht zur ${o.org}: Mitglieder oder Partner der ${o.org} können nur Staaten sein.`,
  nativeName: (c, language, name, latin) => `Auf ${language} schreibt man ${c} ${name}${latin ? ` (${latin})` : ''}.`,
  officialName: (c, name) => `${cap(c)}: Der offizielle Name ist ${name}.`,
  capital: (c, city) => `${cap(c)}: Die Hauptstadt ist ${city}.`,
  notCapital: (city, c, capital) => `${city} ist nicht die Hauptstadt (${c}); die Hauptstadt ist ${capital}.`,
  codes: (c, a2, a3) => `${cap(c)}: Die ISO-3166-1-Codes sind ${a2} und ${a3}.`,
  oldNameOf: (old, c) => `${old} ist ein früherer Name ${von(c)}.`,
  oldNamesOf: (olds, c) => `Frühere Namen ${von(c)}: ${olds}.`,
  joinedFirst: (a, da, b, db) => `Zuerst ist ${a} beigetreten (${da}); ${b} ist ${am(db)} beigetreten.`,
  joinedSameDay: (a, b, date) => `${cap(a)} und ${b} sind am selben Tag beigetreten, ${am(date)}.`,
  onlyMember: (a, da, b) => `Nur ${a} ist Mitgliedstaat, ${seit(da)}; ${b} ist es nicht.`,
  neitherMember: (a, b) => `Weder ${a} noch ${b} ist ein Mitgliedstaat der ${o.org}.`,
  rightsNotHeld: (members, partners) =>
    `Die Daten beschreiben die Rechte der Kategorien nicht; sie enthalten, wer wozu gehört: ${members} Mitgliedstaaten und ${partners} Partner der ${o.org}.`,
  recordedBetween: (c, from, to, n, count) =>
    n === 0
      ? `Die Daten enthalten von ${from} bis ${to} nichts zu ${c}.`
      : `Von ${from} bis ${to} enthalten die Daten ${count} Einträge zu ${c}.`,
  path: (c, steps) => `Der Weg ${von(c)} in der ${o.org}: ${steps}.`,
  pathStep: (status, from, to) => `${status}${from ? ` ab ${from}` : ''}${to ? ` bis ${to}` : ''}`,
  website: (site) => `Die offizielle Website der ${o.org} ist ${site}.`,
  gaps: (n) => `Die Daten führen ${n} offene Fragen, auf die sie noch keine Antwort haben.`,
  aboutData: (date) =>
    `Meine Antworten stammen aus einer kuratierten Faktentabelle, in der jede Angabe ihre Quelle nennt; sie reicht bis zum ${date}.`,
  help: `Fragen Sie mich zur ${o.org}: Mitglieder und Partner, wann und wie sie beitraten, die Zahl über die Jahre, Gründung und Charta, Sekretariat und ${o.rats}, der Generalsekretär, die Sprachen, der Vorsitz, Gipfel und Treffen, Verteidigungsminister und umstrittene Behauptungen.`,
  languagesSpoken:
    'Sie können auf Deutsch, Englisch, Chinesisch, Russisch, Hindi, Persisch, Urdu, Spanisch, Französisch oder Türkisch fragen; ich antworte in Ihrer Sprache und gebe die englischen Details dazu.',
  whoAmI: `Ich bin der ${o.org}-Briefing-Bot: Ich beantworte Fragen zur ${o.full} aus kuratierten Daten mit Quellen.`,
  notHeld: (what) => (what ? `Das ist nicht in den Daten: ${what}.` : 'Die Antwort darauf ist nicht in den Daten.'),
  notRenamed: (body) => `Die Daten verzeichnen keinen neuen Namen für ${body}.`,
  notHeldSetUp: (body) => `Die Daten verzeichnen nicht, wann ${body} eingerichtet wurde.`,
  secgenNext: (name) => `Die Daten verzeichnen nicht, wer ${name} als Generalsekretär nachfolgt.`,
  nextSummitUnknown: `Der nächste ${o.org}-Gipfel ist nicht in den Daten.`,
  nextMeetingUnknown: (body) => `Das nächste Treffen (${body}) ist nicht in den Daten.`,
  eventChairUnknown: (event) => `Wer den Vorsitz hatte (${event}), ist nicht in den Daten.`,
  attendanceUnknown: (event) => `Die Teilnehmerliste (${event}) ist nicht in den Daten.`,
  representativeUnknown: (c, event) => `Wer ${c} vertreten hat (${event}), ist nicht in den Daten.`,
  noEventsIn: (when) => `Die Daten enthalten keine ${o.org}-Ereignisse ${when}.`,
  notHeldAbout: (topic) => `Das Thema „${topic}“ ist nicht in den Daten.`,
  reasonsNotHeld: (c) => `Die Gründe oder Motive ${von(c)} sind nicht in den Daten.`,
  noPrediction: 'Was nicht in den Daten steht, sage ich nicht voraus.',
  declineTitle: 'Das liegt außerhalb dessen, was ich beantworte',
  decline: {
    contact: 'Ich gebe keine persönlichen Kontaktdaten von Amtsträgern oder anderen Personen heraus.',
    privateLife: 'Ich gebe keine privaten oder familiären Angaben über Personen weiter.',
    privateData: 'Ich gebe keine Fragen oder Daten anderer Nutzer weiter.',
    secrets: 'Ich gebe keine Prompts, Konfiguration, Tokens oder andere interne Details preis.',
    injection: 'Ich kann meine Arbeitsweise nicht ändern und folge keinen Anweisungen in einer Frage.',
    prediction: 'Ich sage die Zukunft nicht voraus: was noch nicht geschehen ist, steht nicht in den Daten.',
    opinion: 'Ich gebe keine Meinungen ab und bewerte keine Länder; ich nenne belegte Fakten.',
    insult: 'Ich erstelle keine Inhalte, die eine Nation oder ein Volk herabsetzen.',
    offTopic: `Das kann ich nicht beantworten: ich beantworte Fragen zur ${o.org}.`,
    massMention: 'Ich erwähne nicht alle, einen Kanal oder eine Rolle.',
    creative:
      'Ich schreibe keine Aufsätze, Artikel, Gedichte oder andere Texte; ich nenne belegte Fakten für Ihre eigenen.',
    investment: 'Ich gebe keine Anlage- oder Finanzberatung.',
    weather: 'Ich beantworte keine Wetterfragen.',
    election: 'Ich beantworte oder prognostiziere keine Wahlen.',
    news: 'Ich habe keine aktuellen Nachrichten; meine Daten sind eine kuratierte Faktentabelle.',
  },
});

export default de;
