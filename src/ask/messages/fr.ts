import type { Messages, OrgNames } from './en.js';

/**
 * Cadres en français. Les noms de pays arrivent avec leur article (« l'Inde », « le Pakistan ») :
 * ils sont placés en tête de phrase ou après deux-points, jamais après « de ».
 */
const full = (d: string) => /^\d{1,2}(er)?(?:\s*[–-]\s*\d{1,2})? /.test(d);
const depuis = (d: string) => (full(d) ? `depuis le ${d}` : `depuis ${d}`);
// (A month alone: "de septembre 2022", "d'avril 2022", "à juillet 2023".)
const du = (d: string) => (full(d) ? `du ${d}` : /^[aeiouyàâéèêh]/i.test(d) ? `d'${d}` : `de ${d}`);
const au = (d: string) => (full(d) ? `au ${d}` : `à ${d}`);
const le = (d: string) => (full(d) ? `le ${d}` : `en ${d}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const fr = (o: OrgNames): Messages => ({
  verdict: {
    yes: 'Oui.',
    no: 'Non.',
    notQuite: 'Non, pas tout à fait.',
    unverified: 'Non, ce n’est pas vérifié.',
    unknown: 'Non connu : ce n’est pas dans les données.',
  },
  // (A guess is confirmed or not by the verdict's own words.)
  guessed: {},
  inEnglish: 'En anglais',
  note: 'Remarque',
  status: {
    member: 'État membre',
    observer: 'observateur',
    'dialogue-partner': 'partenaire de dialogue',
    partner: `partenaire de l'${o.org}`,
    'applicant-member': 'candidat à l’adhésion pleine',
    'applicant-observer': 'candidat au statut d’observateur',
    guest: 'invité',
    none: `sans lien avec l'${o.org}`,
  },
  role: {
    'secretary-general': `secrétaire général de l'${o.org}`,
    'rats-director': `directeur du comité exécutif de la ${o.rats}`,
    'defence-minister': 'ministre de la Défense',
    'foreign-minister': 'ministre des Affaires étrangères',
    'head-of-state': 'chef d’État',
    'head-of-government': 'chef de gouvernement',
  },
  otherSummit: (org, place, year) => `le sommet de l’${org} à ${place} en ${year}`,
  eventLabel: (kind, place, year, online) =>
    kind === 'summit' || kind === 'headsOfState'
      ? online
        ? `le sommet virtuel de l'${o.org} de ${year}`
        : `le sommet de l'${o.org} à ${place} en ${year}`
      : kind === 'defenceMinisters'
        ? `la réunion des ministres de la Défense de l'${o.org} à ${place} en ${year}`
        : kind === 'headsOfGovernment'
          ? `la réunion des chefs de gouvernement de l'${o.org} à ${place} en ${year}`
          : kind === 'foreignMinisters'
            ? `la réunion du Conseil des ministres des Affaires étrangères de l'${o.org} à ${place} en ${year}`
            : kind === 'securityCouncilSecretaries'
              ? `la réunion des secrétaires des Conseils de sécurité de l'${o.org} à ${place} en ${year}`
              : kind === 'militaryCooperation'
                ? `la réunion des chefs de la coopération militaire des ministères de la Défense de l'${o.org} à ${place} en ${year}`
                : kind === 'founding'
                  ? `la réunion fondatrice à ${place} en ${year}`
                  : `la réunion à ${place} en ${year}`,
  nth: (n) => (n === 1 ? '1er' : `${n}e`),
  onDay: (date) => le(date),
  inYear: (year) => `en ${year}`,
  atEndOf: (year) => `fin ${year}`,
  asOf: (date) => `au ${date}`,
  memberSince: (c, date) => `${cap(c)} est membre de l'${o.org} ${depuis(date)}.`,
  founderMember: (c, date) => `${cap(c)} est l’un des membres fondateurs de l'${o.org}, membre ${depuis(date)}.`,
  notMemberIs: (c, status, since) =>
    `${cap(c)} n’est pas membre de l'${o.org} ; statut : ${status}${since ? ` ${depuis(since)}` : ''}.`,
  notConnected: (c) => `${cap(c)} n’a aucun lien avec l'${o.org} : ni membre, ni partenaire, ni candidat.`,
  notConnectedList: (list) => `Selon les données, ces pays n’ont aucun lien avec l'${o.org} : ${list}.`,
  wasOnDay: (c, status, when) => `${cap(when)}, statut de ${c} : ${status}.`,
  notYetMember: (c, when, date) =>
    `${cap(when)}, ${c} n’était pas encore membre de l'${o.org} ; membre ${depuis(date)}.`,
  statusSince: (c, status, since) =>
    `Le statut actuel est le suivant : ${c}, ${status}${since ? ` ${depuis(since)}` : ''}.`,
  statusFromTo: (c, status, from, to) =>
    `Le statut passé est le suivant : ${c}, ${status}${from ? ` de ${from}` : ''}${to ? ` jusqu’au ${to}` : ''}.`,
  neverStatus: (c, status) => `Les données ne montrent pas que ${c} ait été ${status}.`,
  unknownCountry: (name, members, partners) =>
    `Les données ne contiennent aucun pays nommé « ${name} » : il n’est donc pas parmi les ${members} États membres ni les ${partners} partenaires de l'${o.org}.`,
  joined: (c, date, event) =>
    // (Phrased with "a rejoint": no agreement with the country's gender, "la Biélorussie" or "le Pakistan".)
    `${cap(c)} a rejoint l'${o.org} comme membre de plein droit ${le(date)}${event ? `, lors de ${event}` : ''}.`,
  joinedFounder: (c, date) =>
    `${cap(c)} n’a pas adhéré plus tard : c’est un membre fondateur de l'${o.org}, fondée ${le(date)}.`,
  notJoined: (c, status, since) =>
    `${cap(c)} n’est pas membre de l'${o.org} ; statut : ${status}${since ? ` ${depuis(since)}` : ''}.`,
  joinedIn: (list, when, many) =>
    many
      ? `${cap(list)} sont devenus membres de plein droit de l'${o.org} ${when}.`
      : `${cap(list)} : membre de plein droit de l'${o.org} ${when}.`,
  nobodyJoined: (when) => `${cap(when)}, aucun pays n’est devenu membre de l'${o.org}.`,
  becamePartners: (list, when) => `${cap(list)} sont devenus partenaires de l'${o.org} ${when}.`,
  applied: (c, what, date) =>
    `${cap(c)} a demandé ${what}${date ? ` (${date})` : ''} ; la décision n’est pas enregistrée.`,
  noApplication: (c) => `Les données ne montrent aucune demande de la part de : ${c}.`,
  applications: (list) => `Les demandes enregistrées dans les données sont celles de : ${list}.`,
  fullMembership: 'l’adhésion de plein droit',
  observerStatus: 'le statut d’observateur',
  neverJoined: (c) => `${cap(c)} n’est jamais devenu membre de l'${o.org}.`,
  didNotJoinIn: (c, year, date, event) =>
    `${cap(c)} n’a pas adhéré en ${year} : l’adhésion date du ${date}${event ? `, lors de ${event}` : ''}.`,
  neverLeft: (c) => `${cap(c)} n’a jamais quitté l'${o.org} et n’en a jamais été exclu.`,
  countIsNot: (value, count) => `L'${o.org} ne compte pas ${value} États membres, mais ${count}.`,
  seatIsNot: (body, place, seat) => `${cap(body)} n’est pas à ${place} : le siège est à ${seat}.`,
  foundedNot: (date, place) => `L'${o.org} est fondée ${le(date)} à ${place}.`,
  hostIsNot: (event, host) => `Le pays hôte de ${event} est ${host}.`,
  notHeldIn: (event, place) => `${cap(event)} ne s’est pas tenu à ${place}.`,
  notUpcoming: (event, date) => `${cap(event)} n’est pas à venir : il s’est tenu ${le(date)}.`,
  notChair: (c, when, chair) =>
    `${cap(c)} ne présidait pas l'${o.org} ${when} ; la présidence était assurée par : ${chair}.`,
  notOrdinal: (c, nth, actual) => `${cap(c)} n’était pas le ${nth} État membre, mais le ${actual}.`,
  memberCount: (n, asOf) => `Le nombre d'États membres de l'${o.org} est de ${n} (${asOf}).`,
  memberCountWhen: (n, when) => `Le nombre d'États membres de l'${o.org} était de ${n} ${when}.`,
  countSince: (n, from, to) =>
    to
      ? `L'${o.org} a compté ${n} États membres ${du(from)} ${au(to)}.`
      : `L'${o.org} compte ${n} États membres ${depuis(from)}.`,
  neverCount: (n) => `L'${o.org} n’a jamais compté ${n} États membres.`,
  family: (total, members, partners) =>
    `La « famille de l'${o.org} » compte ${total} pays : ${members} États membres et ${partners} partenaires.`,
  partnerCount: (n) => `Le nombre de partenaires de l'${o.org} est de ${n}.`,
  membersAre: (n, list) => `Les ${n} États membres de l'${o.org} sont : ${list}.`,
  membersWere: (n, when, list) => `${cap(when)}, l'${o.org} comptait ${n} États membres : ${list}.`,
  partnersAre: (n, list) => `Les ${n} partenaires de l'${o.org} sont : ${list}.`,
  foundersAre: (n, list, date) =>
    `Les ${n} membres fondateurs de l'${o.org} sont : ${list} ; ils l’ont fondée ${le(date)}.`,
  observersOn: (n, list, day) => `Au ${day}, l'${o.org} comptait ${n} observateurs : ${list}.`,
  dialogueOn: (n, list, day) => `Au ${day}, l'${o.org} comptait ${n} partenaires de dialogue : ${list}.`,
  observersWere: (n, list, until) => `Jusqu’au ${until}, l'${o.org} comptait ${n} observateurs : ${list}.`,
  dialogueWere: (n, list, until) => `Jusqu’au ${until}, l'${o.org} comptait ${n} partenaires de dialogue : ${list}.`,
  noObserversNow: (date) =>
    `Aucun : ${depuis(date)}, l'${o.org} n’a plus d’observateurs ni de partenaires de dialogue ; les deux catégories ont été réunies en une seule catégorie de partenaires.`,
  mergedInto: (date, event) =>
    `${cap(le(date))}${event ? `, lors de ${event}` : ''}, l'${o.org} a réuni observateurs et partenaires de dialogue en une seule catégorie de partenaires.`,
  firstOfStatus: (c, status, date) => `Le premier ${status} des données est : ${c}, ${depuis(date)}.`,
  newestMember: (c, date) => `L’État membre le plus récent est : ${c}, membre ${depuis(date)}.`,
  newestMembers: (n, list) => `Les ${n} États membres les plus récents sont : ${list}.`,
  newestPartner: (c, date) => `Le partenaire le plus récent de l'${o.org} est : ${c}, admis ${le(date)}.`,
  nthMember: (c, nth, date) => `${cap(c)} est le ${nth} État membre, admis ${le(date)}.`,
  nthMembersTogether: (list, places, date) =>
    `${cap(list)} ont adhéré le même jour, ${le(date)}, aux places ${places}.`,
  noNthMember: (nth, n) => `Il n’y a pas de ${nth} État membre : l'${o.org} en compte ${n}.`,
  grew: (steps) => `Le nombre d’États membres de l'${o.org} a évolué ainsi : ${steps}.`,
  growthStep: (n, date, who) => `${n} (${who}, ${date})`,
  foundedStep: 'fondateurs',
  joinedAfter: (list, year) => `Après ${year}, ont adhéré à l'${o.org} : ${list}.`,
  joinedSince: (list, year) => `Depuis ${year}, ont adhéré à l'${o.org} : ${list}.`,
  founded: (date, place) => `L'${o.org} est fondée ${le(date)} à ${place}.`,
  foundedBy: (list, n) => `Les ${n} fondateurs sont ${list}.`,
  signedBy: (list) => `Les signataires sont ${list}.`,
  predecessorBecame: (name, date, newcomers) =>
    `${cap(le(date))}, avec l’arrivée de ${newcomers}, ${name} sont devenus l'${o.org}.`,
  noScoYet: (when, date) => `${cap(when)}, l'${o.org} n’existait pas encore : elle a été fondée ${le(date)}.`,
  elapsed: (ago, today) => `C'était ${ago}, au ${today}.`,
  age: (years, date) => `L'${o.org} existe depuis ${years} ans : elle a été fondée ${le(date)}.`,
  anniversary: (nth, year, date) =>
    `Le ${nth} anniversaire de l'${o.org} tombe en ${year} : elle a été fondée ${le(date)}.`,
  predecessor: (name, date, place, list) => `${cap(name)} ont été formés ${le(date)} à ${place} : ${list}.`,
  membersNotInPredecessor: (list, name) =>
    `Parmi les membres actuels, ${list} ne faisaient pas partie des ${name.replace(/^les /, '')}.`,
  inPredecessor: (c, name, yes) =>
    yes
      ? `${cap(c)} faisait partie des ${name.replace(/^les /, '')}.`
      : `${cap(c)} ne faisait pas partie des ${name.replace(/^les /, '')}.`,
  isFounder: (c, yes, date) =>
    yes
      ? `${cap(c)} est un membre fondateur de l'${o.org} (${date}).`
      : `${cap(c)} n’est pas un membre fondateur de l'${o.org} ; membre ${depuis(date)}.`,
  isFounderNever: (c) => `${cap(c)} n’est pas un membre fondateur de l'${o.org}.`,
  charter: (place, date, inForce) =>
    `La Charte de l'${o.org} a été signée ${le(date)} à ${place} et est entrée en vigueur ${le(inForce)}.`,
  standsFor: (acronym, full) => `Le sigle ${acronym} est celui de l'${full}.`,
  about: (full, date, place, n) => `L'${full} a été fondée ${le(date)} à ${place} et compte ${n} États membres.`,
  seat: (body, place) => `${cap(body)} : le siège est à ${place}.`,
  supremeBody: (body) => `L’organe suprême de l'${o.org} est le ${body}.`,
  bodies: (list) => `Les organes de l'${o.org} dans les données sont ${list}.`,
  officialLanguages: (list) => `Les langues officielles de l'${o.org} sont : ${list}.`,
  isOfficialLanguage: (language, yes) =>
    // A language's name is a common noun in French, its article elided before a vowel ("L'anglais", "Le hindi").
    `${/^[aeiouéèêâîôû]/i.test(language) ? 'L’' : 'Le '}${language.toLocaleLowerCase('fr')} ${yes ? 'est' : 'n’est pas'} une langue officielle de l'${o.org}.`,
  secgenNow: (name, c, since) =>
    `Le secrétaire général de l'${o.org} est ${name} (${c}), en fonction ${depuis(since)}.`,
  secgenThen: (name, c, from, to) =>
    `${name} (${c}) a été secrétaire général de l'${o.org}${from ? ` ${du(from)}` : ''}${to ? ` ${au(to)}` : ''}.`,
  secgenPrevious: (name, c, from, to) =>
    `Le précédent secrétaire général de l'${o.org} était ${name} (${c}), ${du(from)} ${au(to)}.`,
  secgenUnknownThen: (when) => `Les données ne disent pas qui était secrétaire général ${when}.`,
  ratsDirector: (name, c) => `Le comité exécutif de la ${o.rats} est dirigé par ${name} (${c}).`,
  ratsDirectorThen: (name, c, from, to) =>
    `${name} (${c}) a dirigé le comité exécutif de la ${o.rats}${from ? ` de ${from}` : ''}${to ? ` à ${to}` : ''}.`,
  ratsUnknownThen: (when) => `Les données ne disent pas qui dirigeait le comité exécutif de la ${o.rats} ${when}.`,
  personRole: (name, role) => `${name} est ${role}.`,
  personWas: (name, role) => `${name} est l’ancien ${role}.`,
  roleOf: (role, c) => `${role} (${c})`,
  ministerAt: (c, name, event) => `Le ministre de la Défense (${c}) lors de ${event} était ${name}.`,
  ministerAsOf: (c, name, date) => `Le ministre de la Défense (${c}) est ${name} selon les données, au ${date}.`,
  ministerGone: (c, name, date) =>
    `${name} n’est plus ministre de la Défense (${c}) : son mandat a pris fin ${le(date)}.`,
  noMinister: (c) => `Les données ne disent pas qui est le ministre de la Défense (${c}).`,
  officePredecessorNotHeld: (name, role) => `Les données ne disent pas qui était ${role} avant ${name}.`,
  predecessorNotHeld: (name, c) =>
    `Les données ne disent pas qui ${name} a remplacé comme ministre de la Défense (${c}).`,
  acting: 'par intérim',
  alsoWritten: (names) => `Les autres graphies sont ${names}.`,
  ministersLastKnown: (date) =>
    `Les données ne disent pas qui sont aujourd’hui les ministres de la Défense des membres ; les derniers confirmés datent du ${date}.`,
  ministerLastKnown: (c, name, date) =>
    `Les données ne disent pas qui est le ministre de la Défense (${c}) aujourd’hui ; le dernier confirmé, le ${date}, est ${name}.`,
  exactDateNotHeld: (date) => `Les données ne donnent que ${date} ; la date exacte n’est pas dans les données.`,
  statusStartNotHeld: (c, status) => `Les données ne disent pas depuis quand ${c} a le statut de ${status}.`,
  replacedBy: (name, other, date) => `${other} a remplacé ${name}${date ? ` ${le(date)}` : ''}.`,
  chairNow: (c, since) => `La présidence tournante de l'${o.org} est assurée ${depuis(since)} par : ${c}.`,
  chairThen: (list, when) => `La présidence tournante de l'${o.org} ${when} était assurée par : ${list}.`,
  chairTerm: (c, from, to) =>
    to
      ? `${cap(c)} a exercé la présidence tournante de l'${o.org} ${du(from)} ${au(to)}.`
      : `${cap(c)} préside l'${o.org} ${depuis(from)}.`,
  chairBefore: (c, other) => `Avant la présidence de ${c}, la présidence était assurée par : ${other}.`,
  chairAfter: (c, other) => `Après la présidence de ${c}, la présidence est passée à : ${other}.`,
  chairPassedAt: (event, from, to) => `${event} : passation de la présidence (${from} → ${to}).`,
  neverChaired: (c) => `Les données ne montrent aucune présidence de l'${o.org} par : ${c}.`,
  chairEnded: (c, from, date) =>
    `La présidence assurée par ${c} (depuis ${le(from).replace(/^(le|en) /, 'le ')}) a pris fin au sommet du ${date} ; les données ne disent pas qui préside maintenant.`,
  chairUnknown: (when) => `Les données ne disent pas qui présidait l'${o.org} ${when}.`,
  chairNext: (c) => `Les données ne disent pas qui préside l'${o.org} après : ${c}.`,
  regionMembers: (region, list) => `États membres de l'${o.org} en ${region} : ${list}.`,
  regionPartners: (region, list) => `Partenaires de l'${o.org} en ${region} : ${list}.`,
  regionNoMember: (region) => `Les données ne comptent aucun État membre de l'${o.org} en ${region}.`,
  regionNoPartner: (region) => `Les données ne comptent aucun partenaire de l'${o.org} en ${region}.`,
  regionNote: "Les régions suivent la norme M49 de l'ONU, d'après le jeu de codes de pays que citent les données.",
  chairCount: (c, n) => `${c} a assuré la présidence de l'${o.org} ${n} fois.`,
  chairsList: (list) => `Les présidences de l'${o.org} dans les données sont : ${list}.`,
  chairRule: 'La présidence change chaque année et se transmet à chaque sommet.',
  motto: (c, motto) => `La devise de la présidence de l'${o.org} assurée par ${c} est « ${motto} ».`,
  eventHeld: (event, date, place) =>
    `${cap(event)} est un événement passé : il s’est tenu ${le(date)}${place ? ` à ${place}` : ''}.`,
  eventExpected: (event, date, place) => `${cap(event)} est attendu(e) ${date}${place ? ` à ${place}` : ''}.`,
  eventScheduled: (event, date, place) => `${cap(event)} est prévu(e) ${le(date)}${place ? ` à ${place}` : ''}.`,
  eventHeldNoDecisions: (event, date, place) =>
    `${cap(event)} s’est tenu(e) ${le(date)}${place ? ` à ${place}` : ''} ; ses décisions ne figurent pas dans les données.`,
  eventUnconfirmed: (event, date, place, over) =>
    `${cap(event)} était prévu(e) ${le(date)}${place ? ` à ${place}` : ''} ; ${over ? 's’il ou elle a eu lieu, et avec quel résultat,' : 's’il ou elle a eu lieu'} ne figure pas dans les données.`,
  eventOutcomesUnknown: (event) => `Les données ne contiennent pas les décisions de ${event}.`,
  eventOutcomes: (event, date) => `Les résultats de ${event} (${date}) sont les suivants :`,
  eventHost: (host, event) => `Le pays hôte de ${event} était ${host}.`,
  eventHosts: (host, event) => `Le pays hôte de ${event} est ${host}.`,
  chairPassed: (body, from, to) => `La présidence du ${body} est passée de ${from} à ${to}.`,
  eventChair: (chair, event) => `La présidence de ${event} était assurée par : ${chair}.`,
  eventAttendance: (n, event, list) => `${n} États membres ont participé à ${event} : ${list}.`,
  attended: (c, event, yes) =>
    yes ? `${cap(c)} a participé à ${event}.` : `Les données ne montrent pas la participation de : ${c} à ${event}.`,
  didNotRefuse: (c, event, who) => `${cap(c)} n’a pas refusé de signer lors de ${event} ; c’est ${who} qui a refusé.`,
  refusedToSign: (c, event) => `${cap(c)} a refusé de signer le projet de déclaration commune lors de ${event}.`,
  positionAt: (c, event) => `La position de ${c} lors de ${event} est la suivante :`,
  noStatement: (event) => `${cap(event)} s’est achevé(e) sans déclaration commune ni communiqué.`,
  hostAnnounced: (c, year, on) =>
    `${cap(c)} a annoncé ${le(on)} accueillir le sommet de l'${o.org} de ${year} ; aucune décision de l'${o.org} n’est enregistrée.`,
  eventsInYear: (n, year, count) =>
    `Les données contiennent ${n} ${count === 1 ? 'événement' : 'événements'} de l'${o.org} en ${year}.`,
  nextSummit: (event, place, date) =>
    `Le prochain sommet de l'${o.org} dans les données est ${event} (${place}, ${date}).`,
  lastEvent: (event, place, date) =>
    `La réunion la plus récente de l'${o.org} dans les données est ${event}, tenue à ${place} le ${date}.`,
  lastSummit: (event, place, date) =>
    `Le dernier sommet de l'${o.org} dans les données est ${event}, tenu à ${place} le ${date}.`,
  summitsList: (n) => `Les données contiennent ${n} sommets du Conseil des chefs d’État.`,
  summitNotHeld: (year) => `Les données ne contiennent aucun sommet de l'${o.org} en ${year}.`,
  meetsYearly: (body) => `Le ${body} se réunit une fois par an.`,
  claim: {
    false: 'L’affirmation est fausse.',
    misleading: 'L’affirmation est trompeuse.',
    incomplete: 'L’affirmation est incomplète.',
    unverified: 'L’affirmation n’est pas vérifiée.',
    correct: 'L’affirmation est exacte.',
  },
  claimsList: (n) => `${n} affirmations de l’article de départ sont fausses, trompeuses, incomplètes ou non vérifiées.`,
  referencesRejected: (n) => `Il ne faut pas se fier à ${n} références citées par l’article de départ.`,
  dissociatedFrom: (c) => `${c} : c’est le membre qui s’est dissocié de la déclaration.`,
  noDissentRecorded: (_title) =>
    `Les données n’enregistrent aucun État membre qui se soit dissocié de cette déclaration.`,
  fromData: (title) => `Voici ce que disent les données (${title}) ; le détail est en anglais.`,
  figure: (value, what, date) => `Le chiffre est ${value} (${what}${date ? `, ${date}` : ''}).`,
  notAnOrgMember: (org) =>
    `${org} ne fait pas partie de l'${o.org} : seuls les États peuvent en être membres ou partenaires.`,
  nativeName: (c, language, name, latin) => `En ${language}, ${c} s’écrit ${name}${latin ? ` (${latin})` : ''}.`,
  officialName: (c, name) => `Le nom officiel est ${name} : ${c}.`,
  capital: (c, city) => `La capitale est ${city} : ${c}.`,
  notCapital: (city, c, capital) => `${city} n’est pas la capitale : ${c} a pour capitale ${capital}.`,
  codes: (c, a2, a3) => `Les codes ISO 3166-1 sont ${a2} et ${a3} : ${c}.`,
  oldNameOf: (old, c) => `${old} est un ancien nom de ce pays : ${c}.`,
  oldNamesOf: (olds, c) => `Anciens noms de ce pays (${c}) : ${olds}.`,
  joinedFirst: (a, da, b, db) => `${cap(a)} a adhéré en premier, ${le(da)} ; ${b} a adhéré ${le(db)}.`,
  joinedSameDay: (a, b, date) => `${cap(a)} et ${b} ont adhéré le même jour, ${le(date)}.`,
  onlyMember: (a, da, b) => `Le seul membre est ${a}, ${depuis(da)} ; ${b} ne l’est pas.`,
  neitherMember: (a, b) => `Ni ${a} ni ${b} n’est membre de l'${o.org}.`,
  rightsNotHeld: (members, partners) =>
    `Les données ne décrivent pas les droits de chaque catégorie ; elles disent qui en fait partie : ${members} États membres et ${partners} partenaires de l'${o.org}.`,
  recordedBetween: (c, from, to, n, count) =>
    n === 0
      ? `Les données n'enregistrent rien sur ${c} entre ${from} et ${to}.`
      : `Entre ${from} et ${to}, les données enregistrent ${count} entrées sur ${c}.`,
  path: (c, steps) => `Le parcours de ${c} au sein de l'${o.org} : ${steps}.`,
  pathStep: (status, from, to) => `${status}${from ? ` de ${from}` : ''}${to ? ` jusqu’au ${to}` : ''}`,
  website: (site) => `Le site officiel de l'${o.org} est ${site}.`,
  gaps: (n) => `Les données recensent ${n} questions ouvertes auxquelles elles ne répondent pas encore.`,
  aboutData: (date) =>
    `Mes réponses viennent d’une table de faits vérifiés, chacun avec sa source ; elle va jusqu’au ${date}.`,
  help: `Posez-moi des questions sur l'${o.org} : membres et partenaires, quand et comment ils ont adhéré, leur nombre au fil du temps, la fondation et la Charte, le Secrétariat et la ${o.rats}, le secrétaire général, les langues, la présidence, les sommets et réunions, les ministres de la Défense et les affirmations contestées.`,
  languagesSpoken:
    'Vous pouvez poser vos questions en français, anglais, chinois, russe, hindi, persan, ourdou, allemand, espagnol ou turc ; je réponds dans votre langue avec le détail en anglais.',
  whoAmI: `Je suis le bot d’information sur l'${o.org} : je réponds aux questions sur l'${o.full} à partir de données vérifiées et sourcées.`,
  notHeld: (what) => (what ? `Ce n’est pas dans les données : ${what}.` : 'La réponse n’est pas dans les données.'),
  notRenamed: (body) => `Les données n’indiquent aucun nouveau nom pour ${body}.`,
  notHeldSetUp: (body) => `Les données ne disent pas quand ${body} a été créé.`,
  secgenNext: (name) => `Les données ne disent pas qui succédera à ${name} comme secrétaire général.`,
  nextSummitUnknown: `Le prochain sommet de l'${o.org} n’est pas dans les données.`,
  nextMeetingUnknown: (body) => `La prochaine réunion (${body}) n’est pas dans les données.`,
  eventChairUnknown: (event) => `Les données ne disent pas qui a présidé ${event}.`,
  attendanceUnknown: (event) => `Les données ne contiennent pas la liste des participants à ${event}.`,
  representativeUnknown: (c, event) => `Les données ne disent pas qui a représenté ${c} à ${event}.`,
  noEventsIn: (when) => `Les données ne contiennent aucun événement de l'${o.org} ${when}.`,
  notHeldAbout: (topic) => `Le sujet « ${topic} » n’est pas dans les données.`,
  reasonsNotHeld: (c) => `Les raisons ou les motifs (${c}) ne sont pas dans les données.`,
  noPrediction: 'Je ne prédis pas ce que les données n’enregistrent pas.',
  declineTitle: 'Cela sort de ce à quoi je réponds',
  decline: {
    contact: 'Je ne donne pas les coordonnées personnelles de responsables ni de qui que ce soit.',
    privateLife: 'Je ne communique pas les informations privées ou familiales de qui que ce soit.',
    privateData: 'Je ne partage pas les questions ou les données d’autres utilisateurs.',
    secrets: 'Je ne partage ni consignes, ni configuration, ni jetons, ni autres détails internes.',
    injection: 'Je ne peux pas changer ma façon de travailler ni suivre des instructions contenues dans une question.',
    prediction: 'Je ne prédis pas l’avenir : ce qui n’est pas encore arrivé n’est pas dans les données.',
    opinion: 'Je ne donne pas d’opinion et ne classe pas les pays ; je donne des faits sourcés.',
    insult: 'Je ne produis pas de contenu qui rabaisse une nationalité ou un peuple.',
    offTopic: `Je ne peux pas répondre à cela : je réponds aux questions sur l'${o.org}.`,
    massMention: 'Je ne mentionne pas tout le monde, un canal ou un rôle.',
    creative:
      'Je n’écris pas d’essais, d’articles, de poèmes ni d’autres textes ; je donne des faits sourcés pour les vôtres.',
    investment: 'Je ne donne pas de conseils d’investissement ou financiers.',
    weather: 'Je ne réponds pas aux questions sur la météo.',
    election: 'Je ne réponds pas sur les élections et ne les prédis pas.',
    news: 'Je n’ai pas d’actualités de dernière minute ; mes données sont une table de faits vérifiés.',
  },
});

/** "de le sommet" is "du sommet", "à les" is "aux": the contractions French makes when a label with its article is put after "de" or "à". */
const contract = (s: string): string =>
  s
    .replace(/\bde le /g, 'du ')
    .replace(/\bde les /g, 'des ')
    // ("à" is no word character to \b: the space before it marks the word.)
    .replace(/(^|\s)à le /g, '$1au ')
    .replace(/(^|\s)à les /g, '$1aux ');

function contracted<T>(v: T): T {
  if (typeof v === 'string') return contract(v) as T;
  if (typeof v === 'function') return ((...a: unknown[]) => contracted((v as (...x: unknown[]) => unknown)(...a))) as T;
  if (v && typeof v === 'object' && !Array.isArray(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, contracted(x)])) as T;
  return v;
}

export default (o: OrgNames): Messages => contracted(fr(o));
