import { describe, expect, it } from 'vitest';
import { facts } from '../helpers/app.js';
import { EntityFinder } from '../../src/ask/entities.js';
import { parseQuestion } from '../../src/ask/text.js';
import { splitQuestions } from '../../src/ask/split.js';

const finder = new EntityFinder(facts());
const split = (raw: string) => {
  const q = parseQuestion(raw);
  return splitQuestions(q, finder.find(q));
};

describe('splitting a line that asks two questions', () => {
  it('gives the second question the country the line names when it says "its"', () => {
    expect(split('when did india join and who was its defence minister at qingdao')).toEqual(['when did india join', "who was India's defence minister at qingdao"]);
  });

  it('gives a part that names nothing the meeting the line names', () => {
    expect(split('who chaired the meeting and who refused to sign at qingdao')).toEqual(['who chaired the meeting at Qingdao', 'who refused to sign at qingdao']);
  });

  it('leaves a list of names joined by "and" as one question', () => {
    expect(split('did india and pakistan join in 2017')).toEqual(['did india and pakistan join in 2017']);
  });

  it('leaves questions in other languages whole', () => {
    expect(split('Когда Индия вступила и кто министр обороны')).toHaveLength(1);
  });
});
