import type { AskLangT } from '../../facts/schema.js';
import { latinWords } from '../../base/text.js';

export type Lang = AskLangT;

/** Letters only Urdu writes among the Arabic-script languages asked in. */
const URDU_LETTERS = /[ٹڈڑںھےۓہ]/g;
/** Persian letters and spellings Urdu does not use (ه as a final heh, ژ is shared, so not counted). */
const PERSIAN_WORDS =
  /(^|\s)(است|آیا|چه|کدام|کدامند|چند|کجا|کجاست|کیست|را|می|شد|پیوست|هستند|دارد|چیست|سازمان|همکاری|وضعیت|زمانی|سالی|عضو|از|بود|بودند|بوده|هست|هستن|که|یه|چی|کشور|کشورهای|اجلاس|نشست|دبیرکل|شانگهای|شرکای|ناظر|چرا|بعدش)(?=\s|$|[؟?.,،])/g;
const URDU_WORDS =
  /(^|\s)(کیا|ہے|ہیں|کا|کے|کی|میں|کب|کون|کتنے|کہاں|کیوں|تنظیم|رکن|بنا|ہوا|تھا|سے|اور)(?=\s|$|[؟?.,،])/g;

/**
 * Function words and letters that tell the Latin-script languages apart. English is the
 * default; another language must outscore it.
 */
const LATIN: Record<'en' | 'de' | 'es' | 'fr' | 'tr', { words: Set<string>; letters?: RegExp }> = {
  en: {
    words: new Set(
      'the is are was were who whom whose when what which where why how many much does did do of in a an to and member members has have been joined join it its chair capital country countries all if you can list please for partners'.split(
        ' ',
      ),
    ),
  },
  de: {
    words: new Set(
      'der die das ist sind war wer wann wie viele welche welcher welches wo warum wieso seit und nicht mitglied mitglieder mitgliedstaaten hat haben wurde wurden gegrundet beigetreten ein eine einen den dem des zu von im vom zur zum generalsekretar sitz hauptstadt gibt es gehort gehoren staaten lander land vorsitz gipfel gipfeltreffen auch noch jetzt derzeit aktuell heute bis nach vor geschah geschehen passiert passierte wofur steht stehen bedeutet abkurzung amtssprachen sprachen sprache verteidigungsminister partnerlander beigetreten hauptsitz sekretariat befindet liegt wird werden wurden beitreten lautet hatte hatten welches jahr land du ich wir mir mich dir dass sollte sollten soll kann konnte glaubst denkst meinst findest aber oder als mit fur auf uber sich leitet leiter fuhrt gerade kannst konnen seine ihre gleich einem einer steht stimmt sei seien worden umbenannt bericht handbuch laut zufolge heisst schreibt inzwischen eigentlich soz'.split(
        ' ',
      ),
    ),
    letters: /[äöüßÄ]/g,
  },
  es: {
    words: new Set(
      'el la los las lista porfa pasan pasame oye tus reglas escribe ignora es son fue quien quienes cuando cuantos cuantas cual cuales que donde por miembro miembros desde y del una un se esta estan tiene tienen pais paises pertenece forma parte fundo fundada ingreso actual ahora secretario sede cumbre presidencia con para al significa significan siglas idiomas idioma oficiales oficial ocupa socios socio unio unieron paso ministro defensa capital fundo fundaron cuantos estados quienes unira uniran ingresara fundaron tenia presidio ultima celebro tu usted crees cree deberia deberian puede puedes pero tambien sobre mas muy hay fecha ciudad fundacion tenemos confirmar confirma junio julio enero febrero marzo abril mayo agosto septiembre octubre noviembre diciembre lo entro puedo mandar asi consejo jefes gobierno titular correcto cierto firmar niega conjunta ministros declaracion nota'.split(
        ' ',
      ),
    ),
    letters: /[ñ¿¡áíóúÑÁÍÓÚ]/g,
  },
  fr: {
    words: new Set(
      'le la les est sont etait comment ecrit ecrire qui quand combien quel quelle quels quelles ou pourquoi membre membres depuis et pas du de des une un au aux il elle ce cette secretaire siege pays fait partie fondee adhere actuellement aujourdhui sommet presidence capitale avec pour dans signifie sigle langues langue officielles officielle ete assure rejoint ministre trouve passe adhesion etats fonde va rejoindre rejoindra rejoindront prochain prochaine annee signee charte partenaires presidait comptait dernier eu lieu elle tu vous penses pensez crois croyez devrait peut mais aussi sur tres y comparez expliquez indiquez precisez donnez resumez principaux elargissement'.split(
        ' ',
      ),
    ),
    letters: /[èàçêôœùâîûÈÀÇÊÔ]/g,
  },
  tr: {
    words: new Set(
      'mi mu mı mü ne neydi kimdi neredeydi hangisiydi adi tam belge belgesi belgesinin strateji stratejisi zaman kim kimdir kac nerede nerededir hangi hangileri neden nicin niye uye uyesi uyeleri uyeligi ulke ulkeler ve ile bir icin su anda simdi genel sekreter baskent zirve baskanligi katildi kuruldu midir mudur mıdır nedir var yok oldu olarak resmi dil diller dilleri ortak ortaklari ulkeleri yurutuyor donem acilimi baskenti neresi savunma bakani bakanı sekreterya sekreteryasi nelerdir kimdir olan oldu bulunuyor bulunur kimdi katilacak ortagi ulkeydi yapildi vardi bulunuyor imzaladi imzalamadi neden kurdu ilk ulkesi hangisi hangisiydi hangisidir gozlemci zirvesi tarifi ilgisi verir hala halen gorevde gorevi miydi muydu midir mudur di ya zirvesine zirveye zirvede sahipligi yapacak olacak yonetiyor yonetir kimler nerde baskani'.split(
        ' ',
      ),
    ),
    letters: /[ğşıİŞĞ]/g,
  },
};

/** Is the word one of the language's own telling words (so not an English word dropped into it)? */
export function isOwnWord(lang: Lang, word: string): boolean {
  return lang in LATIN && LATIN[lang as keyof typeof LATIN].words.has(word);
}

const LATIN_ENTRIES = Object.entries(LATIN) as [keyof typeof LATIN, (typeof LATIN)[keyof typeof LATIN]][];

/** The asker's language: script first, then vocabulary (de/es/fr/tr against English, fa against ur). */
export function detectLang(text: string): Lang {
  // Latin letters only: no other script to count.
  if (!NON_LATIN.test(text)) return latinLang(text);
  const latinWordCount = text.match(/[A-Za-zÀ-ÿĞğŞşİı]{2,}/g)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const cyr = text.match(/\p{Script=Cyrillic}+/gu)?.length ?? 0;
  const dev = text.match(/\p{Script=Devanagari}+/gu)?.length ?? 0;
  const arab = text.match(/\p{Script=Arabic}+/gu)?.length ?? 0;
  const other = cyr + dev + arab + Math.ceil(han / 2);
  // "is Қазақстан a member" is English with one native name in it.
  if (other > 0 && !(latinWordCount >= 2 && latinWordCount > other)) {
    if (han > 0 && han * 2 >= Math.max(cyr, dev, arab)) return 'zh';
    const best = Math.max(cyr, dev, arab);
    if (best === cyr) return 'ru';
    if (best === dev) return 'hi';
    return arabicLang(text);
  }
  return latinLang(text);
}

const NON_LATIN = /[\u0250-\uffff]/;
const TURKISH_ONLY = /[ğşıİŞĞ]/;
const NON_ASCII = /[^\p{ASCII}]/u;
const TURKISH_SUFFIX =
  /[\p{L}\p{N}]['’](nin|nın|nun|nün|in|ın|un|ün|ye|ya|yi|yı|yu|yü|de|da|te|ta|den|dan|ten|tan|e|a|i|ı|u|ü|le|la|ne|na|dir|dır|dur|dür)(?![\p{L}])/giu;
const FRENCH_ELISION = /(^|[\s(«"])(l|d|qu|j|s|c|n)['’][aeiouyhàâéèêîôû]/gi;

function arabicLang(text: string): Lang {
  const urdu = (text.match(URDU_LETTERS)?.length ?? 0) * 2 + (text.match(URDU_WORDS)?.length ?? 0);
  const persian = (text.match(PERSIAN_WORDS)?.length ?? 0) + (/[ثصضطظ]/.test(text) ? 0 : 0);
  return urdu > persian ? 'ur' : 'fa';
}

/** "…, para el grafismo", "— pour le journal": what the answer is for, tacked on last in another language. */
// (Or inside it, up to a comma: "list all 17 partners para la web del programa, alphabetically if you can".)
const PURPOSE_TAIL = /(?:[,;:—–-]\s*|\s)(?:para|pour|für|fur|per)\s+\S+(?:\s+\S+){0,3}?\s*(?=[,;?.!]|$)/iu;

function latinLang(typed: string): Lang {
  // (The question before such a tail tells its language: "the 17 SCO partners, full list, para el grafismo".)
  const tail = PURPOSE_TAIL.exec(typed);
  const asked = tail ? typed.slice(0, tail.index) + typed.slice(tail.index + tail[0].length) : typed;
  // (Only when what is left shows an English word of its own: "OCS — date de fondation exacte svp, pour le chapô" is French.)
  const left = latinWords(asked);
  const text = left.length >= 3 && left.some((w) => LATIN.en.words.has(w)) ? asked : typed;
  const words = latinWords(text);
  // Elisions and case endings need an apostrophe: most questions have none, and skip both patterns.
  const apostrophe = text.includes("'") || text.includes('’');
  // Every telling letter is beyond ASCII: a text all in ASCII has none to count.
  const lettered = NON_ASCII.test(text);
  let best: Lang = 'en';
  let bestScore = 0;
  let enScore = 0;
  let noGerman = false;
  for (const [lang, { words: vocab, letters }] of LATIN_ENTRIES) {
    let score = words.filter((w) => vocab.has(w)).length;
    // (Beside a letter only Turkish writes, ö and ü are Turkish too: "ŞİÖ üyelerini güçlerine göre sırala".)
    // (Nor without a German word: "Örgütün resmî dilleri hangileri?", "RATS direktörü kim, nereli?" have the ö and ü of
    // Turkish words, and count for Turkish.)
    if (lang === 'de') noGerman = score === 0;
    const own = !lettered
      ? undefined
      : lang === 'de' && (TURKISH_ONLY.test(text) || noGerman)
        ? /[äß]/g
        : lang === 'tr' && noGerman && score > 0
          ? /[ğşıİŞĞöüÖÜ]/g
          : letters;
    if (own) score += Math.min(3, text.match(own)?.length ?? 0) * 1.5;
    // An elided article or pronoun opening a word ("l'OCS", "d'Iran", "qu'elle") is French, never English.
    if (lang === 'fr' && apostrophe) score += Math.min(2, text.match(FRENCH_ELISION)?.length ?? 0) * 1.5;
    // A case ending after an apostrophe ("ŞİÖ'nün", "Astana'da", "Çin'e") is Turkish: the dotless and dotted capitals
    // of the organisation's Turkish name outweigh the ö and ü German shares.
    if (lang === 'tr' && apostrophe) score += Math.min(2, text.match(TURKISH_SUFFIX)?.length ?? 0) * 1.5;
    if (lang === 'en') {
      score += 0.5;
      enScore = score;
    }
    // Another language must show itself: two of its words (or its letters), and more than English
    // shows. One Turkish word of four letters or more is enough when not a single English word is
    // there ("RATS nerede bulunuyor?"): Turkish shares no such words with English, unlike the
    // cognates of the others ("general", "defense").
    const needed = lang === 'tr' && enScore === 0.5 && words.some((w) => w.length >= 4 && vocab.has(w)) ? 1 : 2;
    if (lang !== 'en' && (score < needed || score <= enScore)) continue;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

/** The locale each language is formatted in: Gregorian calendar and Latin digits, as the data writes dates. */
export const LOCALE: Record<Lang, string> = {
  en: 'en-GB',
  zh: 'zh-CN',
  ru: 'ru-RU',
  hi: 'hi-IN',
  fa: 'fa-IR-u-ca-gregory-nu-latn',
  ur: 'ur-PK-u-nu-latn',
  de: 'de-DE',
  es: 'es-ES',
  fr: 'fr-FR',
  tr: 'tr-TR',
};
