/** The word a yes/no answer opens with ("Yes.", "Not quite.", "Not in the data."), in the asker's language. */
export type Verdict = 'yes' | 'no' | 'notQuite' | 'unverified' | 'unknown';
