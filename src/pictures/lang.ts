import type { CountryT, MembershipStatusT } from '../facts/schema.js';
import { STATUS_LABEL } from '../facts/wording.js';

/**
 * The languages a picture can be labelled in: those the data has native names for. Wording
 * only (titles, legend, marker captions); every name, date and status drawn comes from data/.
 */
export const PICTURE_LANGS = ['en', 'zh', 'ru', 'hi', 'fa', 'ur'] as const;
export type PictureLang = (typeof PICTURE_LANGS)[number];

/** Intl locales: Gregorian calendar everywhere, since the data's dates are Gregorian. */
const LOCALE: Record<PictureLang, string> = {
  en: 'en-GB',
  zh: 'zh-CN',
  ru: 'ru-RU',
  hi: 'hi-IN',
  fa: 'fa-IR-u-ca-gregory',
  ur: 'ur-PK-u-ca-gregory',
};

export const RTL: ReadonlySet<PictureLang> = new Set(['fa', 'ur']);

/** Platform or environment locales ("ru", "zh-CN", "fa_IR.UTF-8"), best first, to a picture language; English when none fits. */
export function pictureLang(tags: string | readonly string[] | undefined): PictureLang {
  for (const tag of typeof tags === 'string' ? [tags] : (tags ?? [])) {
    const base = tag.toLowerCase().split(/[-_.@]/)[0] ?? '';
    if ((PICTURE_LANGS as readonly string[]).includes(base)) return base as PictureLang;
  }
  return 'en';
}

/** Legend keys: the statuses drawn, plus the Shanghai Five (an organisation fact, not a status record). */
export type LegendKey = 'shanghai-five' | Extract<MembershipStatusT, 'member' | 'observer' | 'dialogue-partner' | 'partner' | 'applicant-member' | 'applicant-observer'>;

interface Words {
  /** Between two phrases on one line: a middle dot reads as a zero in Perso-Arabic script. */
  sep: string;
  timelineTitle: string;
  mapTitle: string;
  legend: Record<LegendKey, string>;
  founded: string;
  merged: string;
  asOf: (date: string) => string;
  startUnknown: string;
  applicantNote: string;
  notInSco: string;
  guest: string;
  /** "Member states (10)". */
  group: (key: 'member' | 'partner' | 'applicant', count: string) => string;
  span: (from: string, to: string) => string;
}

const EN: Words = {
  sep: ' · ',
  timelineTitle: 'SCO membership over time',
  mapTitle: 'SCO member states and partners',
  legend: {
    'shanghai-five': 'Shanghai Five',
    member: cap(STATUS_LABEL.member),
    observer: cap(STATUS_LABEL.observer),
    'dialogue-partner': cap(STATUS_LABEL['dialogue-partner']),
    partner: STATUS_LABEL.partner,
    'applicant-member': cap(STATUS_LABEL['applicant-member']),
    'applicant-observer': cap(STATUS_LABEL['applicant-observer']),
  },
  founded: 'SCO founded',
  // Used only where data/ has no label for the merger; English otherwise takes data/'s words.
  merged: 'Observers and dialogue partners merge into SCO partners',
  asOf: (d) => `Data as of ${d}`,
  startUnknown: 'Faded start: start date not recorded',
  applicantNote: 'Dashed: application pending',
  notInSco: STATUS_LABEL.none,
  guest: STATUS_LABEL.guest,
  group: (k, n) => `${k === 'member' ? 'Member states' : k === 'partner' ? 'SCO partners' : 'Applicants'} (${n})`,
  span: (a, b) => `${a} – ${b}`,
};

const WORDS: Record<PictureLang, Words> = {
  en: EN,
  zh: {
    sep: ' · ',
    timelineTitle: '上海合作组织成员的历史变化',
    mapTitle: '上海合作组织成员国和伙伴国',
    legend: {
      'shanghai-five': '上海五国',
      member: '成员国',
      observer: '观察员国',
      'dialogue-partner': '对话伙伴',
      partner: '伙伴国',
      'applicant-member': '正式成员申请国',
      'applicant-observer': '观察员申请国',
    },
    founded: '上海合作组织成立',
    merged: '观察员国和对话伙伴合并为伙伴国',
    asOf: (d) => `数据截至${d}`,
    startUnknown: '渐隐起点：起始日期未记录',
    applicantNote: '虚线：申请待定',
    notInSco: '不属于上海合作组织',
    guest: '客席参加者',
    group: (k, n) => `${k === 'member' ? '成员国' : k === 'partner' ? '伙伴国' : '申请国'}（${n}）`,
    span: (a, b) => `${a}至${b}`,
  },
  ru: {
    sep: ' · ',
    timelineTitle: 'Состав ШОС во времени',
    mapTitle: 'Государства-члены и партнёры ШОС',
    legend: {
      'shanghai-five': 'Шанхайская пятёрка',
      member: 'Государство-член',
      observer: 'Наблюдатель',
      'dialogue-partner': 'Партнёр по диалогу',
      partner: 'Партнёр ШОС',
      'applicant-member': 'Кандидат на полноправное членство',
      'applicant-observer': 'Кандидат в наблюдатели',
    },
    founded: 'Основание ШОС',
    merged: 'Наблюдатели и партнёры по диалогу стали партнёрами ШОС',
    asOf: (d) => `Данные на ${d}`,
    startUnknown: 'Размытое начало: дата начала не записана',
    applicantNote: 'Пунктир: заявка рассматривается',
    notInSco: 'не входит в ШОС',
    guest: 'гость',
    group: (k, n) => `${k === 'member' ? 'Государства-члены' : k === 'partner' ? 'Партнёры ШОС' : 'Кандидаты'} (${n})`,
    span: (a, b) => `${a} – ${b}`,
  },
  hi: {
    sep: ' · ',
    timelineTitle: 'समय के साथ एससीओ की सदस्यता',
    mapTitle: 'एससीओ के सदस्य देश और साझेदार',
    legend: {
      'shanghai-five': 'शंघाई फ़ाइव',
      member: 'सदस्य देश',
      observer: 'पर्यवेक्षक',
      'dialogue-partner': 'संवाद साझेदार',
      partner: 'एससीओ साझेदार',
      'applicant-member': 'पूर्ण सदस्यता का आवेदक',
      'applicant-observer': 'पर्यवेक्षक दर्जे का आवेदक',
    },
    founded: 'एससीओ की स्थापना',
    merged: 'पर्यवेक्षक और संवाद साझेदार एससीओ साझेदार बने',
    asOf: (d) => `आँकड़े ${d} तक`,
    startUnknown: 'धुंधली शुरुआत: आरंभ तिथि दर्ज नहीं',
    applicantNote: 'डैश रेखा: आवेदन लंबित',
    notInSco: 'एससीओ का हिस्सा नहीं',
    guest: 'अतिथि',
    group: (k, n) => `${k === 'member' ? 'सदस्य देश' : k === 'partner' ? 'एससीओ साझेदार' : 'आवेदक'} (${n})`,
    span: (a, b) => `${a} – ${b}`,
  },
  fa: {
    sep: '، ',
    timelineTitle: 'عضویت در سازمان همکاری شانگهای در گذر زمان',
    mapTitle: 'کشورهای عضو و شرکای سازمان همکاری شانگهای',
    legend: {
      'shanghai-five': 'پنج شانگهای',
      member: 'کشور عضو',
      observer: 'ناظر',
      'dialogue-partner': 'شریک گفتگو',
      partner: 'شریک سازمان',
      'applicant-member': 'متقاضی عضویت کامل',
      'applicant-observer': 'متقاضی عضویت ناظر',
    },
    founded: 'تأسیس سازمان',
    merged: 'ناظران و شرکای گفتگو شریک سازمان شدند',
    asOf: (d) => `داده‌ها تا ${d}`,
    startUnknown: 'آغاز کم‌رنگ: تاریخ آغاز ثبت نشده',
    applicantNote: 'خط‌چین: درخواست در جریان',
    notInSco: 'عضو سازمان نیست',
    guest: 'مهمان',
    group: (k, n) => `${k === 'member' ? 'کشورهای عضو' : k === 'partner' ? 'شرکا' : 'متقاضیان'} (${n})`,
    span: (a, b) => `${a} تا ${b}`,
  },
  ur: {
    sep: '، ',
    timelineTitle: 'وقت کے ساتھ شنگھائی تعاون تنظیم کی رکنیت',
    mapTitle: 'شنگھائی تعاون تنظیم کے رکن ممالک اور شراکت دار',
    legend: {
      'shanghai-five': 'شنگھائی فائیو',
      member: 'رکن ملک',
      observer: 'مبصر',
      'dialogue-partner': 'مکالمے کا شراکت دار',
      partner: 'تنظیم کا شراکت دار',
      'applicant-member': 'مکمل رکنیت کا امیدوار',
      'applicant-observer': 'مبصر کا امیدوار',
    },
    founded: 'تنظیم کا قیام',
    merged: 'مبصرین اور مکالمے کے شراکت دار، تنظیم کے شراکت دار بن گئے',
    asOf: (d) => `اعداد و شمار ${d} تک`,
    startUnknown: 'دھندلا آغاز: آغاز کی تاریخ درج نہیں',
    applicantNote: 'ٹوٹی لکیر: درخواست زیر غور',
    notInSco: 'تنظیم کا حصہ نہیں',
    guest: 'مہمان',
    group: (k, n) => `${k === 'member' ? 'رکن ممالک' : k === 'partner' ? 'شراکت دار' : 'امیدوار'} (${n})`,
    span: (a, b) => `${a} تا ${b}`,
  },
};

export function words(lang: PictureLang): Words {
  return WORDS[lang];
}

/** Every label of wording in every language, for the font subsetter (build-fonts.ts) and the coverage test. */
export function allWording(): string[] {
  const sample = '0123456789';
  return PICTURE_LANGS.flatMap((l) => {
    const w = WORDS[l];
    return [
      w.sep,
      w.timelineTitle,
      w.mapTitle,
      ...Object.values(w.legend),
      w.founded,
      w.merged,
      w.asOf(sample),
      w.startUnknown,
      w.applicantNote,
      w.notInSco,
      w.guest,
      w.group('member', sample),
      w.group('partner', sample),
      w.group('applicant', sample),
      w.span(sample, sample),
      // Month names and date punctuation as Intl writes them.
      ...Array.from({ length: 12 }, (_, m) => formatDay(`2001-${String(m + 1).padStart(2, '0')}-15`, l)),
      ...Array.from({ length: 12 }, (_, m) => formatDay(`2001-${String(m + 1).padStart(2, '0')}`, l)),
      formatDay('2001', l),
      formatNumber(1234567890, l),
    ];
  });
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A (possibly partial) ISO date as the language writes it, as precise as the data. */
export function formatDay(iso: string, lang: PictureLang): string {
  const [y, m, d] = iso.split('-');
  const parts = d ? 'day' : m ? 'month' : 'year';
  const key = `${lang}|${parts}`;
  let f = dayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], {
      timeZone: 'UTC',
      year: 'numeric',
      ...(parts !== 'year' && { month: 'long' }),
      ...(parts === 'day' && { day: 'numeric' }),
    });
    dayFormats.set(key, f);
  }
  return f.format(new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1)));
}

/** A year or count in the language's digits. */
export function formatNumber(n: number, lang: PictureLang): string {
  return new Intl.NumberFormat(LOCALE[lang], { useGrouping: false }).format(n);
}

/** The country's name in the language from its native names; English when the data has none. */
export function nameIn(c: CountryT, lang: PictureLang): string {
  if (lang === 'en') return c.name;
  // Urdu falls back to Persian only where the data has no Urdu name: both are Perso-Arabic script.
  for (const l of lang === 'ur' ? ['ur', 'fa'] : [lang]) {
    const n = c.nativeNames.find((x) => x.lang === l);
    if (n) return n.name;
  }
  return c.name;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
