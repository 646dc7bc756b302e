import type { CountryT, MembershipStatusT } from '../facts/schema.js';
import type { Lang } from './text.js';

/**
 * Replies in the asker's language for the families asked most across languages
 * (membership, joining date, status). The English sentence is always given beside it.
 */
export type LocalLang = Exclude<Lang, 'en'>;

const MONTHS: Record<LocalLang, string[]> = {
  zh: [],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  hi: ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
  fa: ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
  ur: ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
};

export function localDate(iso: string, lang: LocalLang): string {
  const [y, m, d] = iso.split('-');
  if (lang === 'zh') return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  const month = m ? MONTHS[lang][Number(m) - 1] : undefined;
  if (lang === 'ru') return [d && Number(d), month, `${y} г.`].filter(Boolean).join(' ');
  return [d && Number(d), month, y].filter(Boolean).join(' ');
}

/** The country's name in the language, from its native names; English otherwise. */
export function localName(c: CountryT, lang: LocalLang): string {
  const want = lang === 'ur' ? ['ur', 'fa'] : [lang];
  for (const l of want) {
    const n = c.nativeNames.find((x) => x.lang === l);
    if (n) return n.name;
  }
  return c.name;
}

const SCO: Record<LocalLang, string> = { zh: '上海合作组织', ru: 'ШОС', hi: 'एससीओ', fa: 'سازمان همکاری شانگهای', ur: 'شنگھائی تعاون تنظیم' };

const STATUS: Record<LocalLang, Partial<Record<MembershipStatusT, string>>> = {
  zh: { member: '成员国', partner: '伙伴国', observer: '观察员国', 'dialogue-partner': '对话伙伴', 'applicant-member': '正式成员申请国', 'applicant-observer': '观察员申请国', guest: '客席参加者' },
  ru: { member: 'государство-член', partner: 'партнёр', observer: 'наблюдатель', 'dialogue-partner': 'партнёр по диалогу', 'applicant-member': 'кандидат на полноправное членство', 'applicant-observer': 'кандидат в наблюдатели', guest: 'гость' },
  hi: { member: 'सदस्य देश', partner: 'साझेदार', observer: 'पर्यवेक्षक', 'dialogue-partner': 'संवाद साझेदार', 'applicant-member': 'पूर्ण सदस्यता का आवेदक', 'applicant-observer': 'पर्यवेक्षक दर्जे का आवेदक', guest: 'अतिथि' },
  fa: { member: 'کشور عضو', partner: 'شریک', observer: 'ناظر', 'dialogue-partner': 'شریک گفتگو', 'applicant-member': 'متقاضی عضویت کامل', 'applicant-observer': 'متقاضی عضویت ناظر', guest: 'مهمان' },
  ur: { member: 'رکن ملک', partner: 'شراکت دار', observer: 'مبصر', 'dialogue-partner': 'مکالمے کا شراکت دار', 'applicant-member': 'مکمل رکنیت کا امیدوار', 'applicant-observer': 'مبصر کا امیدوار', guest: 'مہمان' },
};

export function localStatus(s: MembershipStatusT, lang: LocalLang): string {
  return STATUS[lang][s] ?? s;
}

/** "Iran joined the SCO on 4 July 2023" in the language. */
export function joinedSentence(lang: LocalLang, name: string, date: string, founder: boolean): string {
  const d = localDate(date, lang);
  switch (lang) {
    case 'zh':
      return founder ? `${name}是${SCO.zh}的创始成员国，于${d}创立该组织。` : `${name}于${d}正式加入${SCO.zh}，成为成员国。`;
    case 'ru':
      return founder ? `${name} — государство-основатель ${SCO.ru}: организация основана ${d}` : `${name} — полноправный член ${SCO.ru} с ${d}`;
    case 'hi':
      return founder ? `${name} ${SCO.hi} का संस्थापक सदस्य है; संगठन की स्थापना ${d} को हुई।` : `${name} ${d} को ${SCO.hi} का पूर्ण सदस्य बना।`;
    case 'fa':
      return founder ? `${name} از بنیانگذاران ${SCO.fa} است؛ این سازمان در ${d} تأسیس شد.` : `${name} در ${d} به عضویت کامل ${SCO.fa} درآمد.`;
    case 'ur':
      return founder ? `${name} ${SCO.ur} کا بانی رکن ہے؛ تنظیم ${d} کو قائم ہوئی۔` : `${name} ${d} کو ${SCO.ur} کا مکمل رکن بنا۔`;
  }
}

/** "Yes/No, X is (not) a member" in the language, with the current status. */
export function statusSentence(lang: LocalLang, name: string, status: MembershipStatusT | 'none', since?: string): string {
  const isMember = status === 'member';
  const label = status === 'none' ? '' : localStatus(status, lang);
  const d = since ? localDate(since, lang) : '';
  switch (lang) {
    case 'zh':
      if (isMember) return `是的，${name}是${SCO.zh}成员国${d ? `（自${d}起）` : ''}。`;
      if (status === 'none') return `不是。${name}不是${SCO.zh}的成员国，也不是伙伴国。`;
      return `${name}不是${SCO.zh}成员国，而是${label}${d ? `（自${d}起）` : ''}。`;
    case 'ru':
      if (isMember) return `Да, ${name} — государство-член ${SCO.ru}${d ? ` (с ${d})` : ''}.`;
      if (status === 'none') return `Нет. ${name} не является ни членом, ни партнёром ${SCO.ru}.`;
      return `${name} не является членом ${SCO.ru}; статус: ${label}${d ? ` (с ${d})` : ''}.`;
    case 'hi':
      if (isMember) return `हाँ, ${name} ${SCO.hi} का सदस्य देश है${d ? ` (${d} से)` : ''}।`;
      if (status === 'none') return `नहीं। ${name} ${SCO.hi} का न सदस्य है, न साझेदार।`;
      return `${name} ${SCO.hi} का सदस्य नहीं है; उसका दर्जा: ${label}${d ? ` (${d} से)` : ''}।`;
    case 'fa':
      if (isMember) return `بله، ${name} کشور عضو ${SCO.fa} است${d ? ` (از ${d})` : ''}.`;
      if (status === 'none') return `خیر. ${name} نه عضو ${SCO.fa} است و نه شریک آن.`;
      return `${name} عضو ${SCO.fa} نیست؛ وضعیت: ${label}${d ? ` (از ${d})` : ''}.`;
    case 'ur':
      if (isMember) return `جی ہاں، ${name} ${SCO.ur} کا رکن ملک ہے${d ? ` (${d} سے)` : ''}۔`;
      if (status === 'none') return `نہیں۔ ${name} ${SCO.ur} کا نہ رکن ہے نہ شراکت دار۔`;
      return `${name} ${SCO.ur} کا رکن نہیں ہے؛ حیثیت: ${label}${d ? ` (${d} سے)` : ''}۔`;
  }
}

/** "The SCO has 10 member states" in the language. */
export function countSentence(lang: LocalLang, count: number, asOf: string): string {
  const d = localDate(asOf, lang);
  switch (lang) {
    case 'zh': return `截至${d}，${SCO.zh}有${count}个成员国。`;
    case 'ru': return `По состоянию на ${d} в ${SCO.ru} ${count} государств-членов.`;
    case 'hi': return `${d} तक ${SCO.hi} के ${count} सदस्य देश हैं।`;
    case 'fa': return `تا ${d}، ${SCO.fa} ${count} کشور عضو دارد.`;
    case 'ur': return `${d} تک ${SCO.ur} کے ${count} رکن ممالک ہیں۔`;
  }
}

export const IN_ENGLISH: Record<LocalLang, string> = { zh: '英文', ru: 'По-английски', hi: 'अंग्रेज़ी में', fa: 'به انگلیسی', ur: 'انگریزی میں' };
