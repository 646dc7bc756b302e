import type { Messages, OrgNames } from './en.js';

/** Русские формулировки. Названия — в именительном падеже, поэтому фразы построены так, чтобы их не склонять. */
const ru = (o: OrgNames): Messages => ({
  verdict: { yes: 'Да.', no: 'Нет.', notQuite: 'Не совсем.', unverified: 'Не подтверждено.', unknown: 'Нет данных.' },
  // (A guess is confirmed or not by the verdict's own words.)
  guessed: {},
  inEnglish: 'По-английски',
  note: 'Примечание',
  status: {
    member: 'государство-член',
    observer: 'наблюдатель',
    'dialogue-partner': 'партнёр по диалогу',
    partner: `партнёр ${o.org}`,
    'applicant-member': 'кандидат на полноправное членство',
    'applicant-observer': 'кандидат в наблюдатели',
    guest: 'гость',
    none: `не связан с ${o.org}`,
  },
  role: {
    'secretary-general': `генеральный секретарь ${o.org}`,
    'rats-director': `директор Исполкома (${o.rats})`,
    'defence-minister': 'министр обороны',
    'foreign-minister': 'министр иностранных дел',
    'head-of-state': 'глава государства',
    'head-of-government': 'глава правительства',
  },
  otherSummit: (org, place, year) => `саммит ${org} (${place}, ${year})`,
  eventLabel: (kind, place, year, online) =>
    kind === 'summit' || kind === 'headsOfState'
      ? online
        ? `онлайн-саммит ${o.org} ${year} года`
        : `саммит ${o.org} ${year} года в городе ${place}`
      : kind === 'defenceMinisters'
        ? `совещание министров обороны ${o.org} ${year} года в городе ${place}`
        : kind === 'headsOfGovernment'
          ? `заседание Совета глав правительств ${o.org} ${year} года в городе ${place}`
          : kind === 'foreignMinisters'
            ? `заседание Совета министров иностранных дел ${o.org} ${year} года в городе ${place}`
            : kind === 'securityCouncilSecretaries'
              ? `совещание секретарей советов безопасности ${o.org} ${year} года в городе ${place}`
              : kind === 'militaryCooperation'
                ? `совещание руководителей международного военного сотрудничества минобороны ${o.org} ${year} года в городе ${place}`
                : kind === 'founding'
                  ? `учредительная встреча ${year} года в городе ${place}`
                  : `встреча ${year} года в городе ${place}`,
  nth: (n) => `${n}-й`,
  onDay: (date) => `на ${date}`,
  inYear: (year) => `в ${year} г.`,
  atEndOf: (year) => `на конец ${year} г.`,
  asOf: (date) => `по состоянию на ${date}`,
  memberSince: (c, date) => `${c} — государство-член ${o.org} с ${date}.`,
  founderMember: (c, date) => `${c} — одно из государств-основателей ${o.org}, член с ${date}.`,
  notMemberIs: (c, status, since) =>
    `${c} не является членом ${o.org}; статус: ${status}${since ? ` с ${since}` : ''}.`,
  notConnected: (c) => `${c} не имеет никакого статуса в ${o.org}: не член, не партнёр и не кандидат.`,
  notConnectedList: (list) => `По данным, эти страны не связаны с ${o.org} ни в каком качестве: ${list}.`,
  wasOnDay: (c, status, when) => `${when[0]!.toUpperCase()}${when.slice(1)} статус страны «${c}»: ${status}.`,
  notYetMember: (c, when, date) =>
    `${when[0]!.toUpperCase()}${when.slice(1)}: ${c} — ещё не член ${o.org}; членство с ${date}.`,
  statusSince: (c, status, since) => `${c}: ${status}${since ? ` с ${since}` : ''}.`,
  statusFromTo: (c, status, from, to) => `${c}: ${status}${from ? ` с ${from}` : ''}${to ? ` до ${to}` : ''}.`,
  neverStatus: (c, status) => `В данных нет сведений о статусе «${status}» у страны «${c}».`,
  unknownCountry: (name, members, partners) =>
    `В данных нет страны «${name}», поэтому её нет среди ${members} государств-членов и ${partners} партнёров ${o.org}.`,
  joined: (c, date, event) =>
    `${c}: вступление в ${o.org} как полноправного члена — ${date}${event ? ` (${event})` : ''}.`,
  joinedFounder: (c, date) => `${c} — государство-основатель ${o.org}: организация основана ${date}.`,
  notJoined: (c, status, since) => `${c} не является членом ${o.org}; статус: ${status}${since ? ` с ${since}` : ''}.`,
  joinedIn: (list, when, many) => `${list} — ${many ? 'полноправные члены' : 'полноправный член'} ${o.org} ${when}.`,
  nobodyJoined: (when) => `${when[0]!.toUpperCase()}${when.slice(1)} ни одна страна не вступила в ${o.org} как член.`,
  becamePartners: (list, when) => `${list} стали партнёрами ${o.org} ${when}.`,
  applied: (c, what, date) => `${c}: заявка — ${what}${date ? ` (${date})` : ''}; решение в данных не отражено.`,
  noApplication: (c) => `В данных нет заявки страны «${c}».`,
  applications: (list) => `Заявки в данных: ${list}.`,
  fullMembership: 'полноправное членство',
  observerStatus: 'статус наблюдателя',
  neverJoined: (c) => `${c} — не член ${o.org}: вступления в данных нет.`,
  didNotJoinIn: (c, year, date, event) =>
    `${c}: вступление в ${o.org} не в ${year}, а ${date}${event ? ` (${event})` : ''}.`,
  neverLeft: (c) => `${c}: выхода или исключения из ${o.org} не было.`,
  countIsNot: (value, count) => `В ${o.org} не ${value} государств-членов, а ${count}.`,
  seatIsNot: (body, place, seat) => `${body}: не ${place}, а ${seat}.`,
  foundedNot: (date, place) => `${o.org} основана ${date}; место: ${place}.`,
  hostIsNot: (event, host) => `${event[0]!.toUpperCase()}${event.slice(1)}: принимающая сторона — ${host}.`,
  notHeldIn: (event, place) => `${event[0]!.toUpperCase()}${event.slice(1)}: место проведения — не ${place}.`,
  notUpcoming: (event, date) => `${event[0]!.toUpperCase()}${event.slice(1)}: не предстоит, дата проведения — ${date}.`,
  notChair: (c, when, chair) => `${c} — не председатель ${o.org} ${when}; председатель тогда: ${chair}.`,
  notOrdinal: (c, nth, actual) => `${c} — не ${nth}, а ${actual} член ${o.org}.`,
  memberCount: (n, asOf) => `В ${o.org} ${n} государств-членов (${asOf}).`,
  memberCountWhen: (n, when) => `${when[0]!.toUpperCase()}${when.slice(1)} в ${o.org} было ${n} государств-членов.`,
  countSince: (n, from, to) =>
    to ? `С ${from} до ${to} в ${o.org} было ${n} государств-членов.` : `С ${from} в ${o.org} ${n} государств-членов.`,
  neverCount: (n) => `В ${o.org} никогда не было ${n} государств-членов.`,
  family: (total, members, partners) =>
    `В «семье ${o.org}» ${total} стран: ${members} государств-членов и ${partners} партнёров.`,
  partnerCount: (n) => `У ${o.org} ${n} партнёров.`,
  membersAre: (n, list) => `Государства-члены ${o.org} (${n}): ${list}.`,
  membersWere: (n, when, list) =>
    `${when[0]!.toUpperCase()}${when.slice(1)} государства-члены ${o.org} (${n}): ${list}.`,
  partnersAre: (n, list) => `Партнёры ${o.org} (${n}): ${list}.`,
  foundersAre: (n, list, date) => `Государства-основатели ${o.org} (${n}): ${list}; организация основана ${date}.`,
  observersOn: (n, list, day) => `На ${day} у ${o.org} было наблюдателей: ${n} (${list}).`,
  dialogueOn: (n, list, day) => `На ${day} у ${o.org} было партнёров по диалогу: ${n} (${list}).`,
  observersWere: (n, list, until) => `До ${until} у ${o.org} было наблюдателей: ${n} (${list}).`,
  dialogueWere: (n, list, until) => `До ${until} у ${o.org} было партнёров по диалогу: ${n} (${list}).`,
  noObserversNow: (date) =>
    `Нет: с ${date} у ${o.org} нет наблюдателей и партнёров по диалогу — обе категории объединены в единую категорию партнёров ${o.org}.`,
  mergedInto: (date, event) =>
    `${date}${event ? ` (${event})` : ''} ${o.org} объединила наблюдателей и партнёров по диалогу в единую категорию партнёров ${o.org}.`,
  firstOfStatus: (c, status, date) => `Первый в данных ${status}: ${c}, с ${date}.`,
  newestMember: (c, date) => `Последнее по времени государство-член — ${c}: вступление ${date}.`,
  newestMembers: (n, list) => `Последние по времени государства-члены (${n}): ${list}.`,
  newestPartner: (c, date) => `Последний по времени партнёр ${o.org} — ${c} (с ${date}).`,
  nthMember: (c, nth, date) => `${c}: ${nth} член ${o.org}, с ${date}.`,
  nthMembersTogether: (list, places, date) => `${list} вступили в один день, ${date}, и заняли места ${places}.`,
  noNthMember: (nth, n) => `${nth} члена нет: в ${o.org} ${n} государств-членов.`,
  grew: (steps) => `Число членов ${o.org} росло так: ${steps}.`,
  growthStep: (n, date, who) => `${n} (${who}, ${date})`,
  foundedStep: 'основатели',
  joinedAfter: (list, year) => `После ${year} г. в ${o.org} вступили: ${list}.`,
  joinedSince: (list, year) => `С ${year} г. в ${o.org} вступили: ${list}.`,
  founded: (date, place) => `${o.org} основана ${date}; место основания: ${place}.`,
  foundedBy: (list, n) => `Основатели (${n}): ${list}.`,
  signedBy: (list) => `Подписали: ${list}.`,
  predecessorBecame: (name, date, newcomers) =>
    `${date} ${name} преобразована в ${o.org}; к ней присоединились: ${newcomers}.`,
  noScoYet: (when, date) =>
    `${when[0]!.toUpperCase()}${when.slice(1)} ${o.org} ещё не существовала: она основана ${date}.`,
  elapsed: (ago, today) => `Это было ${ago}, по состоянию на ${today}.`,
  age: (years, date) => `${o.org} существует ${years} лет: она основана ${date}.`,
  anniversary: (nth, year, date) => `${year} — год ${nth} годовщины ${o.org}: она основана ${date}.`,
  predecessor: (name, date, place, list) => `${name} образована ${date} (${place}); участники: ${list}.`,
  membersNotInPredecessor: (list, name) => `Из нынешних членов в состав «${name}» не входили: ${list}.`,
  inPredecessor: (c, name, yes) => (yes ? `${c} входила в состав: ${name}.` : `${c} не входила в состав: ${name}.`),
  isFounder: (c, yes, date) =>
    yes
      ? `${c} — государство-основатель ${o.org} (${date}).`
      : `${c} не является основателем ${o.org}; вступила ${date}.`,
  isFounderNever: (c) => `${c} не является основателем ${o.org}.`,
  charter: (place, date, inForce) => `Хартия ${o.org} подписана ${date} (${place}) и вступила в силу ${inForce}.`,
  standsFor: (acronym, full) => `${acronym} — это ${full}.`,
  about: (full, date, place, n) => `${full} основана ${date} (${place}); в ней ${n} государств-членов.`,
  seat: (body, place) => `${body}: местонахождение — ${place}.`,
  supremeBody: (body) => `Высший орган ${o.org} — ${body}.`,
  bodies: (list) => `Органы ${o.org} в данных: ${list}.`,
  officialLanguages: (list) => `Официальные языки ${o.org}: ${list}.`,
  isOfficialLanguage: (language, yes) =>
    yes
      ? `Язык «${language}» — официальный язык ${o.org}.`
      : `Язык «${language}» не является официальным языком ${o.org}.`,
  secgenNow: (name, c, since) => `Генеральный секретарь ${o.org} — ${name} (${c}), в должности с ${since}.`,
  secgenThen: (name, c, from, to) =>
    `${name} (${c}) — генеральный секретарь ${o.org}${from ? ` с ${from}` : ''}${to ? ` по ${to}` : ''}.`,
  secgenPrevious: (name, c, from, to) =>
    `Предыдущий генеральный секретарь ${o.org} — ${name} (${c}), с ${from} по ${to}.`,
  secgenUnknownThen: (when) => `В данных нет сведений о генеральном секретаре ${when}.`,
  ratsDirector: (name, c) => `Исполком (${o.rats}) возглавляет ${name} (${c}).`,
  ratsDirectorThen: (name, c, from, to) =>
    `${name} (${c}) возглавлял Исполком (${o.rats})${from ? ` с ${from}` : ''}${to ? ` по ${to}` : ''}.`,
  ratsUnknownThen: (when) => `В данных нет сведений о том, кто возглавлял Исполком (${o.rats}) ${when}.`,
  personRole: (name, role) => `${name} — ${role}.`,
  personWas: (name, role) => `${name} — бывший ${role}.`,
  roleOf: (role, c) => `${role} (${c})`,
  ministerAt: (c, name, event) => `Министр обороны (${c}) на мероприятии «${event}»: ${name}.`,
  ministerAsOf: (c, name, date) => `Министр обороны (${c}) по данным на ${date}: ${name}.`,
  ministerGone: (c, name, date) => `${name} больше не министр обороны (${c}): его полномочия завершились ${date}.`,
  noMinister: (c) => `В данных нет министра обороны (${c}).`,
  officePredecessorNotHeld: (name, role) => `В данных нет, кто занимал пост «${role}» раньше, чем ${name}.`,
  predecessorNotHeld: (name, c) => `В данных нет, кого ${name} сменил на посту министра обороны (${c}).`,
  acting: 'исполняющий обязанности',
  alsoWritten: (names) => `Другие написания: ${names}.`,
  ministersLastKnown: (date) =>
    `В данных нет, кто сейчас министры обороны государств-членов; последние подтверждённые — на ${date}.`,
  ministerLastKnown: (c, name, date) =>
    `В данных нет, кто сейчас министр обороны (${c}); последний подтверждённый, на ${date}, — ${name}.`,
  exactDateNotHeld: (date) => `В данных указано только: ${date}; точной даты в данных нет.`,
  statusStartNotHeld: (c, status) => `В данных нет, когда страна «${c}» стала: ${status}.`,
  replacedBy: (name, other, date) => `${other} сменил на посту предшественника — ${name}${date ? ` (${date})` : ''}.`,
  chairNow: (c, since) => `Председатель в ${o.org} — ${c}, с ${since}.`,
  chairThen: (list, when) => `${when[0]!.toUpperCase()}${when.slice(1)} председатель в ${o.org}: ${list}.`,
  chairTerm: (c, from, to) =>
    to ? `${c}: председатель в ${o.org} с ${from} по ${to}.` : `${c}: председатель в ${o.org} с ${from}.`,
  chairBefore: (c, other) => `До председательства страны «${c}» в ${o.org} председательствовала страна «${other}».`,
  chairAfter: (c, other) => `После страны «${c}» председательство перешло к стране «${other}».`,
  chairPassedAt: (event, from, to) => `${event}: председательство перешло от страны «${from}» к стране «${to}».`,
  neverChaired: (c) => `В данных нет председательства страны «${c}» в ${o.org}.`,
  chairEnded: (c, from, date) =>
    `Председательство страны «${c}» в ${o.org} (с ${from}) завершилось на саммите ${date}; в данных нет, кто председательствует сейчас.`,
  chairUnknown: (when) => `В данных нет сведений о председателе ${o.org} ${when}.`,
  chairNext: (c) => `В данных нет сведений о том, кто будет председательствовать после страны «${c}».`,
  regionMembers: (region, list) => `Государства-члены ${o.org} в регионе «${region}»: ${list}.`,
  regionPartners: (region, list) => `Партнёры ${o.org} в регионе «${region}»: ${list}.`,
  regionNoMember: (region) => `В данных нет государств-членов ${o.org} в регионе «${region}».`,
  regionNoPartner: (region) => `В данных нет партнёров ${o.org} в регионе «${region}».`,
  regionNote: 'Регионы — по стандарту ООН M49, из набора кодов стран, на который ссылаются данные.',
  chairCount: (c, n) => `Число председательств в ${o.org} (${c}): ${n}.`,
  chairsList: (list) => `Председатели ${o.org} в данных: ${list}.`,
  chairRule: 'Председательство переходит ежегодно, на каждом саммите Совета глав государств.',
  motto: (c, motto) => `Девиз председательства страны «${c}» в ${o.org}: «${motto}».`,
  eventHeld: (event, date, place) =>
    `${event[0]!.toUpperCase()}${event.slice(1)} — ${date}${place ? `, ${place}` : ''}.`,
  eventExpected: (event, date, place) =>
    `${event[0]!.toUpperCase()}${event.slice(1)} ожидается ${date}${place ? `, ${place}` : ''}.`,
  eventScheduled: (event, date, place) =>
    `${event[0]!.toUpperCase()}${event.slice(1)} назначено на ${date}${place ? `, ${place}` : ''}.`,
  eventHeldNoDecisions: (event, date, place) =>
    `${event[0]!.toUpperCase()}${event.slice(1)} прошло ${date}${place ? `, ${place}` : ''}; его решений в данных нет.`,
  eventUnconfirmed: (event, date, place, over) =>
    `${event[0]!.toUpperCase()}${event.slice(1)} было назначено на ${date}${place ? `, ${place}` : ''}; ${over ? 'состоялось ли оно и чем закончилось' : 'состоялось ли оно'}, в данных нет.`,
  eventOutcomesUnknown: (event) => `В данных нет решений мероприятия «${event}».`,
  eventOutcomes: (event, date) => `Итоги мероприятия «${event}» (${date}):`,
  eventHost: (host, event) => `Принимающая сторона мероприятия «${event}»: ${host}.`,
  eventHosts: (host, event) => `Принимающая сторона мероприятия «${event}»: ${host}.`,
  chairPassed: (body, from, to) => `Председательство в органе «${body}» перешло от страны «${from}» к стране «${to}».`,
  eventChair: (chair, event) => `Мероприятие «${event}» проходило под председательством: ${chair}.`,
  eventAttendance: (n, event, list) => `В мероприятии «${event}» участвовали ${n} государств-членов: ${list}.`,
  attended: (c, event, yes) =>
    yes
      ? `${c}: участие в мероприятии «${event}» подтверждено.`
      : `В данных нет участия страны «${c}» в мероприятии «${event}».`,
  didNotRefuse: (c, event, who) => `${c}: отказа подписать не было (${event}). Отказ: ${who}.`,
  refusedToSign: (c, event) => `${c}: отказ подписать проект совместного заявления (${event}).`,
  positionAt: (c, event) => `Позиция страны «${c}» (${event}):`,
  noStatement: (event) => `По итогам мероприятия «${event}» совместное заявление или коммюнике не принято.`,
  hostAnnounced: (c, year, on) =>
    `${c}: ${on} объявлено о проведении саммита ${o.org} ${year} г.; решения ${o.org} об этом в данных нет.`,
  eventsInYear: (n, year, count) =>
    `В данных ${n} ${RU_EVENTS[RU_PLURAL.select(count)] ?? 'мероприятий'} ${o.org} за ${year} г.`,
  nextSummit: (event, place, date) => `Следующий саммит ${o.org} в данных — ${event} (${place}, ${date}).`,
  lastEvent: (event, place, date) => `Последняя встреча ${o.org} в данных — ${event}, ${place}, ${date}.`,
  lastSummit: (event, place, date) => `Последний саммит ${o.org} в данных — ${event}, ${place}, ${date}.`,
  summitsList: (n) => `В данных ${n} саммитов Совета глав государств.`,
  summitNotHeld: (year) => `В данных нет саммита ${o.org} ${year} г.`,
  meetsYearly: (body) => `${body} собирается раз в год.`,
  claim: {
    false: 'Это утверждение неверно.',
    misleading: 'Это утверждение вводит в заблуждение.',
    incomplete: 'Это утверждение неполно.',
    unverified: 'Это утверждение не подтверждено.',
    correct: 'Это утверждение верно.',
  },
  claimsList: (n) => `В исходной статье ${n} утверждений неверны, неточны, неполны или не подтверждены.`,
  referencesRejected: (n) => `На ${n} источников, приведённых в исходной статье, полагаться нельзя.`,
  dissociatedFrom: (c) => `${c} отмежевалась от этого заявления.`,
  noDissentRecorded: (_title) =>
    `В данных не отмечено ни одного государства-члена, которое отмежевалось бы от этого заявления.`,
  fromData: (title) => `В данных есть следующее: ${title}.`,
  figure: (value, what, date) => `${what}${value ? `: ${value}` : ''}${date ? ` (${date})` : ''}.`,
  notAnOrgMember: (org) => `${org} не входит в ${o.org}: членами и партнёрами ${o.org} могут быть только государства.`,
  nativeName: (c, language, name, latin) => `${c}: ${language} — ${name}${latin ? ` (${latin})` : ''}.`,
  officialName: (c, name) => `${c}: официальное название — ${name}.`,
  capital: (c, city) => `${c}: столица — ${city}.`,
  notCapital: (city, c, capital) => `${city} — не столица (${c}); столица — ${capital}.`,
  codes: (c, a2, a3) => `${c}: коды ISO 3166-1 — ${a2} и ${a3}.`,
  oldNameOf: (old, c) => `${old} — прежнее название: ${c}.`,
  oldNamesOf: (olds, c) => `Прежние названия (${c}): ${olds}.`,
  joinedFirst: (a, da, b, db) => `Раньше вступила ${a} (${da}); ${b} — ${db}.`,
  joinedSameDay: (a, b, date) => `${a} и ${b} вступили в один день, ${date}.`,
  onlyMember: (a, da, b) => `Член ${o.org} только ${a} (с ${da}); ${b} — нет.`,
  neitherMember: (a, b) => `Ни ${a}, ни ${b} не являются членами ${o.org}.`,
  rightsNotHeld: (members, partners) =>
    `В данных не описаны права каждой категории; в них есть состав: ${members} государств-членов и ${partners} партнёров ${o.org}.`,
  recordedBetween: (c, from, to, n, count) =>
    n === 0
      ? `В данных нет записей о стране «${c}» с ${from} по ${to}.`
      : `С ${from} по ${to} в данных о стране «${c}» записей: ${count}.`,
  path: (c, steps) => `Путь страны «${c}» в ${o.org}: ${steps}.`,
  pathStep: (status, from, to) => `${status}${from ? ` с ${from}` : ''}${to ? ` до ${to}` : ''}`,
  website: (site) => `Официальный сайт ${o.org}: ${site}.`,
  gaps: (n) => `В данных отмечено ${n} открытых вопросов, на которые пока нет ответа.`,
  aboutData: (date) =>
    `Мои ответы основаны на выверенной таблице фактов, у каждого факта есть источник; данные доходят до ${date}.`,
  help: `Спрашивайте о ${o.org}: члены и партнёры, когда и как они вступили, численность по годам, основание и Хартия, Секретариат и РАТС, генеральный секретарь, языки, председательство, саммиты и встречи, министры обороны, спорные утверждения.`,
  languagesSpoken:
    'Можно спрашивать по-русски, по-английски, по-китайски, на хинди, фарси, урду, немецком, испанском, французском или турецком; я отвечаю на вашем языке и даю английский текст рядом.',
  whoAmI: `Я бот-справочник по ${o.org}: отвечаю на вопросы о ${o.full} по выверенным данным с источниками.`,
  notHeld: (what) => (what ? `В данных нет сведений: ${what}.` : 'В данных нет ответа на этот вопрос.'),
  notRenamed: (body) => `В данных нет сведений о переименовании: ${body}.`,
  notHeldSetUp: (body) => `В данных нет даты создания: ${body}.`,
  secgenNext: (name) => `В данных нет сведений о том, кто сменит ${name} на посту генерального секретаря.`,
  nextSummitUnknown: `В данных нет следующего саммита ${o.org}.`,
  nextMeetingUnknown: (body) => `В данных нет следующего заседания: ${body}.`,
  eventChairUnknown: (event) => `В данных нет сведений о председателе мероприятия «${event}».`,
  attendanceUnknown: (event) => `В данных нет списка участников мероприятия «${event}».`,
  representativeUnknown: (c, event) =>
    `В данных нет сведений о том, кто представлял страну «${c}» на мероприятии «${event}».`,
  noEventsIn: (when) => `В данных нет мероприятий ${o.org} ${when}.`,
  notHeldAbout: (topic) => `В данных нет сведений о «${topic}».`,
  reasonsNotHeld: (c) => `В данных нет причин или мотивов страны «${c}».`,
  noPrediction: 'Я не предсказываю того, чего нет в данных.',
  declineTitle: 'Это вне моей темы',
  decline: {
    contact: 'Я не сообщаю личные контакты должностных лиц или кого-либо ещё.',
    privateLife: 'Я не сообщаю личные или семейные сведения о ком-либо.',
    privateData: 'Я не раскрываю вопросы и данные других пользователей.',
    secrets: 'Я не раскрываю промпты, настройки, токены и другие внутренние сведения.',
    injection: 'Я не меняю свою работу и не выполняю инструкции из вопроса.',
    prediction: 'Я не предсказываю будущее: в данных нет того, что ещё не произошло.',
    opinion: 'Я не высказываю мнений и не ранжирую страны; я привожу факты с источниками.',
    insult: 'Я не создаю контент, унижающий народы или национальности.',
    offTopic: `На это я ответить не могу: я отвечаю на вопросы о ${o.org}.`,
    massMention: 'Я не упоминаю всех, канал или роль.',
    creative: 'Я не пишу эссе, статьи, стихи и другие тексты; я привожу факты с источниками для ваших.',
    investment: 'Я не даю инвестиционных или финансовых советов.',
    weather: 'Я не отвечаю на вопросы о погоде.',
    election: 'Я не отвечаю на вопросы о выборах и не предсказываю их.',
    news: 'У меня нет свежих новостей; мои данные — выверенная таблица фактов.',
  },
});

export default ru;

/** Russian plural forms of "event" (1 мероприятие, 2 мероприятия, 5 мероприятий). */
const RU_PLURAL = new Intl.PluralRules('ru');
const RU_EVENTS: Partial<Record<Intl.LDMLPluralRule, string>> = {
  one: 'мероприятие',
  few: 'мероприятия',
  many: 'мероприятий',
};
