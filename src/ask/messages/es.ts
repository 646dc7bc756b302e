import type { Messages, OrgNames } from './en.js';

/** Marcos en español. Fechas completas llevan artículo ("el 4 de julio de 2023"); años y meses no. */
const full = (d: string) => /^\d{1,2}(?:\s*[–-]\s*\d{1,2})? de /.test(d);
const desde = (d: string) => (full(d) ? `desde el ${d}` : `desde ${d}`);
const hasta = (d: string) => (full(d) ? `hasta el ${d}` : `hasta ${d}`);
const el = (d: string) => (full(d) ? `el ${d}` : `en ${d}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const es = (o: OrgNames): Messages => ({
  verdict: {
    yes: 'Sí.',
    no: 'No.',
    notQuite: 'No del todo.',
    unverified: 'No está verificado.',
    unknown: 'No consta en los datos.',
  },
  // (A guess is confirmed or not by the verdict's own words.)
  guessed: {},
  inEnglish: 'En inglés',
  note: 'Nota',
  status: {
    member: 'Estado miembro',
    observer: 'observador',
    'dialogue-partner': 'socio de diálogo',
    partner: `socio de la ${o.org}`,
    'applicant-member': 'candidato a miembro de pleno derecho',
    'applicant-observer': 'candidato al estatus de observador',
    guest: 'invitado',
    none: `sin vínculo con la ${o.org}`,
  },
  role: {
    'secretary-general': `secretario general de la ${o.org}`,
    'rats-director': `director del Comité Ejecutivo de la ${o.rats}`,
    'defence-minister': 'ministro de Defensa',
    'foreign-minister': 'ministro de Asuntos Exteriores',
    'head-of-state': 'jefe de Estado',
    'head-of-government': 'jefe de Gobierno',
  },
  otherSummit: (org, place, year) => `la cumbre de la ${org} en ${place} de ${year}`,
  eventLabel: (kind, place, year, online) =>
    kind === 'summit' || kind === 'headsOfState'
      ? online
        ? `la cumbre virtual de la ${o.org} de ${year}`
        : `la cumbre de la ${o.org} en ${place} de ${year}`
      : kind === 'defenceMinisters'
        ? `la reunión de ministros de Defensa de la ${o.org} en ${place} de ${year}`
        : kind === 'headsOfGovernment'
          ? `la reunión de jefes de Gobierno de la ${o.org} en ${place} de ${year}`
          : kind === 'foreignMinisters'
            ? `la reunión del Consejo de Ministros de Asuntos Exteriores de la ${o.org} en ${place} de ${year}`
            : kind === 'securityCouncilSecretaries'
              ? `la reunión de secretarios de los Consejos de Seguridad de la ${o.org} en ${place} de ${year}`
              : kind === 'militaryCooperation'
                ? `la reunión de jefes de cooperación militar de los ministerios de Defensa de la ${o.org} en ${place} de ${year}`
                : kind === 'founding'
                  ? `la reunión fundacional en ${place} de ${year}`
                  : `la reunión en ${place} de ${year}`,
  nth: (n) => `${n}.º`,
  onDay: (date) => el(date),
  inYear: (year) => `en ${year}`,
  atEndOf: (year) => `a finales de ${year}`,
  asOf: (date) => `a ${date}`,
  memberSince: (c, date) => `${cap(c)} es Estado miembro de la ${o.org} ${desde(date)}.`,
  founderMember: (c, date) => `${cap(c)} es uno de los Estados fundadores de la ${o.org}, miembro ${desde(date)}.`,
  notMemberIs: (c, status, since) =>
    `${cap(c)} no es Estado miembro de la ${o.org}; es ${status}${since ? ` ${desde(since)}` : ''}.`,
  notConnected: (c) => `${cap(c)} no tiene ningún vínculo con la ${o.org}: no es miembro, ni socio, ni candidato.`,
  notConnectedList: (list) => `Según los datos, estos países no tienen ningún vínculo con la ${o.org}: ${list}.`,
  wasOnDay: (c, status, when) => `${cap(when)}, ${c} era ${status}.`,
  notYetMember: (c, when, date) =>
    `${cap(when)}, ${c} aún no era miembro de la ${o.org}; es Estado miembro ${desde(date)}.`,
  statusSince: (c, status, since) => `${cap(c)} es ${status}${since ? ` ${desde(since)}` : ''}.`,
  statusFromTo: (c, status, from, to) =>
    `${cap(c)} fue ${status}${from ? ` desde ${from}` : ''}${to ? ` hasta ${to}` : ''}.`,
  neverStatus: (c, status) => `Los datos no registran que ${c} haya sido ${status}.`,
  unknownCountry: (name, members, partners) =>
    `Los datos no tienen ningún país llamado «${name}», así que no está entre los ${members} Estados miembros ni los ${partners} socios de la ${o.org}.`,
  joined: (c, date, event) =>
    `${cap(c)} ingresó en la ${o.org} como miembro de pleno derecho ${el(date)}${event ? `, en ${event}` : ''}.`,
  joinedFounder: (c, date) =>
    `${cap(c)} no ingresó más tarde: es miembro fundador de la ${o.org}, fundada ${el(date)}.`,
  notJoined: (c, status, since) =>
    `${cap(c)} no ha ingresado en la ${o.org} como miembro; es ${status}${since ? ` ${desde(since)}` : ''}.`,
  joinedIn: (list, when, many) =>
    many
      ? `${cap(list)} ingresaron en la ${o.org} como miembros de pleno derecho ${when}.`
      : `${cap(list)} ingresó en la ${o.org} como miembro de pleno derecho ${when}.`,
  nobodyJoined: (when) => `${cap(when)} ningún país ingresó en la ${o.org} como miembro.`,
  becamePartners: (list, when) => `${cap(list)} pasaron a ser socios de la ${o.org} ${when}.`,
  applied: (c, what, date) => `${cap(c)} ha solicitado ${what}${date ? ` (${date})` : ''}; no consta ninguna decisión.`,
  noApplication: (c) => `Los datos no registran ninguna solicitud de ${c}.`,
  applications: (list) => `Solicitudes registradas en los datos: ${list}.`,
  fullMembership: 'la adhesión como miembro de pleno derecho',
  observerStatus: 'el estatus de observador',
  neverJoined: (c) => `${cap(c)} no es miembro de la ${o.org}: nunca ingresó en ella.`,
  didNotJoinIn: (c, year, date, event) =>
    `${cap(c)} no ingresó en ${year}: ingresó ${el(date)}${event ? `, en ${event}` : ''}.`,
  neverLeft: (c) => `${cap(c)} nunca ha abandonado la ${o.org} ni ha sido expulsado de ella.`,
  countIsNot: (value, count) => `La ${o.org} no tiene ${value} Estados miembros: tiene ${count}.`,
  seatIsNot: (body, place, seat) => `La sede de la ${body} no está en ${place}: está en ${seat}.`,
  foundedNot: (date, place) => `La ${o.org} se fundó ${el(date)} en ${place}.`,
  hostIsNot: (event, host) => `El anfitrión de ${event} fue ${host}.`,
  notHeldIn: (event, place) => `${cap(event)} no se celebró en ${place}.`,
  notUpcoming: (event, date) => `${cap(event)} no está por venir: se celebró ${el(date)}.`,
  notChair: (c, when, chair) => `${cap(c)} no presidía la ${o.org} ${when}; la presidencia la tenía ${chair}.`,
  notOrdinal: (c, nth, actual) => `${cap(c)} no fue el ${nth} Estado miembro, sino el ${actual}.`,
  memberCount: (n, asOf) => `La ${o.org} tiene ${n} Estados miembros (${asOf}).`,
  memberCountWhen: (n, when) => `${cap(when)}, la ${o.org} tenía ${n} Estados miembros.`,
  countSince: (n, from, to) =>
    to
      ? `La ${o.org} tuvo ${n} Estados miembros ${desde(from)} ${hasta(to)}.`
      : `La ${o.org} tiene ${n} Estados miembros ${desde(from)}.`,
  neverCount: (n) => `La ${o.org} nunca ha tenido ${n} Estados miembros.`,
  family: (total, members, partners) =>
    `La «familia de la ${o.org}» tiene ${total} países: ${members} Estados miembros y ${partners} socios.`,
  partnerCount: (n) => `Los socios de la ${o.org} son ${n}.`,
  membersAre: (n, list) => `Los ${n} Estados miembros de la ${o.org} son ${list}.`,
  membersWere: (n, when, list) => `${cap(when)}, la ${o.org} tenía ${n} Estados miembros: ${list}.`,
  partnersAre: (n, list) => `Los ${n} socios de la ${o.org} son ${list}.`,
  foundersAre: (n, list, date) => `Los ${n} miembros fundadores de la ${o.org} son ${list}; la fundaron ${el(date)}.`,
  observersOn: (n, list, day) => `El ${day}, la ${o.org} tenía ${n} observadores: ${list}.`,
  dialogueOn: (n, list, day) => `El ${day}, la ${o.org} tenía ${n} socios de diálogo: ${list}.`,
  observersWere: (n, list, until) => `Hasta el ${until}, la ${o.org} tenía ${n} observadores: ${list}.`,
  dialogueWere: (n, list, until) => `Hasta el ${until}, la ${o.org} tenía ${n} socios de diálogo: ${list}.`,
  noObserversNow: (date) =>
    `Ninguno: ${desde(date)} la ${o.org} ya no tiene observadores ni socios de diálogo; ambas categorías se unieron en una sola de socios.`,
  mergedInto: (date, event) =>
    `${cap(el(date))}${event ? `, en ${event},` : ''} la ${o.org} unió a los observadores y socios de diálogo en una sola categoría de socios.`,
  firstOfStatus: (c, status, date) => `El primer ${status} de los datos fue ${c}, ${desde(date)}.`,
  newestMember: (c, date) => `El Estado miembro más reciente es ${c}, que ingresó ${el(date)}.`,
  newestMembers: (n, list) => `Los ${n} Estados miembros más recientes son ${list}.`,
  newestPartner: (c, date) => `El socio más reciente de la ${o.org} es ${c}, admitido ${el(date)}.`,
  nthMember: (c, nth, date) => `${cap(c)} se convirtió en el ${nth} Estado miembro ${el(date)}.`,
  nthMembersTogether: (list, places, date) =>
    `${cap(list)} ingresaron el mismo día, ${el(date)}, en los puestos ${places}.`,
  noNthMember: (nth, n) => `No hay un ${nth} Estado miembro: la ${o.org} tiene ${n}.`,
  grew: (steps) => `El número de Estados miembros de la ${o.org} creció así: ${steps}.`,
  growthStep: (n, date, who) => `${n} (${who}, ${date})`,
  foundedStep: 'fundadores',
  joinedAfter: (list, year) => `Después de ${year} ingresaron en la ${o.org}: ${list}.`,
  joinedSince: (list, year) => `Desde ${year} ingresaron en la ${o.org}: ${list}.`,
  founded: (date, place) => `La ${o.org} se fundó ${el(date)} en ${place}.`,
  foundedBy: (list, n) => `Sus ${n} fundadores fueron ${list}.`,
  signedBy: (list) => `La firmaron ${list}.`,
  predecessorBecame: (name, date, newcomers) =>
    `${cap(el(date))}, con la incorporación de ${newcomers}, ${name} se convirtieron en la ${o.org}.`,
  noScoYet: (when, date) => `${cap(when)} la ${o.org} aún no existía: se fundó ${el(date)}.`,
  elapsed: (ago, today) => `Eso fue ${ago}, a fecha de ${today}.`,
  age: (years, date) => `La ${o.org} tiene ${years} años: se fundó ${el(date)}.`,
  anniversary: (nth, year, date) => `El ${nth} aniversario de la ${o.org} cae en ${year}: se fundó ${el(date)}.`,
  predecessor: (name, date, place, list) => `${cap(name)} se formaron ${el(date)} en ${place}: ${list}.`,
  membersNotInPredecessor: (list, name) => `De los miembros actuales, ${list} no formaban parte de ${name}.`,
  inPredecessor: (c, name, yes) =>
    yes ? `${cap(c)} formaba parte de ${name}.` : `${cap(c)} no formaba parte de ${name}.`,
  isFounder: (c, yes, date) =>
    yes
      ? `${cap(c)} es miembro fundador de la ${o.org} (${date}).`
      : `${cap(c)} no es miembro fundador de la ${o.org}; ingresó ${el(date)}.`,
  isFounderNever: (c) => `${cap(c)} no es miembro fundador de la ${o.org}.`,
  charter: (place, date, inForce) =>
    `La Carta de la ${o.org} se firmó ${el(date)} en ${place} y entró en vigor ${el(inForce)}.`,
  standsFor: (acronym, full) => `${acronym} son las siglas de la ${full}.`,
  about: (full, date, place, n) => `La ${full} se fundó ${el(date)} en ${place} y tiene ${n} Estados miembros.`,
  seat: (body, place) => `La sede de la ${body} está en ${place}.`,
  supremeBody: (body) => `El órgano supremo de la ${o.org} es el ${body}.`,
  bodies: (list) => `Órganos de la ${o.org} en los datos: ${list}.`,
  officialLanguages: (list) => `Los idiomas oficiales de la ${o.org} son: ${list}.`,
  isOfficialLanguage: (language, yes) =>
    // A language's name is a common noun in Spanish: lower case after its article ("El inglés").
    yes
      ? `El ${language.toLocaleLowerCase('es')} es idioma oficial de la ${o.org}.`
      : `El ${language.toLocaleLowerCase('es')} no es idioma oficial de la ${o.org}.`,
  secgenNow: (name, c, since) => `El secretario general de la ${o.org} es ${name} (${c}), en el cargo ${desde(since)}.`,
  secgenThen: (name, c, from, to) =>
    `${name} (${c}) fue secretario general de la ${o.org}${from ? ` ${desde(from)}` : ''}${to ? ` ${hasta(to)}` : ''}.`,
  secgenPrevious: (name, c, from, to) =>
    `El anterior secretario general de la ${o.org} fue ${name} (${c}), ${desde(from)} ${hasta(to)}.`,
  secgenUnknownThen: (when) => `Los datos no registran quién era el secretario general ${when}.`,
  ratsDirector: (name, c) => `El Comité Ejecutivo de la ${o.rats} lo dirige ${name} (${c}).`,
  ratsDirectorThen: (name, c, from, to) =>
    `${name} (${c}) dirigió el Comité Ejecutivo de la ${o.rats}${from ? ` desde ${from}` : ''}${to ? ` hasta ${to}` : ''}.`,
  ratsUnknownThen: (when) => `Los datos no registran quién dirigía el Comité Ejecutivo de la ${o.rats} ${when}.`,
  personRole: (name, role) => `${name} es ${role}.`,
  personWas: (name, role) => `${name} fue ${role}.`,
  roleOf: (role, c) => `${role} (${c})`,
  ministerAt: (c, name, event) => `El ministro de Defensa (${c}) en ${event} fue ${name}.`,
  ministerAsOf: (c, name, date) => `El ministro de Defensa (${c}) en los datos, a ${date}, es ${name}.`,
  ministerGone: (c, name, date) => `${name} ya no es ministro de Defensa (${c}): su mandato terminó ${el(date)}.`,
  noMinister: (c) => `Los datos no registran al ministro de Defensa (${c}).`,
  officePredecessorNotHeld: (name, role) => `Los datos no registran quién fue ${role} antes de ${name}.`,
  predecessorNotHeld: (name, c) => `Los datos no registran a quién sustituyó ${name} como ministro de Defensa (${c}).`,
  acting: 'en funciones',
  alsoWritten: (names) => `También se escribe ${names}.`,
  ministersLastKnown: (date) =>
    `Los datos no registran quiénes son ahora los ministros de Defensa de los miembros; los últimos confirmados son del ${date}.`,
  ministerLastKnown: (c, name, date) =>
    `Los datos no registran quién es ahora el ministro de Defensa (${c}); el último confirmado, el ${date}, es ${name}.`,
  exactDateNotHeld: (date) => `Los datos solo dan ${date}; la fecha exacta no consta en los datos.`,
  statusStartNotHeld: (c, status) => `Los datos no registran cuándo ${c} pasó a ser ${status}.`,
  replacedBy: (name, other, date) => `${other} sustituyó a ${name}${date ? ` ${el(date)}` : ''}.`,
  chairNow: (c, since) => `La presidencia rotatoria de la ${o.org} la tiene ${c}, ${desde(since)}.`,
  chairThen: (list, when) => `${cap(when)}, la presidencia rotatoria de la ${o.org} la tenía ${list}.`,
  chairTerm: (c, from, to) =>
    to
      ? `${cap(c)} presidió la ${o.org} ${desde(from)} ${hasta(to)}.`
      : `${cap(c)} preside la ${o.org} ${desde(from)}.`,
  chairBefore: (c, other) => `Antes de ${c}, la presidencia de la ${o.org} la tenía ${other}.`,
  chairAfter: (c, other) => `Después de ${c}, la presidencia pasó a ${other}.`,
  chairPassedAt: (event, from, to) => `${event}: la presidencia pasó de ${from} a ${to}.`,
  neverChaired: (c) => `Los datos no registran ninguna presidencia de la ${o.org} de ${c}.`,
  chairEnded: (c, from, date) =>
    `La presidencia de ${c} (desde ${el(from).replace(/^(el|en) /, 'el ')}) terminó en la cumbre del ${date}; los datos no registran quién preside ahora.`,
  chairUnknown: (when) => `Los datos no registran quién presidía la ${o.org} ${when}.`,
  chairNext: (c) => `Los datos no registran quién preside la ${o.org} después de ${c}.`,
  regionMembers: (region, list) => `Estados miembros de la ${o.org} en ${region}: ${list}.`,
  regionPartners: (region, list) => `Socios de la ${o.org} en ${region}: ${list}.`,
  regionNoMember: (region) => `Los datos no registran ningún Estado miembro de la ${o.org} en ${region}.`,
  regionNoPartner: (region) => `Los datos no registran ningún socio de la ${o.org} en ${region}.`,
  regionNote: 'Las regiones siguen la norma M49 de la ONU, del conjunto de códigos de países que citan los datos.',
  chairCount: (c, n) => `${c} ha ocupado la presidencia de la ${o.org} ${n} veces.`,
  chairsList: (list) => `Presidencias de la ${o.org} en los datos: ${list}.`,
  chairRule: 'La presidencia rota cada año y se traspasa en cada cumbre.',
  motto: (c, motto) => `El lema de la presidencia de la ${o.org} de ${c} es «${motto}».`,
  eventHeld: (event, date, place) => `${cap(event)} se celebró ${el(date)}${place ? ` en ${place}` : ''}.`,
  eventExpected: (event, date, place) => `${cap(event)} está prevista ${date}${place ? ` en ${place}` : ''}.`,
  eventScheduled: (event, date, place) =>
    `${cap(event)} está programada para ${el(date).replace(/^en /, '')}${place ? ` en ${place}` : ''}.`,
  eventHeldNoDecisions: (event, date, place) =>
    `${cap(event)} se celebró ${el(date)}${place ? ` en ${place}` : ''}; sus decisiones no constan en los datos.`,
  eventUnconfirmed: (event, date, place, over) =>
    `${cap(event)} estaba programada para ${el(date).replace(/^en /, '')}${place ? ` en ${place}` : ''}; ${over ? 'si se celebró y con qué resultado' : 'si se ha celebrado'} no consta en los datos.`,
  eventOutcomesUnknown: (event) => `Los datos no recogen las decisiones de ${event}.`,
  eventOutcomes: (event, date) => `Resultados de ${event} (${date}):`,
  eventHost: (host, event) => `El anfitrión de ${event} fue ${host}.`,
  eventHosts: (host, event) => `El anfitrión de ${event} es ${host}.`,
  chairPassed: (body, from, to) => `La presidencia del ${body} pasó de ${from} a ${to}.`,
  eventChair: (chair, event) => `${cap(event)} la presidió ${chair}.`,
  eventAttendance: (n, event, list) => `${n} Estados miembros asistieron a ${event}: ${list}.`,
  attended: (c, event, yes) =>
    yes ? `${cap(c)} asistió a ${event}.` : `Los datos no registran la asistencia de ${c} a ${event}.`,
  didNotRefuse: (c, event, who) => `${cap(c)} no se negó a firmar en ${event}; quien se negó fue ${who}.`,
  refusedToSign: (c, event) => `${cap(c)} se negó a firmar el borrador de la declaración conjunta en ${event}.`,
  positionAt: (c, event) => `Posición de ${c} en ${event}:`,
  noStatement: (event) => `${cap(event)} terminó sin declaración conjunta ni comunicado.`,
  hostAnnounced: (c, year, on) =>
    `${cap(c)} anunció ${el(on)} que acogería la cumbre de la ${o.org} de ${year}; no consta ninguna decisión de la ${o.org} al respecto.`,
  eventsInYear: (n, year, count) =>
    `Los datos tienen ${n} ${count === 1 ? 'evento' : 'eventos'} de la ${o.org} en ${year}.`,
  nextSummit: (event, place, date) => `La próxima cumbre de la ${o.org} en los datos es ${event} (${place}, ${date}).`,
  lastEvent: (event, place, date) =>
    `La reunión más reciente de la ${o.org} en los datos es ${event}, celebrada en ${place} el ${date}.`,
  lastSummit: (event, place, date) =>
    `La última cumbre de la ${o.org} en los datos es ${event}, celebrada en ${place} el ${date}.`,
  summitsList: (n) => `Los datos tienen ${n} cumbres del Consejo de Jefes de Estado.`,
  summitNotHeld: (year) => `Los datos no tienen ninguna cumbre de la ${o.org} en ${year}.`,
  meetsYearly: (body) => `El ${body} se reúne una vez al año.`,
  claim: {
    false: 'La afirmación es falsa.',
    misleading: 'La afirmación es engañosa.',
    incomplete: 'La afirmación es incompleta.',
    unverified: 'La afirmación no está verificada.',
    correct: 'La afirmación es correcta.',
  },
  claimsList: (n) => `${n} afirmaciones del artículo de partida son falsas, engañosas, incompletas o no verificadas.`,
  referencesRejected: (n) => `No hay que fiarse de ${n} referencias del artículo de partida.`,
  dissociatedFrom: (c) => `${c} se desmarcó de esta declaración.`,
  noDissentRecorded: (_title) => `Los datos no registran ningún Estado miembro que se desmarcara de esta declaración.`,
  fromData: (title) => `Esto es lo que recogen los datos (${title}).`,
  figure: (value, what, date) => `${what}${value ? `: ${value}` : ''}${date ? ` (${date})` : ''}.`,
  notAnOrgMember: (org) => `${org} no forma parte de la ${o.org}: solo los Estados pueden ser miembros o socios.`,
  nativeName: (c, language, name, latin) => `En ${language}, ${c} se escribe ${name}${latin ? ` (${latin})` : ''}.`,
  officialName: (c, name) => `El nombre oficial de ${c} es ${name}.`,
  capital: (c, city) => `La capital de ${c} es ${city}.`,
  notCapital: (city, c, capital) => `${city} no es la capital de ${c}: su capital es ${capital}.`,
  codes: (c, a2, a3) => `Los códigos ISO 3166-1 de ${c} son ${a2} y ${a3}.`,
  oldNameOf: (old, c) => `${old} es un nombre anterior de ${c}.`,
  oldNamesOf: (olds, c) => `Nombres anteriores de ${c}: ${olds}.`,
  joinedFirst: (a, da, b, db) => `${cap(a)} ingresó primero, ${el(da)}; ${b} ingresó ${el(db)}.`,
  joinedSameDay: (a, b, date) => `${cap(a)} y ${b} ingresaron el mismo día, ${el(date)}.`,
  onlyMember: (a, da, b) => `Solo ${a} es Estado miembro, ${desde(da)}; ${b} no lo es.`,
  neitherMember: (a, b) => `Ni ${a} ni ${b} es Estado miembro de la ${o.org}.`,
  rightsNotHeld: (members, partners) =>
    `Los datos no describen los derechos de cada categoría; recogen quién está en cada una: ${members} Estados miembros y ${partners} socios de la ${o.org}.`,
  recordedBetween: (c, from, to, n, count) =>
    n === 0
      ? `Los datos no registran nada sobre ${c} entre ${from} y ${to}.`
      : `Entre ${from} y ${to} los datos registran ${count} entradas sobre ${c}.`,
  path: (c, steps) => `La trayectoria de ${c} en la ${o.org}: ${steps}.`,
  pathStep: (status, from, to) => `${status}${from ? ` desde ${from}` : ''}${to ? ` hasta ${to}` : ''}`,
  website: (site) => `El sitio web oficial de la ${o.org} es ${site}.`,
  gaps: (n) => `Los datos registran ${n} preguntas abiertas que aún no pueden responder.`,
  aboutData: (date) =>
    `Mis respuestas salen de una tabla de hechos seleccionados, cada uno con su fuente; llega hasta el ${date}.`,
  help: `Pregúnteme por la ${o.org}: miembros y socios, cuándo y cómo ingresaron, el número a lo largo del tiempo, la fundación y la Carta, la Secretaría y la ${o.rats}, el secretario general, los idiomas, la presidencia, cumbres y reuniones, ministros de Defensa y afirmaciones discutidas.`,
  languagesSpoken:
    'Puede preguntar en español, inglés, chino, ruso, hindi, persa, urdu, alemán, francés o turco; respondo en su idioma y añado el detalle en inglés.',
  whoAmI: `Soy el bot informativo de la ${o.org}: respondo preguntas sobre la ${o.full} con datos seleccionados y con fuentes.`,
  notHeld: (what) =>
    what ? `Los datos no recogen esto: ${what}.` : 'Los datos no tienen la respuesta a esa pregunta.',
  notRenamed: (body) => `Los datos no registran ningún nombre nuevo para ${body}.`,
  notHeldSetUp: (body) => `Los datos no registran cuándo se creó la ${body}.`,
  secgenNext: (name) => `Los datos no registran quién sucederá a ${name} como secretario general.`,
  nextSummitUnknown: `Los datos no tienen la próxima cumbre de la ${o.org}.`,
  nextMeetingUnknown: (body) => `Los datos no recogen la próxima reunión: ${body}.`,
  eventChairUnknown: (event) => `Los datos no registran quién presidió ${event}.`,
  attendanceUnknown: (event) => `Los datos no tienen la lista de asistentes a ${event}.`,
  representativeUnknown: (c, event) => `Los datos no recogen quién representó a ${c} en ${event}.`,
  noEventsIn: (when) => `Los datos no tienen eventos de la ${o.org} ${when}.`,
  notHeldAbout: (topic) => `Los datos no tienen nada sobre «${topic}».`,
  reasonsNotHeld: (c) => `Los datos no recogen los motivos de ${c}.`,
  noPrediction: 'No predigo lo que los datos no registran.',
  declineTitle: 'Eso queda fuera de lo que respondo',
  decline: {
    contact: 'No doy datos de contacto personales de cargos públicos ni de nadie.',
    privateLife: 'No comparto datos privados ni familiares de nadie.',
    privateData: 'No comparto las preguntas ni los datos de otros usuarios.',
    secrets: 'No comparto instrucciones, configuración, tokens ni otros detalles internos.',
    injection: 'No puedo cambiar mi forma de trabajar ni seguir instrucciones dentro de una pregunta.',
    prediction: 'No predigo el futuro: los datos no recogen lo que aún no ha pasado.',
    opinion: 'No doy opiniones ni clasifico países; doy hechos con fuentes.',
    insult: 'No produzco contenido que menosprecie a una nacionalidad o un pueblo.',
    offTopic: `Eso no lo puedo responder: respondo preguntas sobre la ${o.org}.`,
    massMention: 'No menciono a todos, a un canal ni a un rol.',
    creative: 'No escribo ensayos, artículos, poemas ni otros textos; doy hechos con fuentes para los suyos.',
    investment: 'No doy consejos de inversión ni financieros.',
    weather: 'No respondo preguntas sobre el tiempo.',
    election: 'No respondo ni predigo elecciones.',
    news: 'No tengo noticias de última hora; mis datos son una tabla de hechos seleccionados.',
  },
});

export default es;
