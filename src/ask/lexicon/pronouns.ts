/**
 * Pronouns that point back at what a sentence before named ("… list them", "Перечислите их", "它在哪里"), per
 * language. Articles that are spelled like pronouns ("los", "les") are left out: they point at nothing.
 */
const WORDS = [
  // "… and who leads each": a distributive "each" points back at the things named before as surely as "them".
  'it|its|they|them|their|he|his|him|she|her|each', // en
  'sie|es|er|ihn|ihm|ihre|ihr|sein|seine|ihnen|jeweils', // de
  'ellos|ellas|él|cada uno|cada una', // es
  'ils|elles|il|elle|lui|leur|leurs|chacun|chacune', // fr
  'onlar|onları|onlari|onu|onun|bunlar|bunları', // tr
  'их|его|её|ее|они|он|она|им|ними', // ru
  'उन्हें|उनके|उनकी|उनका|वह|वे|इसे|इसका|इसकी|इनके', // hi
  'آنها|آن‌ها|او', // fa
  'انہیں|انھیں|ان کے|ان کی|وہ|اسے', // ur
].join('|');

const CJK = '它|他们|她们|它们|他|她|其';

export const POINTS_BACK = new RegExp(`(?<![\\p{L}\\p{M}])(?:${WORDS})(?![\\p{L}\\p{M}])|${CJK}`, 'iu');
