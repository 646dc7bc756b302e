/**
 * Words people use for things the data names otherwise: "which warship" means the destroyer
 * Kaifeng, "ship" and "vessel" too. Looked up for words the lexicon does not know, so the
 * fact search and the "not held" check see the data's own word.
 */
const SYNONYMS: Record<string, readonly string[]> = {
  warship: ['destroyer'],
  warships: ['destroyer'],
  ship: ['destroyer'],
  ships: ['destroyer'],
  vessel: ['destroyer'],
  boat: ['destroyer'],
  navy: ['destroyer'],
  naval: ['destroyer'],
  banquet: ['reception'],
  dinner: ['reception'],
  party: ['reception'],
  venue: ['centre'],
  slogan: ['motto'],
  statute: ['charter'],
  massacre: ['attack'],
  hijack: ['hijacking'],
  hijacked: ['hijacking'],
  train: ['jaffar', 'express'],
};

/** The data's words for a word of the question (the word itself first). */
export function synonymsOf(word: string): readonly string[] {
  const alt = SYNONYMS[word];
  return alt ? [word, ...alt] : [word];
}
