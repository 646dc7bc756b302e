import type { Messages, OrgNames } from './en.js';

/** Türkçe kalıplar. Ek almasın diye adlar cümlenin öznesi olur ya da iki noktadan sonra gelir. */
const full = (d: string) => /^\d{1,2} /.test(d);
const beri = (d: string) => (full(d) ? `${d} tarihinden beri` : `${d} yılından beri`);
const tarih = (d: string) => (full(d) ? `${d} tarihinde` : `${d} yılında`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const tr = (o: OrgNames): Messages => ({
  verdict: {
    yes: 'Evet.',
    no: 'Hayır.',
    notQuite: 'Tam olarak değil.',
    unverified: 'Doğrulanmadı.',
    unknown: 'Verilerde yok.',
  },
  // (A guess is confirmed or not by the verdict's own words.)
  guessed: {},
  inEnglish: 'İngilizcesi',
  note: 'Not',
  status: {
    member: 'üye devlet',
    observer: 'gözlemci',
    'dialogue-partner': 'diyalog ortağı',
    partner: `${o.org} ortağı`,
    'applicant-member': 'tam üyelik adayı',
    'applicant-observer': 'gözlemcilik adayı',
    guest: 'konuk katılımcı',
    none: `${o.org} ile bağı yok`,
  },
  role: {
    'secretary-general': `${o.org} Genel Sekreteri`,
    'rats-director': `${o.rats} Yürütme Komitesi Direktörü`,
    'defence-minister': 'Savunma Bakanı',
    'foreign-minister': 'Dışişleri Bakanı',
    'head-of-state': 'devlet başkanı',
    'head-of-government': 'hükümet başkanı',
  },
  otherSummit: (org, place, year) => `${year} ${place} ${org} zirvesi`,
  eventLabel: (kind, place, year, online) =>
    kind === 'summit' || kind === 'headsOfState'
      ? online
        ? `${year} çevrim içi ${o.org} zirvesi`
        : `${year} ${place} ${o.org} zirvesi`
      : kind === 'defenceMinisters'
        ? `${year} ${place} ${o.org} savunma bakanları toplantısı`
        : kind === 'headsOfGovernment'
          ? `${year} ${place} ${o.org} hükümet başkanları toplantısı`
          : kind === 'foreignMinisters'
            ? `${year} ${place} ${o.org} Dışişleri Bakanları Konseyi toplantısı`
            : kind === 'securityCouncilSecretaries'
              ? `${year} ${place} ${o.org} Güvenlik Konseyi Sekreterleri toplantısı`
              : kind === 'militaryCooperation'
                ? `${year} ${place} ${o.org} savunma bakanlıkları askeri işbirliği başkanları toplantısı`
                : kind === 'founding'
                  ? `${year} ${place} kuruluş toplantısı`
                  : `${year} ${place} toplantısı`,
  nth: (n) => `${n}.`,
  onDay: (date) => tarih(date),
  inYear: (year) => `${year} yılında`,
  atEndOf: (year) => `${year} sonunda`,
  asOf: (date) => `${date} itibarıyla`,
  memberSince: (c, date) => `${cap(c)}, ${beri(date)} ${o.org} üyesidir.`,
  founderMember: (c, date) => `${cap(c)}, ${o.org} kurucu üyelerindendir; ${beri(date)} üyedir.`,
  notMemberIs: (c, status, since) =>
    `${cap(c)}, ${o.org} üyesi değildir; durumu: ${status}${since ? `, ${beri(since)}` : ''}.`,
  notConnected: (c) => `${cap(c)}, ${o.org} ile hiçbir biçimde bağlantılı değildir: ne üye, ne ortak, ne de aday.`,
  notConnectedList: (list) => `Verilere göre şu ülkelerin ${o.org} ile hiçbir bağı yoktur: ${list}.`,
  wasOnDay: (c, status, when) => `${cap(when)} durum (${c}): ${status}.`,
  notYetMember: (c, when, date) => `${cap(when)} ${c} henüz ${o.org} üyesi değildi; ${tarih(date)} üye oldu.`,
  statusSince: (c, status, since) => `${cap(c)}: ${status}${since ? `, ${beri(since)}` : ''}.`,
  statusFromTo: (c, status, from, to) => `${cap(c)}: ${status}${from ? `, ${from}` : ''}${to ? ` – ${to}` : ''}.`,
  neverStatus: (c, status) => `Verilerde ${c} için ${status} statüsü kaydı yoktur.`,
  unknownCountry: (name, members, partners) =>
    `Verilerde “${name}” adında bir ülke yoktur; bu yüzden ${o.org}'nün ${members} üye devleti ve ${partners} ortağı arasında değildir.`,
  joined: (c, date, event) =>
    `${cap(c)}, ${tarih(date)} ${o.org}'ye tam üye olarak katıldı${event ? ` (${event})` : ''}.`,
  joinedFounder: (c, date) => `${cap(c)} sonradan katılmadı: ${tarih(date)} kurulan ${o.org}'nün kurucu üyesidir.`,
  notJoined: (c, status, since) =>
    `${cap(c)}, ${o.org}'ye üye olarak katılmadı; durumu: ${status}${since ? `, ${beri(since)}` : ''}.`,
  joinedIn: (list, when) => `${cap(list)}, ${when} ${o.org}'ye tam üye olarak katıldı.`,
  nobodyJoined: (when) => `${cap(when)} hiçbir ülke ${o.org}'ye üye olarak katılmadı.`,
  becamePartners: (list, when) => `${cap(list)}, ${when} ${o.org} ortağı oldu.`,
  applied: (c, what, date) => `${cap(c)}, ${what} için başvurdu${date ? ` (${date})` : ''}; bir karar kaydı yoktur.`,
  noApplication: (c) => `Verilerde ${c} için bir başvuru kaydı yoktur.`,
  applications: (list) => `Verilerdeki başvurular: ${list}.`,
  fullMembership: 'tam üyelik',
  observerStatus: 'gözlemci statüsü',
  neverJoined: (c) => `${cap(c)}, ${o.org}'ye hiçbir zaman üye olarak katılmadı.`,
  didNotJoinIn: (c, year, date, event) =>
    `${cap(c)}, ${year} yılında katılmadı: ${tarih(date)} katıldı${event ? ` (${event})` : ''}.`,
  neverLeft: (c) => `${cap(c)}, ${o.org}'den hiç ayrılmadı ve hiç ihraç edilmedi.`,
  countIsNot: (value, count) => `${o.org}'nün ${value} değil, ${count} üye devleti vardır.`,
  seatIsNot: (body, place, seat) => `${cap(body)}: merkez ${place} değil, ${seat}.`,
  foundedNot: (date, place) => `${o.org}, ${tarih(date)} ${place} kentinde kuruldu.`,
  hostIsNot: (event, host) => `${cap(event)}: ev sahibi ${host}.`,
  notHeldIn: (event, place) => `${cap(event)} ${place} şehrinde yapılmadı.`,
  notUpcoming: (event, date) => `${cap(event)} geride kaldı: ${tarih(date)} yapıldı.`,
  notChair: (c, when, chair) => `${cap(c)}, ${when} ${o.org} dönem başkanı değildi; dönem başkanı: ${chair}.`,
  notOrdinal: (c, nth, actual) => `${cap(c)}, ${nth} değil ${actual} üye devlettir.`,
  memberCount: (n, asOf) => `${o.org}'nün ${n} üye devleti vardır (${asOf}).`,
  memberCountWhen: (n, when) => `${cap(when)} ${o.org}'nün ${n} üye devleti vardı.`,
  countSince: (n, from, to) =>
    to
      ? `${o.org}'nün ${from} ile ${to} arasında ${n} üye devleti vardı.`
      : `${o.org}'nün ${beri(from)} ${n} üye devleti vardır.`,
  neverCount: (n) => `${o.org}'nün hiçbir zaman ${n} üye devleti olmadı.`,
  family: (total, members, partners) =>
    `“${o.org} ailesi” ${total} ülkeden oluşur: ${members} üye devlet ve ${partners} ortak.`,
  partnerCount: (n) => `${o.org}'nün ${n} ortağı vardır.`,
  membersAre: (n, list) => `${o.org}'nün ${n} üye devleti: ${list}.`,
  membersWere: (n, when, list) => `${cap(when)} ${o.org}'nün ${n} üye devleti vardı: ${list}.`,
  partnersAre: (n, list) => `${o.org}'nün ${n} ortağı: ${list}.`,
  foundersAre: (n, list, date) => `${o.org}'nün ${n} kurucu üyesi: ${list}; örgütü ${tarih(date)} kurdular.`,
  observersOn: (n, list, day) => `${day} tarihinde ${o.org}'nün ${n} gözlemcisi vardı: ${list}.`,
  dialogueOn: (n, list, day) => `${day} tarihinde ${o.org}'nün ${n} diyalog ortağı vardı: ${list}.`,
  observersWere: (n, list, until) => `${until} tarihine kadar ${o.org}'nün ${n} gözlemcisi vardı: ${list}.`,
  dialogueWere: (n, list, until) => `${until} tarihine kadar ${o.org}'nün ${n} diyalog ortağı vardı: ${list}.`,
  noObserversNow: (date) =>
    `Hiç yok: ${beri(date)} gözlemciler ve diyalog ortakları tek bir ${o.org} ortaklığı kategorisinde birleştirildi.`,
  mergedInto: (date, event) =>
    `${cap(tarih(date))}${event ? ` (${event})` : ''} ${o.org}, gözlemcileri ve diyalog ortaklarını tek bir ortaklık kategorisinde birleştirdi.`,
  firstOfStatus: (c, status, date) => `Verilerdeki ilk ${status}: ${c}, ${beri(date)}.`,
  newestMember: (c, date) => `En yeni üye devlet: ${c}, ${tarih(date)} katıldı.`,
  newestMembers: (n, list) => `En yeni ${n} üye devlet: ${list}.`,
  newestPartner: (c, date) => `${o.org}'nün en yeni ortağı: ${c}, ${tarih(date)} kabul edildi.`,
  nthMember: (c, nth, date) => `${cap(c)}, ${tarih(date)} ${nth} üye devlet oldu.`,
  nthMembersTogether: (list, places, date) => `${cap(list)} aynı gün, ${tarih(date)}, katıldı; sıraları ${places}.`,
  noNthMember: (nth, n) => `${nth} üye devlet yoktur: ${o.org}'nün ${n} üyesi vardır.`,
  grew: (steps) => `${o.org}'nün üye sayısı şöyle arttı: ${steps}.`,
  growthStep: (n, date, who) => `${n} (${who}, ${date})`,
  foundedStep: 'kurucular',
  joinedAfter: (list, year) => `${year} yılından sonra ${o.org}'ye katılanlar: ${list}.`,
  joinedSince: (list, year) => `${year} yılından beri ${o.org}'ye katılanlar: ${list}.`,
  founded: (date, place) => `${o.org}, ${tarih(date)} ${place} kentinde kuruldu.`,
  foundedBy: (list, n) => `Kurucuları (${n}): ${list}.`,
  signedBy: (list) => `İmzalayanlar: ${list}.`,
  predecessorBecame: (name, date, newcomers) =>
    `${cap(tarih(date))} ${newcomers} katılınca ${name}, ${o.org}'ye dönüştü.`,
  noScoYet: (when, date) => `${cap(when)} ${o.org} henüz yoktu: ${tarih(date)} kuruldu.`,
  elapsed: (ago, today) => `${today} itibarıyla bu ${ago}ydi.`,
  age: (years, date) => `${o.org} ${years} yıllıktır: ${tarih(date)} kuruldu.`,
  anniversary: (nth, year, date) => `${o.org}'nin ${nth} yıldönümü ${year} yılındadır: ${tarih(date)} kuruldu.`,
  predecessor: (name, date, place, list) => `${name}, ${tarih(date)} ${place} kentinde kuruldu: ${list}.`,
  membersNotInPredecessor: (list, name) => `Bugünkü üyelerden ${list}, ${name} üyesi değildi.`,
  inPredecessor: (c, name, yes) => (yes ? `${cap(c)}, ${name} üyesiydi.` : `${cap(c)}, ${name} üyesi değildi.`),
  isFounder: (c, yes, date) =>
    yes
      ? `${cap(c)}, ${o.org} kurucu üyesidir (${date}).`
      : `${cap(c)}, ${o.org} kurucu üyesi değildir; ${tarih(date)} katıldı.`,
  isFounderNever: (c) => `${cap(c)}, ${o.org} kurucu üyesi değildir.`,
  charter: (place, date, inForce) =>
    `${o.org} Şartı ${tarih(date)} ${place} kentinde imzalandı ve ${tarih(inForce)} yürürlüğe girdi.`,
  standsFor: (acronym, full) => `${acronym}, ${full} anlamına gelir.`,
  about: (full, date, place, n) => `${full}, ${tarih(date)} ${place} kentinde kuruldu; ${n} üye devleti vardır.`,
  seat: (body, place) => `${cap(body)}: merkezi ${place}.`,
  supremeBody: (body) => `${o.org}'nün en yüksek organı: ${body}.`,
  bodies: (list) => `Verilerdeki ${o.org} organları: ${list}.`,
  officialLanguages: (list) => `${o.org}'nün resmi dilleri: ${list}.`,
  isOfficialLanguage: (language, yes) =>
    yes ? `${cap(language)}, ${o.org}'nün resmi dilidir.` : `${cap(language)}, ${o.org}'nün resmi dili değildir.`,
  secgenNow: (name, c, since) => `${o.org} Genel Sekreteri: ${name} (${c}), ${beri(since)} görevde.`,
  secgenThen: (name, c, from, to) =>
    `${name} (${c}), ${from ? `${from}` : ''}${to ? ` – ${to}` : ''} döneminde ${o.org} Genel Sekreteriydi.`,
  secgenPrevious: (name, c, from, to) => `Önceki ${o.org} Genel Sekreteri: ${name} (${c}), ${from} – ${to}.`,
  secgenUnknownThen: (when) => `Verilerde ${when} genel sekreter kaydı yoktur.`,
  ratsDirector: (name, c) => `${o.rats} Yürütme Komitesi'nin başında ${name} (${c}) var.`,
  ratsDirectorThen: (name, c, from, to) =>
    `${name} (${c}), ${from ? `${from}` : ''}${to ? ` – ${to}` : ''} döneminde ${o.rats} Yürütme Komitesi Direktörüydü.`,
  ratsUnknownThen: (when) => `Verilerde ${when} ${o.rats} Yürütme Komitesi direktörü kaydı yoktur.`,
  personRole: (name, role) => `${name}: ${role}.`,
  personWas: (name, role) => `${name}: eski ${role}.`,
  roleOf: (role, c) => `${role} (${c})`,
  ministerAt: (c, name, event) => `Savunma Bakanı (${c}), ${event}: ${name}.`,
  ministerAsOf: (c, name, date) => `Savunma Bakanı (${c}), verilere göre ${date} itibarıyla: ${name}.`,
  ministerGone: (c, name, date) => `${name} artık Savunma Bakanı (${c}) değil: görevi ${tarih(date)} sona erdi.`,
  noMinister: (c) => `Verilerde Savunma Bakanı (${c}) kaydı yoktur.`,
  officePredecessorNotHeld: (name, role) => `Verilerde ${name} öncesinde kimin ${role} olduğu yok.`,
  predecessorNotHeld: (name, c) =>
    `${name} adlı kişinin Savunma Bakanı (${c}) olarak kimin yerine geldiği verilerde yoktur.`,
  acting: 'vekil',
  alsoWritten: (names) => `Diğer yazımlar: ${names}.`,
  ministersLastKnown: (date) =>
    `Üye ülkelerin şu anki savunma bakanları verilerde yok; son doğrulananlar ${date} tarihli.`,
  ministerLastKnown: (c, name, date) =>
    `${cap(c)} savunma bakanının şu anda kim olduğu verilerde yok; son doğrulanan (${date}) ${name}.`,
  exactDateNotHeld: (date) => `Veriler yalnızca ${date} diyor; kesin tarih verilerde yok.`,
  statusStartNotHeld: (c, status) => `${cap(c)} ülkesinin ne zaman ${status} olduğu verilerde yok.`,
  replacedBy: (name, other, date) => `${other}, ${date ? `${tarih(date)} ` : ''}${name} yerine geldi.`,
  chairNow: (c, since) => `${o.org} dönem başkanı: ${c}, ${beri(since)}.`,
  chairThen: (list, when) => `${cap(when)} ${o.org} dönem başkanı: ${list}.`,
  chairTerm: (c, from, to) =>
    to ? `${cap(c)}: ${o.org} dönem başkanı, ${from} – ${to}.` : `${cap(c)}: ${o.org} dönem başkanı, ${beri(from)}.`,
  chairBefore: (c, other) => `Önceki dönem başkanı (${c} öncesi): ${other}.`,
  chairAfter: (c, other) => `Sonraki dönem başkanı (${c} sonrası): ${other}.`,
  chairPassedAt: (event, from, to) => `${event}: dönem başkanlığı ${from} → ${to}.`,
  neverChaired: (c) => `Verilerde ${c} için bir ${o.org} dönem başkanlığı kaydı yoktur.`,
  chairEnded: (c, from, date) =>
    `Dönem başkanlığı (${c}, ${from} tarihinden beri) ${date} zirvesinde sona erdi; şimdiki dönem başkanı verilerde yok.`,
  chairUnknown: (when) => `Verilerde ${when} dönem başkanı kaydı yoktur.`,
  chairNext: (c) => `Verilerde ${c} sonrasındaki dönem başkanı yoktur.`,
  regionMembers: (region, list) => `${region} bölgesindeki ${o.org} üye devletleri: ${list}.`,
  regionPartners: (region, list) => `${region} bölgesindeki ${o.org} ortakları: ${list}.`,
  regionNoMember: (region) => `Verilerde ${region} bölgesinde ${o.org} üye devleti yok.`,
  regionNoPartner: (region) => `Verilerde ${region} bölgesinde ${o.org} ortağı yok.`,
  regionNote: 'Bölgeler, verilerin dayandığı ülke kodları veri setindeki BM M49 standardına göredir.',
  chairCount: (c, n) => `${c}, ${o.org} dönem başkanlığını ${n} kez üstlendi.`,
  chairsList: (list) => `Verilerdeki ${o.org} dönem başkanları: ${list}.`,
  chairRule: 'Dönem başkanlığı her yıl el değiştirir ve her zirvede devredilir.',
  motto: (c, motto) => `Dönem başkanlığının sloganı (${c}): “${motto}”.`,
  eventHeld: (event, date, place) => `${cap(event)}, ${tarih(date)}${place ? ` ${place} kentinde` : ''} yapıldı.`,
  eventExpected: (event, date, place) => `${cap(event)}, ${date}${place ? ` ${place} kentinde` : ''} bekleniyor.`,
  eventScheduled: (event, date, place) =>
    `${cap(event)}, ${tarih(date)}${place ? ` ${place} kentinde` : ''} yapılacak.`,
  eventHeldNoDecisions: (event, date, place) =>
    `${cap(event)}, ${tarih(date)}${place ? ` ${place} kentinde` : ''} yapıldı; kararları verilerde yok.`,
  eventUnconfirmed: (event, date, place, over) =>
    `${cap(event)}, ${tarih(date)}${place ? ` ${place} kentinde` : ''} yapılacaktı; ${over ? 'yapılıp yapılmadığı ve sonucu' : 'yapılıp yapılmadığı'} verilerde yok.`,
  eventOutcomesUnknown: (event) => `Verilerde kararlar yok: ${event}.`,
  eventOutcomes: (event, date) => `Sonuçlar: ${event} (${date}):`,
  eventHost: (host, event) => `${cap(event)}: ev sahibi ${host}.`,
  eventHosts: (host, event) => `${cap(event)}: ev sahibi ${host}.`,
  chairPassed: (body, from, to) => `${body} başkanlığı ${from} ülkesinden ${to} ülkesine geçti.`,
  eventChair: (chair, event) => `${cap(event)}: başkan ${chair}.`,
  eventAttendance: (n, event, list) => `${cap(event)}: ${n} üye devlet katıldı: ${list}.`,
  attended: (c, event, yes) => (yes ? `${cap(c)} katıldı: ${event}.` : `Verilerde katılım kaydı yok (${c}): ${event}.`),
  didNotRefuse: (c, event, who) => `${cap(c)} imzalamayı reddetmedi (${event}); reddeden ${who} oldu.`,
  refusedToSign: (c, event) => `${cap(c)}, ortak bildiri taslağını imzalamayı reddetti (${event}).`,
  positionAt: (c, event) => `Tutum (${c}), ${event}:`,
  noStatement: (event) => `${cap(event)} ortak bildiri ya da tebliğ olmadan sona erdi.`,
  hostAnnounced: (c, year, on) =>
    `${cap(c)}, ${tarih(on)} ${year} ${o.org} zirvesine ev sahipliği yapacağını açıkladı; ${o.org}'nün bu konuda bir kararı kayıtlı değildir.`,
  eventsInYear: (n, year) => `Verilerde ${year} yılına ait ${n} ${o.org} etkinliği var.`,
  nextSummit: (event, place, date) => `Verilerdeki bir sonraki ${o.org} zirvesi: ${event} (${place}, ${date}).`,
  lastEvent: (event, place, date) => `Verilerdeki en son ${o.org} toplantısı: ${event}, ${place}, ${date}.`,
  lastSummit: (event, place, date) => `Verilerdeki en son ${o.org} zirvesi: ${event}, ${place}, ${date}.`,
  summitsList: (n) => `Verilerde Devlet Başkanları Konseyi'nin ${n} zirvesi var.`,
  summitNotHeld: (year) => `Verilerde ${year} yılına ait bir ${o.org} zirvesi yoktur.`,
  meetsYearly: (body) => `${cap(body)} yılda bir kez toplanır.`,
  claim: {
    false: 'Bu iddia yanlıştır.',
    misleading: 'Bu iddia yanıltıcıdır.',
    incomplete: 'Bu iddia eksiktir.',
    unverified: 'Bu iddia doğrulanmamıştır.',
    correct: 'Bu iddia doğrudur.',
  },
  claimsList: (n) => `Kaynak makaledeki ${n} iddia yanlış, yanıltıcı, eksik ya da doğrulanmamış.`,
  referencesRejected: (n) => `Kaynak makalenin ${n} kaynağına güvenilmemelidir.`,
  dissociatedFrom: (c) => `${c} bu açıklamadan kendini ayırdı.`,
  noDissentRecorded: (_title) => `Verilerde bu açıklamadan kendini ayıran bir üye devlet kaydı yok.`,
  fromData: (title) => `Verilerde bu konuda şu var: ${title}.`,
  figure: (value, what, date) => `${what}${value ? `: ${value}` : ''}${date ? ` (${date})` : ''}.`,
  notAnOrgMember: (org) => `${org}, ${o.org}'nün parçası değildir: yalnızca devletler üye ya da ortak olabilir.`,
  nativeName: (c, language, name, latin) => `${cap(c)}, ${language}: ${name}${latin ? ` (${latin})` : ''}.`,
  officialName: (c, name) => `${cap(c)}: resmî adı ${name}.`,
  capital: (c, city) => `${cap(c)}: başkent ${city}.`,
  notCapital: (city, c, capital) => `${city} başkent değildir (${c}); başkent ${capital}.`,
  codes: (c, a2, a3) => `${cap(c)}: ISO 3166-1 kodları ${a2} ve ${a3}.`,
  oldNameOf: (old, c) => `${old}, ${c} için eski bir addır.`,
  oldNamesOf: (olds, c) => `${c} için eski adlar: ${olds}.`,
  joinedFirst: (a, da, b, db) => `Önce katılan: ${a} (${da}); ${b}: ${db}.`,
  joinedSameDay: (a, b, date) => `${cap(a)} ve ${b} aynı gün katıldı: ${date}.`,
  onlyMember: (a, da, b) => `Yalnızca üye olan: ${a} (${beri(da)}); ${b} üye değil.`,
  neitherMember: (a, b) => `${cap(a)} da ${b} da ${o.org} üyesi değildir.`,
  rightsNotHeld: (members, partners) =>
    `Veriler her kategorinin haklarını açıklamaz; yalnızca kimin hangi kategoride olduğunu içerir: ${members} üye devlet ve ${partners} ortak.`,
  recordedBetween: (c, from, to, n, count) =>
    n === 0
      ? `Veriler ${from} ile ${to} arasında ${c} hakkında bir şey kaydetmiyor.`
      : `${from} ile ${to} arasında veriler ${c} hakkında ${count} kayıt içeriyor.`,
  path: (c, steps) => `${o.org} içindeki yol (${c}): ${steps}.`,
  pathStep: (status, from, to) => `${status}${from ? `, ${from}` : ''}${to ? ` – ${to}` : ''}`,
  website: (site) => `${o.org}'nün resmi web sitesi: ${site}.`,
  gaps: (n) => `Veriler henüz yanıtı olmayan ${n} açık soru kaydediyor.`,
  aboutData: (date) =>
    `Yanıtlarım, her bilginin kaynağını gösteren derlenmiş bir bilgi tablosundan gelir; veriler ${date} tarihine kadardır.`,
  help: `Bana ${o.org} hakkında sorun: üyeler ve ortaklar, ne zaman ve nasıl katıldıkları, yıllara göre sayılar, kuruluş ve Şart, Sekretarya ve ${o.rats}, Genel Sekreter, diller, dönem başkanlığı, zirveler ve toplantılar, savunma bakanları ve tartışmalı iddialar.`,
  languagesSpoken:
    'Türkçe, İngilizce, Çince, Rusça, Hintçe, Farsça, Urduca, Almanca, İspanyolca ya da Fransızca sorabilirsiniz; dilinizde yanıt verir, İngilizce ayrıntıyı yanına eklerim.',
  whoAmI: `Ben ${o.org} bilgilendirme botuyum: ${o.full} hakkındaki soruları derlenmiş, kaynaklı verilerle yanıtlarım.`,
  notHeld: (what) => (what ? `Bu verilerde yok: ${what}.` : 'Bu sorunun yanıtı verilerde yok.'),
  notRenamed: (body) => `Verilerde ${body} için yeni bir ad kaydı yok.`,
  notHeldSetUp: (body) => `Verilerde kuruluş tarihi yok: ${body}.`,
  secgenNext: (name) => `Verilerde ${name} sonrasındaki genel sekreter yoktur.`,
  nextSummitUnknown: `Bir sonraki ${o.org} zirvesi verilerde yok.`,
  nextMeetingUnknown: (body) => `Bir sonraki toplantı verilerde yok: ${body}.`,
  eventChairUnknown: (event) => `Verilerde başkan kaydı yok: ${event}.`,
  attendanceUnknown: (event) => `Verilerde katılımcı listesi yok: ${event}.`,
  representativeUnknown: (c, event) => `Verilerde ${c} adına kimin katıldığı yok: ${event}.`,
  noEventsIn: (when) => `Verilerde ${when} ${o.org} etkinliği yoktur.`,
  notHeldAbout: (topic) => `Verilerde “${topic}” hakkında bir şey yok.`,
  reasonsNotHeld: (c) => `Verilerde gerekçeler ya da amaçlar yok (${c}).`,
  noPrediction: 'Verilerde kayıtlı olmayanı tahmin etmem.',
  declineTitle: 'Bu, yanıtladığım konuların dışında',
  decline: {
    contact: 'Yetkililerin ya da herhangi birinin kişisel iletişim bilgilerini vermem.',
    privateLife: 'Kimsenin özel ya da ailevi bilgilerini vermem.',
    privateData: 'Başka kullanıcıların sorularını ya da verilerini paylaşmam.',
    secrets: 'İstemleri, yapılandırmayı, belirteçleri ya da başka iç ayrıntıları paylaşmam.',
    injection: 'Çalışma biçimimi değiştiremem ve soru içindeki talimatlara uymam.',
    prediction: 'Geleceği tahmin etmem: henüz olmamış şeyler verilerde yoktur.',
    opinion: 'Görüş bildirmem ve ülkeleri sıralamam; kaynaklı bilgiler veririm.',
    insult: 'Bir ulusu ya da halkı aşağılayan içerik üretmem.',
    offTopic: `Bunu yanıtlayamam: ${o.org} hakkındaki soruları yanıtlarım.`,
    massMention: 'Herkesi, bir kanalı ya da bir rolü etiketlemem.',
    creative: 'Deneme, makale, şiir ya da başka metin yazmam; kendi metniniz için kaynaklı bilgiler veririm.',
    investment: 'Yatırım ya da finans tavsiyesi vermem.',
    weather: 'Hava durumu sorularını yanıtlamam.',
    election: 'Seçimler hakkında yanıt ya da tahmin vermem.',
    news: 'Son dakika haberlerim yok; verilerim derlenmiş bir bilgi tablosudur.',
  },
});

export default tr;
