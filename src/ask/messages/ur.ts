import type { Messages, OrgNames } from './en.js';

/** اردو جملوں کے سانچے۔ نام، تاریخیں اور اعداد پہلے سے اردو میں لکھے آتے ہیں۔ */
const ur = (o: OrgNames): Messages => ({
  verdict: {
    yes: 'جی ہاں۔',
    no: 'نہیں۔',
    notQuite: 'نہیں، پوری طرح نہیں۔',
    unverified: 'نہیں، اس کی تصدیق نہیں ہوئی۔',
    unknown: 'نہیں معلوم: یہ ڈیٹا میں نہیں ہے۔',
  },
  inEnglish: 'انگریزی میں',
  note: 'نوٹ',
  status: {
    member: 'رکن ملک',
    observer: 'مبصر',
    'dialogue-partner': 'مکالمے کا شراکت دار',
    partner: `${o.org} کا شراکت دار`,
    'applicant-member': 'مکمل رکنیت کا امیدوار',
    'applicant-observer': 'مبصر حیثیت کا امیدوار',
    guest: 'مہمان',
    none: `${o.org} سے غیر متعلق`,
  },
  role: {
    'secretary-general': `${o.org} کے سیکرٹری جنرل`,
    'rats-director': `${o.rats} کی ایگزیکٹو کمیٹی کے ڈائریکٹر`,
    'defence-minister': 'وزیر دفاع',
    'foreign-minister': 'وزیر خارجہ',
    'head-of-state': 'سربراہ مملکت',
    'head-of-government': 'سربراہ حکومت',
  },
  otherSummit: (org, place, year) => `${year} کا ${org} ${place} سربراہی اجلاس`,
  eventLabel: (kind, place, year, online) =>
    kind === 'summit' || kind === 'headsOfState'
      ? online
        ? `${year} کا آن لائن سربراہی اجلاس`
        : `${year} کا ${place} سربراہی اجلاس`
      : kind === 'defenceMinisters'
        ? `${year} کا ${place} وزرائے دفاع کا اجلاس`
        : kind === 'headsOfGovernment'
          ? `${year} کا ${place} سربراہانِ حکومت کونسل کا اجلاس`
          : kind === 'foreignMinisters'
            ? `${year} کا ${place} وزرائے خارجہ کی کونسل کا اجلاس`
            : kind === 'securityCouncilSecretaries'
              ? `${year} کا ${place} سلامتی کونسلوں کے سیکرٹریوں کا اجلاس`
              : kind === 'militaryCooperation'
                ? `${year} کا ${place} وزارتِ دفاع کے فوجی تعاون کے سربراہوں کا اجلاس`
                : kind === 'founding'
                  ? `${year} کا ${place} تاسیسی اجلاس`
                  : `${year} کا ${place} اجلاس`,
  nth: (n) => `${n}واں`,
  onDay: (date) => `${date} کو`,
  inYear: (year) => `${year} میں`,
  atEndOf: (year) => `${year} کے آخر میں`,
  asOf: (date) => `${date} تک`,
  memberSince: (c, date) => `${c} ${date} سے ${o.org} کا رکن ملک ہے۔`,
  founderMember: (c, date) => `${c} ${o.org} کے بانی رکن ممالک میں سے ہے، ${date} سے رکن۔`,
  notMemberIs: (c, status, since) =>
    `${c} ${o.org} کا رکن ملک نہیں ہے؛ اس کی حیثیت: ${status}${since ? `، ${since} سے` : ''}۔`,
  notConnected: (c) => `${c} کسی بھی حیثیت میں ${o.org} سے وابستہ نہیں: نہ رکن، نہ شراکت دار، نہ امیدوار۔`,
  notConnectedList: (list) => `ڈیٹا کے مطابق یہ ممالک کسی بھی حیثیت میں ${o.org} سے وابستہ نہیں: ${list}۔`,
  wasOnDay: (c, status, when) => `${when} ${c} کی حیثیت: ${status}۔`,
  notYetMember: (c, when, date) => `${when} ${c} ابھی ${o.org} کا رکن نہیں تھا؛ وہ ${date} کو رکن ملک بنا۔`,
  statusSince: (c, status, since) => `${c} کی حیثیت: ${status}${since ? `، ${since} سے` : ''}۔`,
  statusFromTo: (c, status, from, to) => `${c} ${from ? `${from} سے ` : ''}${to ? `${to} تک ` : ''}${status} تھا۔`,
  neverStatus: (c, status) => `ڈیٹا میں ${c} کے ${status} ہونے کا کوئی ریکارڈ نہیں۔`,
  unknownCountry: (name, members, partners) =>
    `ڈیٹا میں "${name}" نام کا کوئی ملک نہیں، اس لیے وہ ${o.org} کے ${members} رکن ممالک یا ${partners} شراکت داروں میں شامل نہیں۔`,
  joined: (c, date, event) => `${c} ${date} کو ${event ? `${event} میں ` : ''}${o.org} کا مکمل رکن بنا۔`,
  joinedFounder: (c, date) => `${c} بعد میں شامل نہیں ہوا: وہ ${o.org} کا بانی رکن ہے، جو ${date} کو قائم ہوئی۔`,
  notJoined: (c, status, since) =>
    `${c} رکن کے طور پر ${o.org} میں شامل نہیں ہوا؛ اس کی حیثیت: ${status}${since ? `، ${since} سے` : ''}۔`,
  joinedIn: (list, when) => `${list} ${when} ${o.org} کے مکمل رکن بنے۔`,
  nobodyJoined: (when) => `${when} کوئی ملک رکن کے طور پر ${o.org} میں شامل نہیں ہوا۔`,
  becamePartners: (list, when) => `${list} ${when} ${o.org} کے شراکت دار بنے۔`,
  applied: (c, what, date) =>
    `${c} نے ${what} کے لیے درخواست دی ہے${date ? ` (${date})` : ''}؛ ڈیٹا میں کوئی فیصلہ درج نہیں۔`,
  noApplication: (c) => `ڈیٹا میں ${c} کی کوئی درخواست درج نہیں۔`,
  applications: (list) => `ڈیٹا میں درج درخواستیں: ${list}۔`,
  fullMembership: 'مکمل رکنیت',
  observerStatus: 'مبصر حیثیت',
  neverJoined: (c) => `${c} کبھی رکن کے طور پر ${o.org} میں شامل نہیں ہوا۔`,
  didNotJoinIn: (c, year, date, event) =>
    `${c} ${year} میں شامل نہیں ہوا: وہ ${date} کو ${event ? `${event} میں ` : ''}شامل ہوا۔`,
  neverLeft: (c) => `${c} نے کبھی ${o.org} نہیں چھوڑی اور نہ اسے نکالا گیا۔`,
  countIsNot: (value, count) => `${o.org} کے ${value} رکن ممالک نہیں: اس کے ${count} رکن ممالک ہیں۔`,
  seatIsNot: (body, place, seat) => `${body} ${place} میں نہیں: وہ ${seat} میں ہے۔`,
  foundedNot: (date, place) => `${o.org} ${date} کو ${place} میں قائم ہوئی۔`,
  hostIsNot: (event, host) => `${event} کی میزبانی ${host} نے کی۔`,
  notHeldIn: (event, place) => `${event} ${place} میں نہیں ہوا تھا۔`,
  notUpcoming: (event, date) => `${event} آئندہ نہیں ہے: یہ ${date} کو ہو چکا ہے۔`,
  notChair: (c, when, chair) => `${c} ${when} ${o.org} کا صدر نہیں تھا؛ اس وقت صدارت ${chair} کے پاس تھی۔`,
  notOrdinal: (c, nth, actual) => `${c} ${nth} رکن ملک نہیں تھا؛ وہ ${actual} تھا۔`,
  memberCount: (n, asOf) => `${o.org} کے ${n} رکن ممالک ہیں (${asOf})۔`,
  memberCountWhen: (n, when) => `${when} ${o.org} کے ${n} رکن ممالک تھے۔`,
  countSince: (n, from, to) =>
    to ? `${from} سے ${to} تک ${o.org} کے ${n} رکن ممالک تھے۔` : `${from} سے ${o.org} کے ${n} رکن ممالک ہیں۔`,
  neverCount: (n) => `${o.org} کے کبھی ${n} رکن ممالک نہیں رہے۔`,
  family: (total, members, partners) =>
    `"${o.org} خاندان" میں ${total} ممالک ہیں: ${members} رکن ممالک اور ${partners} شراکت دار۔`,
  partnerCount: (n) => `${o.org} کے ${n} شراکت دار ہیں۔`,
  membersAre: (n, list) => `${o.org} کے ${n} رکن ممالک یہ ہیں: ${list}۔`,
  membersWere: (n, when, list) => `${when} ${o.org} کے ${n} رکن ممالک تھے: ${list}۔`,
  partnersAre: (n, list) => `${o.org} کے ${n} شراکت دار یہ ہیں: ${list}۔`,
  foundersAre: (n, list, date) => `${o.org} کے ${n} بانی رکن یہ ہیں: ${list}؛ انہوں نے اسے ${date} کو قائم کیا۔`,
  observersOn: (n, list, day) => `${day} کو ${o.org} کے ${n} مبصر تھے: ${list}۔`,
  dialogueOn: (n, list, day) => `${day} کو ${o.org} کے ${n} مکالمے کے شراکت دار تھے: ${list}۔`,
  observersWere: (n, list, until) => `${until} تک ${o.org} کے ${n} مبصر تھے: ${list}۔`,
  dialogueWere: (n, list, until) => `${until} تک ${o.org} کے ${n} مکالمے کے شراکت دار تھے: ${list}۔`,
  noObserversNow: (date) =>
    `کوئی نہیں: ${date} سے مبصر اور مکالمے کے شراکت دار ${o.org} کے شراکت داروں کی ایک ہی قسم میں ضم ہو چکے ہیں۔`,
  mergedInto: (date, event) =>
    `${date} کو ${event ? `${event} میں ` : ''}${o.org} نے مبصرین اور مکالمے کے شراکت داروں کو شراکت داروں کی ایک ہی قسم میں ضم کر دیا۔`,
  firstOfStatus: (c, status, date) => `ڈیٹا میں پہلا ${status} ${c} تھا، ${date} سے۔`,
  newestMember: (c, date) => `سب سے نیا رکن ملک ${c} ہے، جو ${date} کو شامل ہوا۔`,
  newestMembers: (n, list) => `سب سے نئے ${n} رکن ممالک: ${list}۔`,
  newestPartner: (c, date) => `${o.org} کا سب سے نیا شراکت دار ${c} ہے، جسے ${date} کو شامل کیا گیا۔`,
  nthMember: (c, nth, date) => `${c} ${date} کو ${nth} رکن ملک بنا۔`,
  nthMembersTogether: (list, places, date) => `${list} ایک ہی دن، ${date} کو، شامل ہوئے اور ${places} مقام پر رہے۔`,
  noNthMember: (nth, n) => `کوئی ${nth} رکن ملک نہیں: ${o.org} کے ${n} رکن ممالک ہیں۔`,
  grew: (steps) => `${o.org} کے رکن ممالک کی تعداد یوں بڑھی: ${steps}۔`,
  growthStep: (n, date, who) => `${n} (${who}، ${date})`,
  foundedStep: 'بانی',
  joinedAfter: (list, year) => `${year} کے بعد ${o.org} میں شامل ہونے والے: ${list}۔`,
  joinedSince: (list, year) => `${year} سے ${o.org} میں شامل ہونے والے: ${list}۔`,
  founded: (date, place) => `${o.org} ${date} کو ${place} میں قائم ہوئی۔`,
  foundedBy: (list) => `اس کے بانی: ${list}۔`,
  signedBy: (list) => `دستخط کرنے والے: ${list}۔`,
  predecessorBecame: (name, date, newcomers) => `${date} کو ${newcomers} کی شمولیت کے ساتھ ${name} ${o.org} بن گیا۔`,
  noScoYet: (when, date) => `${when} ${o.org} موجود نہیں تھی: وہ ${date} کو قائم ہوئی۔`,
  age: (years, date) => `${o.org} ${years} سال پرانی ہے: وہ ${date} کو قائم ہوئی۔`,
  anniversary: (nth, year, date) => `${o.org} کی ${nth} سالگرہ ${year} میں ہے: وہ ${date} کو قائم ہوئی۔`,
  predecessor: (name, date, place, list) => `${name} ${date} کو ${place} میں ${list} نے تشکیل دیا۔`,
  inPredecessor: (c, name, yes) => (yes ? `${c} ${name} میں شامل تھا۔` : `${c} ${name} کا رکن نہیں تھا۔`),
  isFounder: (c, yes, date) =>
    yes ? `${c} ${o.org} کا بانی رکن ہے (${date})۔` : `${c} ${o.org} کا بانی رکن نہیں؛ وہ ${date} کو شامل ہوا۔`,
  isFounderNever: (c) => `${c} ${o.org} کا بانی رکن نہیں۔`,
  charter: (place, date, inForce) =>
    `${o.org} کے چارٹر پر ${date} کو ${place} میں دستخط ہوئے اور یہ ${inForce} کو نافذ ہوا۔`,
  standsFor: (acronym, full) => `${acronym} سے مراد ${full} ہے۔`,
  about: (full, date, place, n) => `${full} ${date} کو ${place} میں قائم ہوئی؛ اس کے ${n} رکن ممالک ہیں۔`,
  seat: (body, place) => `${body} ${place} میں ہے۔`,
  supremeBody: (body) => `${o.org} کا اعلیٰ ترین ادارہ ${body} ہے۔`,
  bodies: (list) => `ڈیٹا میں ${o.org} کے ادارے: ${list}۔`,
  officialLanguages: (list) => `${o.org} کی سرکاری زبانیں ${list} ہیں۔`,
  isOfficialLanguage: (language, yes) =>
    yes ? `${language} ${o.org} کی سرکاری زبان ہے۔` : `${language} ${o.org} کی سرکاری زبان نہیں۔`,
  secgenNow: (name, c, since) => `${o.org} کے سیکرٹری جنرل ${c} کے ${name} ہیں، ${since} سے عہدے پر۔`,
  secgenThen: (name, c, from, to) =>
    `${c} کے ${name} ${from ? `${from} سے ` : ''}${to ? `${to} تک ` : ''}${o.org} کے سیکرٹری جنرل تھے۔`,
  secgenPrevious: (name, c, from, to) => `${o.org} کے سابق سیکرٹری جنرل ${c} کے ${name} تھے، ${from} سے ${to} تک۔`,
  secgenUnknownThen: (when) => `ڈیٹا میں ${when} کے سیکرٹری جنرل کا ریکارڈ نہیں۔`,
  ratsDirector: (name, c) => `${o.rats} کی ایگزیکٹو کمیٹی کے سربراہ ${c} کے ${name} ہیں۔`,
  ratsDirectorThen: (name, c, from, to) =>
    `${c} کے ${name} ${from ? `${from} سے ` : ''}${to ? `${to} تک ` : ''}${o.rats} کی ایگزیکٹو کمیٹی کے ڈائریکٹر تھے۔`,
  ratsUnknownThen: (when) => `ڈیٹا میں ${when} کے ${o.rats} کی ایگزیکٹو کمیٹی کے ڈائریکٹر کا ریکارڈ نہیں۔`,
  personRole: (name, role) => `${name}: ${role}۔`,
  personWas: (name, role) => `${name}: سابق ${role}۔`,
  roleOf: (role, c) => `${c} کے ${role}`,
  ministerAt: (c, name, event) => `${event} میں ${c} کے وزیر دفاع ${name} تھے۔`,
  ministerAsOf: (c, name, date) => `ڈیٹا میں ${c} کے وزیر دفاع ${name} ہیں (${date} تک)۔`,
  ministerGone: (c, name, date) => `${name} اب ${c} کے وزیر دفاع نہیں: ان کی مدت ${date} کو ختم ہوئی۔`,
  noMinister: (c) => `ڈیٹا میں ${c} کے وزیر دفاع کا ریکارڈ نہیں۔`,
  predecessorNotHeld: (name, c) => `ڈیٹا میں نہیں کہ ${name} نے ${c} کے وزیر دفاع کے طور پر کس کی جگہ لی۔`,
  acting: 'قائم مقام',
  alsoWritten: (names) => `دوسری املا: ${names}۔`,
  ministerLastKnown: (c, name, date) =>
    `ڈیٹا میں نہیں کہ اب ${c} کا وزیر دفاع کون ہے؛ آخری تصدیق (${date}) ${name} کی ہے۔`,
  exactDateNotHeld: (date) => `ڈیٹا میں صرف ${date} ہے؛ درست تاریخ ڈیٹا میں نہیں۔`,
  statusStartNotHeld: (c, status) => `ڈیٹا میں نہیں کہ ${c} کب ${status} بنا۔`,
  replacedBy: (name, other, date) => `${other} نے ${date ? `${date} کو ` : ''}${name} کی جگہ لی۔`,
  chairNow: (c, since) => `${c} ${since} سے ${o.org} کا گردشی صدر ہے۔`,
  chairThen: (list, when) => `${when} ${o.org} کی صدارت ${list} کے پاس تھی۔`,
  chairTerm: (c, from, to) =>
    to ? `${c} ${from} سے ${to} تک ${o.org} کا صدر رہا۔` : `${c} ${from} سے ${o.org} کا صدر ہے۔`,
  chairBefore: (c, other) => `${c} سے پہلے ${o.org} کی صدارت ${other} کے پاس تھی۔`,
  chairAfter: (c, other) => `${c} کے بعد صدارت ${other} کو ملی۔`,
  neverChaired: (c) => `ڈیٹا میں ${c} کی ${o.org} صدارت کا کوئی ریکارڈ نہیں۔`,
  chairEnded: (c, from, date) =>
    `${c} کی صدارت (${from} سے) ${date} کے سربراہی اجلاس میں ختم ہو گئی؛ ڈیٹا میں نہیں کہ اب صدر کون ہے۔`,
  chairUnknown: (when) => `ڈیٹا میں ${when} کے صدر کا ریکارڈ نہیں۔`,
  chairNext: (c) => `ڈیٹا میں نہیں کہ ${c} کے بعد ${o.org} کا صدر کون ہوگا۔`,
  chairCount: (c, n) => `${c} اب تک ${n} بار ${o.org} کی صدارت کر چکا ہے۔`,
  chairsList: (list) => `ڈیٹا میں ${o.org} کے صدور: ${list}۔`,
  chairRule: 'صدارت ہر سال بدلتی ہے اور ہر سربراہی اجلاس میں منتقل ہوتی ہے۔',
  motto: (c, motto) => `${c} کی صدارت کا نعرہ: "${motto}"۔`,
  eventHeld: (event, date, place) => `${event} ${date} کو ${place ? `${place} میں ` : ''}منعقد ہوا۔`,
  eventExpected: (event, date, place) => `${event} ${date} ${place ? `${place} میں ` : ''}متوقع ہے۔`,
  eventScheduled: (event, date, place) => `${event} ${date} کو ${place ? `${place} میں ` : ''}طے ہے۔`,
  eventHeldNoDecisions: (event, date, place) =>
    `${event} ${date} کو ${place ? `${place} میں ` : ''}منعقد ہوا؛ اس کے فیصلے ڈیٹا میں نہیں۔`,
  eventUnconfirmed: (event, date, place, over) =>
    `${event} ${date} کو ${place ? `${place} میں ` : ''}طے تھا؛ ${over ? 'یہ منعقد ہوا یا نہیں اور اس کا نتیجہ' : 'یہ منعقد ہوا یا نہیں'} ڈیٹا میں نہیں۔`,
  eventOutcomesUnknown: (event) => `ڈیٹا میں ${event} کے فیصلے نہیں۔`,
  eventOutcomes: (event, date) => `${event} (${date}) کے نتائج:`,
  eventHost: (host, event) => `${event} کی میزبانی ${host} نے کی۔`,
  eventHosts: (host, event) => `${event} کی میزبانی ${host} کرتا ہے۔`,
  chairPassed: (body, from, to) => `${body} کی صدارت ${from} سے ${to} کو منتقل ہوئی۔`,
  eventChair: (chair, event) => `${event} کی صدارت ${chair} نے کی۔`,
  eventAttendance: (n, event, list) => `${event} میں ${n} رکن ممالک نے شرکت کی: ${list}۔`,
  attended: (c, event, yes) => (yes ? `${c} نے ${event} میں شرکت کی۔` : `ڈیٹا میں ${event} میں ${c} کی شرکت درج نہیں۔`),
  didNotRefuse: (c, event, who) => `${c} نے ${event} میں دستخط سے انکار نہیں کیا؛ انکار ${who} نے کیا۔`,
  refusedToSign: (c, event) => `${c} نے ${event} میں مشترکہ بیان کے مسودے پر دستخط سے انکار کیا۔`,
  positionAt: (c, event) => `${event} میں ${c} کا موقف:`,
  noStatement: (event) => `${event} میں کوئی مشترکہ بیان یا اعلامیہ جاری نہیں ہوا۔`,
  hostAnnounced: (c, year, on) =>
    `${c} نے ${on} کو اعلان کیا کہ وہ ${year} کے سربراہی اجلاس کی میزبانی کرے گا؛ ڈیٹا میں ${o.org} کا کوئی فیصلہ درج نہیں۔`,
  eventsInYear: (n, year) => `ڈیٹا میں ${year} کے ${n} واقعات ہیں۔`,
  nextSummit: (event, place, date) => `ڈیٹا میں اگلا سربراہی اجلاس ${event} ہے (${place}، ${date})۔`,
  lastEvent: (event, place, date) =>
    `ڈیٹا میں ${o.org} کا حالیہ ترین اجلاس ${event} ہے، جو ${date} کو ${place} میں ہوا۔`,
  lastSummit: (event, place, date) => `ڈیٹا میں حالیہ ترین سربراہی اجلاس ${event} ہے، جو ${date} کو ${place} میں ہوا۔`,
  summitsList: (n) => `ڈیٹا میں سربراہانِ مملکت کونسل کے ${n} اجلاس ہیں۔`,
  summitNotHeld: (year) => `ڈیٹا میں ${year} کا کوئی سربراہی اجلاس نہیں۔`,
  meetsYearly: (body) => `${body} کا اجلاس سال میں ایک بار ہوتا ہے۔`,
  claim: {
    false: 'یہ دعویٰ غلط ہے۔',
    misleading: 'یہ دعویٰ گمراہ کن ہے۔',
    incomplete: 'یہ دعویٰ نامکمل ہے۔',
    unverified: 'اس دعوے کی تصدیق نہیں ہوئی۔',
    correct: 'یہ دعویٰ درست ہے۔',
  },
  claimsList: (n) => `بنیادی مضمون کے ${n} دعوے غلط، گمراہ کن، نامکمل یا غیر مصدقہ ہیں۔`,
  referencesRejected: (n) => `بنیادی مضمون کے ${n} حوالوں پر بھروسا نہیں کیا جانا چاہیے۔`,
  fromData: (title) => `ڈیٹا میں یہ ہے: ${title}۔`,
  figure: (value, what, date) => `${what}${value ? `: ${value}` : ''}${date ? ` (${date})` : ''}۔`,
  notAnOrgMember: (org) => `${org} ${o.org} کا حصہ نہیں: صرف ممالک ہی رکن یا شراکت دار ہو سکتے ہیں۔`,
  capital: (c, city) => `${c} کا دارالحکومت ${city} ہے۔`,
  notCapital: (city, c, capital) => `${city} ${c} کا دارالحکومت نہیں: اس کا دارالحکومت ${capital} ہے۔`,
  codes: (c, a2, a3) => `${c} کے ISO 3166-1 کوڈ ${a2} اور ${a3} ہیں۔`,
  oldNameOf: (old, c) => `${old} ${c} کا پرانا نام ہے۔`,
  joinedFirst: (a, da, b, db) => `${a} پہلے شامل ہوا (${da})؛ ${b} ${db} کو شامل ہوا۔`,
  joinedSameDay: (a, b, date) => `${a} اور ${b} ایک ہی دن، ${date} کو، شامل ہوئے۔`,
  onlyMember: (a, da, b) => `صرف ${a} رکن ملک ہے (${da} سے)؛ ${b} نہیں۔`,
  neitherMember: (a, b) => `نہ ${a} اور نہ ${b} ${o.org} کا رکن ملک ہے۔`,
  rightsNotHeld: (members, partners) =>
    `ڈیٹا میں ہر قسم کے حقوق بیان نہیں؛ اس میں یہ ہے کہ کون کس قسم میں ہے: ${members} رکن ممالک اور ${partners} شراکت دار۔`,
  recordedBetween: (c, from, to, n, count) =>
    n === 0
      ? `ڈیٹا میں ${from} سے ${to} تک ${c} کے بارے میں کچھ درج نہیں۔`
      : `${from} سے ${to} تک ڈیٹا میں ${c} کے بارے میں ${count} اندراجات ہیں۔`,
  path: (c, steps) => `${o.org} میں ${c} کا سفر: ${steps}۔`,
  pathStep: (status, from, to) => `${status}${from ? ` ${from} سے` : ''}${to ? ` ${to} تک` : ''}`,
  website: (site) => `${o.org} کی سرکاری ویب سائٹ ${site} ہے۔`,
  aboutData: (date) =>
    `میرے جوابات ایک مرتب شدہ حقائق کے جدول سے آتے ہیں جس میں ہر حقیقت کا ماخذ ہے؛ یہ ${date} تک ہے۔`,
  help: `مجھ سے ${o.org} کے بارے میں پوچھیں: ارکان اور شراکت دار، وہ کب اور کیسے شامل ہوئے، وقت کے ساتھ تعداد، قیام اور چارٹر، سیکرٹریٹ، سیکرٹری جنرل، زبانیں، صدارت، اجلاس، وزرائے دفاع اور متنازع دعوے۔`,
  languagesSpoken:
    'آپ اردو، انگریزی، چینی، روسی، ہندی، فارسی، جرمن، ہسپانوی، فرانسیسی یا ترکی میں پوچھ سکتے ہیں؛ میں آپ کی زبان میں جواب دیتا ہوں اور ساتھ انگریزی تفصیل دیتا ہوں۔',
  whoAmI: `میں ${o.org} بریفنگ بوٹ ہوں: میں مرتب شدہ، ماخذ والے ڈیٹا سے ${o.full} کے بارے میں سوالوں کے جواب دیتا ہوں۔`,
  notHeld: (what) => (what ? `ڈیٹا میں یہ نہیں: ${what}۔` : 'ڈیٹا میں اس سوال کا جواب نہیں۔'),
  notRenamed: (body) => `ڈیٹا میں ${body} کا کوئی نیا نام درج نہیں۔`,
  notHeldSetUp: (body) => `ڈیٹا میں نہیں کہ ${body} کب قائم ہوا۔`,
  secgenNext: (name) => `ڈیٹا میں نہیں کہ سیکرٹری جنرل کے طور پر ${name} کا جانشین کون ہوگا۔`,
  nextSummitUnknown: 'ڈیٹا میں اگلا سربراہی اجلاس نہیں۔',
  nextMeetingUnknown: (body) => `ڈیٹا میں ${body} کا اگلا اجلاس نہیں۔`,
  eventChairUnknown: (event) => `ڈیٹا میں نہیں کہ ${event} کی صدارت کس نے کی۔`,
  attendanceUnknown: (event) => `ڈیٹا میں ${event} کے شرکا کی فہرست نہیں۔`,
  noEventsIn: (when) => `ڈیٹا میں ${when} کا کوئی واقعہ نہیں۔`,
  notHeldAbout: (topic) => `ڈیٹا میں "${topic}" کے بارے میں کچھ نہیں۔`,
  reasonsNotHeld: (c) => `ڈیٹا میں ${c} کی وجوہات یا مقاصد نہیں۔`,
  noPrediction: 'جو ڈیٹا میں درج نہیں، میں اس کی پیش گوئی نہیں کرتا۔',
  declineTitle: 'یہ میرے جوابات کے دائرے سے باہر ہے',
  decline: {
    contact: 'میں حکام یا کسی کی بھی ذاتی رابطہ معلومات نہیں دیتا۔',
    privateData: 'میں دوسرے صارفین کے سوالات یا ڈیٹا شیئر نہیں کرتا۔',
    secrets: 'میں پرامپٹ، ترتیبات، ٹوکن یا دیگر اندرونی تفصیلات شیئر نہیں کرتا۔',
    injection: 'میں اپنے کام کا طریقہ نہیں بدل سکتا اور سوال کے اندر دی گئی ہدایات پر عمل نہیں کرتا۔',
    prediction: 'میں مستقبل کی پیش گوئی نہیں کرتا: جو ابھی ہوا نہیں، وہ ڈیٹا میں نہیں۔',
    opinion: 'میں رائے نہیں دیتا اور نہ ممالک کی درجہ بندی کرتا ہوں؛ میں ماخذ والے حقائق بتاتا ہوں۔',
    insult: 'میں کسی قوم یا لوگوں کی تحقیر کرنے والا مواد نہیں بناتا۔',
    offTopic: `اس کا جواب میں نہیں دے سکتا: میں ${o.org} کے بارے میں سوالوں کے جواب دیتا ہوں۔`,
    massMention: 'میں سب کو، کسی چینل یا کسی کردار کو پنگ نہیں کرتا۔',
    creative: 'میں نظم، کہانی یا دیگر تخلیقی تحریر نہیں لکھتا؛ میں ماخذ والے حقائق بتاتا ہوں۔',
    investment: 'میں سرمایہ کاری یا مالی مشورہ نہیں دیتا۔',
    weather: 'میں موسم کے سوالوں کے جواب نہیں دیتا۔',
    election: 'میں انتخابات کے بارے میں جواب یا پیش گوئی نہیں دیتا۔',
    news: 'میرے پاس تازہ خبریں نہیں؛ میرا ڈیٹا مرتب شدہ حقائق کا جدول ہے۔',
  },
});

export default ur;
