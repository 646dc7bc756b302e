import { FactStore } from './src/facts/store.ts';
import { AskEngine } from './src/ask/engine.ts';
import { toPlainText } from './src/reply/plain-text.ts';
const e = new AskEngine(FactStore.load().withClock(() => new Date('2026-12-03T12:00:00Z')));
for (const q of process.argv.slice(2)) console.log('Q:', q, '\n' + toPlainText(e.answer(q)).split('\n').filter(l=>l && !/^(\[|Sources|Facts)/.test(l)).map(l=>l.slice(0,220)).join('\n'));
