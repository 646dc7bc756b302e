import type { Messages, OrgNames } from './en.js';

/** جمله‌های فارسی. نام‌ها، تاریخ‌ها و عددها از پیش به فارسی نوشته می‌شوند. */
const fa = (o: OrgNames): Messages => {
  const ORG = o.org;
  return {
    verdict: {
      yes: 'بله.',
      no: 'خیر.',
      notQuite: 'نه کاملاً.',
      unverified: 'نه، تأیید نشده است.',
      unknown: 'نه، در داده‌ها نیست.',
    },
    inEnglish: 'به انگلیسی',
    note: 'یادداشت',
    status: {
      member: 'کشور عضو',
      observer: 'ناظر',
      'dialogue-partner': 'شریک گفتگو',
      partner: `شریک ${ORG}`,
      'applicant-member': 'متقاضی عضویت کامل',
      'applicant-observer': 'متقاضی عضویت ناظر',
      guest: 'مهمان',
      none: `بی‌ارتباط با ${ORG}`,
    },
    role: {
      'secretary-general': `دبیرکل ${ORG}`,
      'rats-director': `رئیس کمیته اجرایی ${o.rats}`,
      'defence-minister': 'وزیر دفاع',
      'foreign-minister': 'وزیر امور خارجه',
      'head-of-state': 'رئیس کشور',
      'head-of-government': 'رئیس دولت',
    },
    otherSummit: (org, place, year) => `نشست ${org} در ${place} (${year})`,
    eventLabel: (kind, place, year, online) =>
      kind === 'summit' || kind === 'headsOfState'
        ? online
          ? `نشست سران برخط سال ${year}`
          : `نشست سران ${place} در سال ${year}`
        : kind === 'defenceMinisters'
          ? `نشست وزرای دفاع در ${place} در سال ${year}`
          : kind === 'headsOfGovernment'
            ? `نشست شورای سران دولت‌ها در ${place} در سال ${year}`
            : kind === 'foreignMinisters'
              ? `نشست شورای وزرای خارجه در ${place} در سال ${year}`
              : kind === 'securityCouncilSecretaries'
                ? `نشست دبیران شوراهای امنیت در ${place} در سال ${year}`
                : kind === 'militaryCooperation'
                  ? `نشست رؤسای همکاری‌های نظامی وزارتخانه‌های دفاع در ${place} در سال ${year}`
                  : kind === 'founding'
                    ? `نشست تأسیس در ${place} در سال ${year}`
                    : `نشست ${place} در سال ${year}`,
    nth: (n) => `${n}مین`,
    onDay: (date) => `در ${date}`,
    inYear: (year) => `در سال ${year}`,
    atEndOf: (year) => `در پایان سال ${year}`,
    asOf: (date) => `تا ${date}`,
    memberSince: (c, date) => `${c} از ${date} کشور عضو ${ORG} است.`,
    founderMember: (c, date) => `${c} از بنیانگذاران ${ORG} است و از ${date} عضو است.`,
    notMemberIs: (c, status, since) => `${c} عضو ${ORG} نیست؛ وضعیت آن: ${status}${since ? ` از ${since}` : ''}.`,
    notConnected: (c) => `${c} به هیچ شکلی با ${ORG} ارتباط ندارد: نه عضو است، نه شریک و نه متقاضی.`,
    notConnectedList: (list) => `بر پایه داده‌ها این کشورها به هیچ شکلی با ${ORG} ارتباط ندارند: ${list}.`,
    wasOnDay: (c, status, when) => `${when} وضعیت ${c}: ${status}.`,
    notYetMember: (c, when, date) => `${when} ${c} هنوز عضو ${ORG} نبود؛ از ${date} عضو شد.`,
    statusSince: (c, status, since) => `وضعیت ${c}: ${status}${since ? ` از ${since}` : ''}.`,
    statusFromTo: (c, status, from, to) => `${c} ${from ? `از ${from} ` : ''}${to ? `تا ${to} ` : ''}${status} بود.`,
    neverStatus: (c, status) => `در داده‌ها سابقه‌ای از ${status} بودن ${c} نیست.`,
    unknownCountry: (name, members, partners) =>
      `در داده‌ها کشوری به نام «${name}» نیست؛ پس در میان ${members} کشور عضو و ${partners} شریک ${ORG} قرار ندارد.`,
    joined: (c, date, event) => `${c} در ${date}${event ? ` در ${event}` : ''} به عضویت کامل ${ORG} درآمد.`,
    joinedFounder: (c, date) => `${c} بعداً نپیوست: از بنیانگذاران ${ORG} است که در ${date} تأسیس شد.`,
    notJoined: (c, status, since) =>
      `${c} به‌عنوان عضو به ${ORG} نپیوسته است؛ وضعیت آن: ${status}${since ? ` از ${since}` : ''}.`,
    joinedIn: (list, when) => `${list} ${when} به عضویت کامل ${ORG} درآمدند.`,
    nobodyJoined: (when) => `${when} هیچ کشوری به عضویت ${ORG} درنیامد.`,
    becamePartners: (list, when) => `${list} ${when} شریک ${ORG} شدند.`,
    applied: (c, what, date) =>
      `${c} برای ${what} درخواست داده است${date ? ` (${date})` : ''}؛ تصمیمی در داده‌ها ثبت نشده است.`,
    noApplication: (c) => `در داده‌ها درخواستی از ${c} ثبت نشده است.`,
    applications: (list) => `درخواست‌های ثبت‌شده در داده‌ها: ${list}.`,
    fullMembership: 'عضویت کامل',
    observerStatus: 'عضویت ناظر',
    neverJoined: (c) => `${c} هرگز به‌عنوان عضو به ${ORG} نپیوست.`,
    didNotJoinIn: (c, year, date, event) => `${c} در ${year} نپیوست: در ${date}${event ? ` در ${event}` : ''} پیوست.`,
    neverLeft: (c) => `${c} هرگز ${ORG} را ترک نکرده و اخراج نشده است.`,
    countIsNot: (value, count) => `${ORG} ${value} کشور عضو ندارد: ${count} کشور عضو دارد.`,
    seatIsNot: (body, place, seat) => `${body} در ${place} نیست: در ${seat} است.`,
    foundedNot: (date, place) => `${ORG} در ${date} در ${place} تأسیس شد.`,
    hostIsNot: (event, host) => `میزبان ${event}، ${host} بود.`,
    notHeldIn: (event, place) => `${event} در ${place} برگزار نشد.`,
    notUpcoming: (event, date) => `${event} پیش رو نیست: در ${date} برگزار شد.`,
    notChair: (c, when, chair) => `${c} ${when} رئیس دوره‌ای ${ORG} نبود؛ رئیس دوره‌ای در آن زمان ${chair} بود.`,
    notOrdinal: (c, nth, actual) => `${c} ${nth} عضو نبود؛ ${actual} عضو بود.`,
    memberCount: (n, asOf) => `${ORG} ${n} کشور عضو دارد (${asOf}).`,
    memberCountWhen: (n, when) => `${ORG} ${when} ${n} کشور عضو داشت.`,
    countSince: (n, from, to) =>
      to ? `${ORG} از ${from} تا ${to} ${n} کشور عضو داشت.` : `${ORG} از ${from} ${n} کشور عضو دارد.`,
    neverCount: (n) => `${ORG} هرگز ${n} کشور عضو نداشته است.`,
    family: (total, members, partners) =>
      `«خانواده ${ORG}» ${total} کشور دارد: ${members} کشور عضو و ${partners} شریک.`,
    partnerCount: (n) => `${ORG} ${n} شریک دارد.`,
    membersAre: (n, list) => `${n} کشور عضو ${ORG} عبارتند از: ${list}.`,
    membersWere: (n, when, list) => `${when} ${ORG} ${n} کشور عضو داشت: ${list}.`,
    partnersAre: (n, list) => `${n} شریک ${ORG} عبارتند از: ${list}.`,
    foundersAre: (n, list, date) => `${n} بنیانگذار ${ORG} عبارتند از: ${list}؛ آن‌ها سازمان را در ${date} تأسیس کردند.`,
    observersOn: (n, list, day) => `در ${day} ${ORG} ${n} ناظر داشت: ${list}.`,
    dialogueOn: (n, list, day) => `در ${day} ${ORG} ${n} شریک گفتگو داشت: ${list}.`,
    observersWere: (n, list, until) => `تا ${until} ${ORG} ${n} ناظر داشت: ${list}.`,
    dialogueWere: (n, list, until) => `تا ${until} ${ORG} ${n} شریک گفتگو داشت: ${list}.`,
    noObserversNow: (date) => `هیچ: از ${date} ناظران و شرکای گفتگو در یک دسته واحد به نام شرکای ${ORG} ادغام شده‌اند.`,
    mergedInto: (date, event) =>
      `در ${date}${event ? ` در ${event}` : ''} ${ORG} ناظران و شرکای گفتگو را در یک دسته واحد از شرکا ادغام کرد.`,
    firstOfStatus: (c, status, date) => `نخستین ${status} در داده‌ها ${c} بود، از ${date}.`,
    newestMember: (c, date) => `جدیدترین کشور عضو ${c} است که در ${date} پیوست.`,
    newestMembers: (n, list) => `${n} کشور عضو جدیدتر: ${list}.`,
    newestPartner: (c, date) => `جدیدترین شریک ${ORG} ${c} است که در ${date} پذیرفته شد.`,
    nthMember: (c, nth, date) => `${c} در ${date} ${nth} کشور عضو شد.`,
    nthMembersTogether: (list, places, date) => `${list} در یک روز، ${date}، پیوستند و جایگاه‌های ${places} را گرفتند.`,
    noNthMember: (nth, n) => `${nth} کشور عضوی وجود ندارد: ${ORG} ${n} عضو دارد.`,
    grew: (steps) => `شمار اعضای ${ORG} این‌گونه افزایش یافت: ${steps}.`,
    growthStep: (n, date, who) => `${n} (${who}، ${date})`,
    foundedStep: 'بنیانگذاران',
    joinedAfter: (list, year) => `پس از ${year} این کشورها به ${ORG} پیوستند: ${list}.`,
    joinedSince: (list, year) => `از ${year} به بعد این کشورها به ${ORG} پیوستند: ${list}.`,
    founded: (date, place) => `${ORG} در ${date} در ${place} تأسیس شد.`,
    foundedBy: (list) => `بنیانگذاران آن: ${list}.`,
    signedBy: (list) => `امضاکنندگان: ${list}.`,
    predecessorBecame: (name, date, newcomers) => `در ${date} با پیوستن ${newcomers}، ${name} به ${ORG} تبدیل شد.`,
    noScoYet: (when, date) => `${when} ${ORG} هنوز وجود نداشت: در ${date} تأسیس شد.`,
    age: (years, date) => `${ORG} ${years} سال سابقه دارد: در ${date} تأسیس شد.`,
    anniversary: (nth, year, date) => `${nth} سالگرد ${ORG} در سال ${year} است: در ${date} تأسیس شد.`,
    predecessor: (name, date, place, list) => `${name} در ${date} در ${place} توسط ${list} تشکیل شد.`,
    inPredecessor: (c, name, yes) => (yes ? `${c} یکی از اعضای ${name} بود.` : `${c} عضو ${name} نبود.`),
    isFounder: (c, yes, date) =>
      yes ? `${c} از بنیانگذاران ${ORG} است (${date}).` : `${c} از بنیانگذاران ${ORG} نیست؛ در ${date} پیوست.`,
    isFounderNever: (c) => `${c} از بنیانگذاران ${ORG} نیست.`,
    charter: (place, date, inForce) => `منشور ${ORG} در ${date} در ${place} امضا شد و از ${inForce} لازم‌الاجرا شد.`,
    standsFor: (acronym, full) => `${acronym} یعنی ${full}.`,
    about: (full, date, place, n) => `${full} در ${date} در ${place} تأسیس شد و ${n} کشور عضو دارد.`,
    seat: (body, place) => `${body} در ${place} است.`,
    supremeBody: (body) => `عالی‌ترین نهاد ${ORG}، ${body} است.`,
    bodies: (list) => `نهادهای ${ORG} در داده‌ها: ${list}.`,
    officialLanguages: (list) => `زبان‌های رسمی ${ORG}: ${list}.`,
    isOfficialLanguage: (language, yes) =>
      yes ? `${language} زبان رسمی ${ORG} است.` : `${language} زبان رسمی ${ORG} نیست.`,
    secgenNow: (name, c, since) => `دبیرکل ${ORG} ${name} از ${c} است که از ${since} در این سمت است.`,
    secgenThen: (name, c, from, to) =>
      `${name} از ${c} ${from ? `از ${from} ` : ''}${to ? `تا ${to} ` : ''}دبیرکل ${ORG} بود.`,
    secgenPrevious: (name, c, from, to) => `دبیرکل پیشین ${ORG} ${name} از ${c} بود، از ${from} تا ${to}.`,
    secgenUnknownThen: (when) => `در داده‌ها دبیرکل ${when} ثبت نشده است.`,
    ratsDirector: (name, c) => `کمیته اجرایی ${o.rats} را ${name} از ${c} اداره می‌کند.`,
    ratsDirectorThen: (name, c, from, to) =>
      `${name} از ${c} ${from ? `از ${from} ` : ''}${to ? `تا ${to} ` : ''}رئیس کمیته اجرایی ${o.rats} بود.`,
    ratsUnknownThen: (when) => `در داده‌ها رئیس کمیته اجرایی ${o.rats} ${when} ثبت نشده است.`,
    personRole: (name, role) => `${name}: ${role}.`,
    personWas: (name, role) => `${name}: ${role} پیشین.`,
    roleOf: (role, c) => `${role} ${c}`,
    ministerAt: (c, name, event) => `وزیر دفاع ${c} در ${event}، ${name} بود.`,
    ministerAsOf: (c, name, date) => `وزیر دفاع ${c} در داده‌ها ${name} است (به تاریخ ${date}).`,
    ministerGone: (c, name, date) => `${name} دیگر وزیر دفاع ${c} نیست: دوره او در ${date} به پایان رسید.`,
    noMinister: (c) => `در داده‌ها وزیر دفاع ${c} ثبت نشده است.`,
    predecessorNotHeld: (name, c) => `در داده‌ها نیامده که ${name} جانشین چه کسی در مقام وزیر دفاع ${c} شد.`,
    acting: 'سرپرست',
    alsoWritten: (names) => `به این صورت هم نوشته می‌شود: ${names}.`,
    ministerLastKnown: (c, name, date) =>
      `در داده‌ها نیست که اکنون وزیر دفاع ${c} کیست؛ آخرین مورد تأییدشده (${date}) ${name} است.`,
    exactDateNotHeld: (date) => `داده‌ها فقط ${date} را می‌گویند؛ تاریخ دقیق در داده‌ها نیست.`,
    statusStartNotHeld: (c, status) => `در داده‌ها نیست که ${c} از چه زمانی ${status} شد.`,
    replacedBy: (name, other, date) => `${other}${date ? ` در ${date}` : ''} جانشین ${name} شد.`,
    chairNow: (c, since) => `${c} از ${since} رئیس دوره‌ای ${ORG} است.`,
    chairThen: (list, when) => `${when} ریاست دوره‌ای ${ORG} با ${list} بود.`,
    chairTerm: (c, from, to) =>
      to ? `${c} از ${from} تا ${to} رئیس دوره‌ای ${ORG} بود.` : `${c} از ${from} رئیس دوره‌ای ${ORG} است.`,
    chairBefore: (c, other) => `پیش از ${c}، ریاست دوره‌ای با ${other} بود.`,
    chairAfter: (c, other) => `پس از ${c}، ریاست دوره‌ای به ${other} رسید.`,
    neverChaired: (c) => `در داده‌ها ریاست دوره‌ای ${c} ثبت نشده است.`,
    chairEnded: (c, from, date) =>
      `دوره ریاست ${c} (از ${from}) در نشست سران ${date} به پایان رسید؛ در داده‌ها نیست که اکنون رئیس دوره‌ای کیست.`,
    chairUnknown: (when) => `در داده‌ها رئیس دوره‌ای ${when} ثبت نشده است.`,
    chairNext: (c) => `در داده‌ها نیست که پس از ${c} چه کشوری رئیس دوره‌ای ${ORG} است.`,
    chairsList: (list) => `رؤسای دوره‌ای ${ORG} در داده‌ها: ${list}.`,
    chairRule: 'ریاست دوره‌ای هر سال دست‌به‌دست می‌شود و در هر نشست شورای سران کشورها واگذار می‌شود.',
    motto: (c, motto) => `شعار دوره ریاست ${c}: «${motto}».`,
    eventHeld: (event, date, place) => `${event} در ${date}${place ? ` در ${place}` : ''} برگزار شد.`,
    eventExpected: (event, date, place) => `${event} ${date}${place ? ` در ${place}` : ''} برگزار می‌شود.`,
    eventScheduled: (event, date, place) => `${event} برای ${date}${place ? ` در ${place}` : ''} برنامه‌ریزی شده است.`,
    eventHeldNoDecisions: (event, date, place) =>
      `${event} در ${date}${place ? ` در ${place}` : ''} برگزار شد؛ تصمیم‌های آن در داده‌ها نیست.`,
    eventUnconfirmed: (event, date, place, over) =>
      `${event} برای ${date}${place ? ` در ${place}` : ''} برنامه‌ریزی شده بود؛ ${over ? 'اینکه برگزار شد و نتیجه‌اش چه بود' : 'اینکه برگزار شده است یا نه'} در داده‌ها نیست.`,
    eventOutcomesUnknown: (event) => `تصمیم‌های ${event} در داده‌ها نیست.`,
    eventOutcomes: (event, date) => `نتایج ${event} (${date}):`,
    eventHost: (host, event) => `میزبان ${event}، ${host} بود.`,
    eventHosts: (host, event) => `میزبان ${event}، ${host} است.`,
    eventChair: (chair, event) => `ریاست ${event} با ${chair} بود.`,
    eventAttendance: (n, event, list) => `${n} کشور عضو در ${event} شرکت کردند: ${list}.`,
    attended: (c, event, yes) => (yes ? `${c} در ${event} شرکت کرد.` : `در داده‌ها حضور ${c} در ${event} ثبت نشده است.`),
    didNotRefuse: (c, event, who) => `${c} در ${event} از امضا خودداری نکرد؛ ${who} خودداری کرد.`,
    refusedToSign: (c, event) => `${c} در ${event} از امضای پیش‌نویس بیانیه مشترک خودداری کرد.`,
    positionAt: (c, event) => `موضع ${c} در ${event}:`,
    noStatement: (event) => `در ${event} بیانیه یا اعلامیه مشترکی صادر نشد.`,
    hostAnnounced: (c, year, on) =>
      `${c} در ${on} اعلام کرد که میزبان نشست سران ${year} خواهد بود؛ تصمیمی از سوی ${ORG} در داده‌ها ثبت نشده است.`,
    eventsInYear: (n, year) => `در داده‌ها ${n} رویداد ${ORG} در سال ${year} هست.`,
    nextSummit: (event, place, date) => `نشست سران بعدی در داده‌ها ${event} است (${place}، ${date}).`,
    lastEvent: (event, place, date) =>
      `آخرین نشست ${o.org} در داده‌ها ${event} است که در ${date} در ${place} برگزار شد.`,
    lastSummit: (event, place, date) => `آخرین نشست سران در داده‌ها ${event} است که در ${date} در ${place} برگزار شد.`,
    summitsList: (n) => `در داده‌ها ${n} نشست شورای سران کشورها هست.`,
    summitNotHeld: (year) => `در داده‌ها نشست سرانی در سال ${year} نیست.`,
    meetsYearly: (body) => `${body} سالی یک بار تشکیل جلسه می‌دهد.`,
    claim: {
      false: 'این ادعا نادرست است.',
      misleading: 'این ادعا گمراه‌کننده است.',
      incomplete: 'این ادعا ناقص است.',
      unverified: 'این ادعا تأیید نشده است.',
      correct: 'این ادعا درست است.',
    },
    claimsList: (n) => `${n} ادعا در مقاله مبنا نادرست، گمراه‌کننده، ناقص یا تأییدنشده است.`,
    referencesRejected: (n) => `به ${n} منبعی که مقاله مبنا آورده نمی‌توان اتکا کرد.`,
    fromData: (title) => `در داده‌ها آمده است: ${title}.`,
    figure: (value, what, date) => `${what}${value ? `: ${value}` : ''}${date ? ` (${date})` : ''}.`,
    notAnOrgMember: (org) => `${org} بخشی از ${ORG} نیست: تنها کشورها می‌توانند عضو یا شریک باشند.`,
    capital: (c, city) => `پایتخت ${c}، ${city} است.`,
    notCapital: (city, c, capital) => `${city} پایتخت ${c} نیست: پایتخت آن ${capital} است.`,
    codes: (c, a2, a3) => `کدهای ISO 3166-1 ${c}: ${a2} و ${a3}.`,
    oldNameOf: (old, c) => `${old} نام پیشین ${c} است.`,
    joinedFirst: (a, da, b, db) => `${a} زودتر پیوست (${da})؛ ${b} در ${db} پیوست.`,
    joinedSameDay: (a, b, date) => `${a} و ${b} در یک روز، ${date}، پیوستند.`,
    onlyMember: (a, da, b) => `تنها ${a} کشور عضو است (از ${da})؛ ${b} نه.`,
    neitherMember: (a, b) => `نه ${a} و نه ${b} عضو ${ORG} نیستند.`,
    rightsNotHeld: (members, partners) =>
      `داده‌ها حقوق هر دسته را شرح نمی‌دهند؛ تنها اعضای هر دسته را دارند: ${members} کشور عضو و ${partners} شریک.`,
    recordedBetween: (c, from, to, n, count) =>
      n === 0
        ? `داده‌ها از ${from} تا ${to} چیزی دربارهٔ ${c} ثبت نکرده‌اند.`
        : `از ${from} تا ${to} داده‌ها ${count} مورد دربارهٔ ${c} ثبت کرده‌اند.`,
    path: (c, steps) => `مسیر ${c} در ${ORG}: ${steps}.`,
    pathStep: (status, from, to) => `${status}${from ? ` از ${from}` : ''}${to ? ` تا ${to}` : ''}`,
    website: (site) => `وب‌سایت رسمی ${ORG}: ${site}.`,
    aboutData: (date) =>
      `پاسخ‌های من از جدولی گردآوری‌شده از واقعیت‌ها می‌آید که برای هر واقعیت منبع دارد؛ داده‌ها تا ${date} است.`,
    help: `درباره ${ORG} بپرسید: اعضا و شرکا، زمان و شیوه پیوستن، شمار اعضا در طول زمان، تأسیس و منشور، دبیرخانه و RATS، دبیرکل، زبان‌ها، ریاست دوره‌ای، نشست‌ها، وزرای دفاع و ادعاهای مورد مناقشه.`,
    languagesSpoken:
      'می‌توانید به فارسی، انگلیسی، چینی، روسی، هندی، اردو، آلمانی، اسپانیایی، فرانسوی یا ترکی بپرسید؛ من به زبان شما پاسخ می‌دهم و متن انگلیسی را هم کنارش می‌آورم.',
    whoAmI: `من ربات گزارش ${ORG} هستم: با داده‌های گردآوری‌شده و دارای منبع به پرسش‌ها درباره این سازمان پاسخ می‌دهم.`,
    notHeld: (what) => (what ? `در داده‌ها نیست: ${what}.` : 'پاسخ این پرسش در داده‌ها نیست.'),
    notRenamed: (body) => `در داده‌ها نام تازه‌ای برای ${body} ثبت نشده است.`,
    notHeldSetUp: (body) => `در داده‌ها نیست که ${body} چه زمانی تشکیل شد.`,
    secgenNext: (name) => `در داده‌ها نیست که چه کسی جانشین ${name} در سمت دبیرکل می‌شود.`,
    nextSummitUnknown: 'نشست سران بعدی در داده‌ها نیست.',
    nextMeetingUnknown: (body) => `نشست بعدی ${body} در داده‌ها نیست.`,
    eventChairUnknown: (event) => `در داده‌ها نیست که ریاست ${event} با چه کسی بود.`,
    attendanceUnknown: (event) => `فهرست شرکت‌کنندگان ${event} در داده‌ها نیست.`,
    noEventsIn: (when) => `در داده‌ها رویدادی از ${ORG} ${when} نیست.`,
    notHeldAbout: (topic) => `در داده‌ها چیزی درباره «${topic}» نیست.`,
    reasonsNotHeld: (c) => `دلایل یا انگیزه‌های ${c} در داده‌ها نیست.`,
    noPrediction: 'من آنچه را در داده‌ها ثبت نشده پیش‌بینی نمی‌کنم.',
    declineTitle: 'این از حوزه پاسخ‌های من بیرون است',
    decline: {
      contact: 'من اطلاعات تماس شخصی مقام‌ها یا هیچ‌کس دیگر را نمی‌دهم.',
      privateData: 'من پرسش‌ها یا داده‌های کاربران دیگر را به اشتراک نمی‌گذارم.',
      secrets: 'من دستورها، پیکربندی، توکن‌ها یا دیگر جزئیات داخلی را به اشتراک نمی‌گذارم.',
      injection: 'من نمی‌توانم شیوه کارم را تغییر دهم یا از دستورهای درون پرسش پیروی کنم.',
      prediction: 'من آینده را پیش‌بینی نمی‌کنم: آنچه هنوز رخ نداده در داده‌ها نیست.',
      opinion: 'من نظر نمی‌دهم و کشورها را رتبه‌بندی نمی‌کنم؛ واقعیت‌های دارای منبع را می‌گویم.',
      insult: 'من محتوایی که ملیتی یا مردمی را تحقیر کند تولید نمی‌کنم.',
      offTopic: `این پرسشی نیست که بتوانم پاسخ دهم: من به پرسش‌های مربوط به ${ORG} پاسخ می‌دهم.`,
      massMention: 'من همه، یک کانال یا یک نقش را صدا نمی‌زنم.',
      creative: 'من شعر، داستان یا متن خلاقانه نمی‌نویسم؛ واقعیت‌های دارای منبع را می‌گویم.',
      investment: 'من توصیه سرمایه‌گذاری یا مالی نمی‌دهم.',
      weather: 'من به پرسش‌های مربوط به آب‌وهوا پاسخ نمی‌دهم.',
      election: 'من درباره انتخابات پاسخ یا پیش‌بینی نمی‌دهم.',
      news: 'من اخبار فوری ندارم؛ داده‌های من جدولی گردآوری‌شده از واقعیت‌هاست.',
    },
  };
};

export default fa;
