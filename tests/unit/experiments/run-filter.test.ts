import { describe, expect, it } from 'vitest';
import { parseRunFilter } from '../../../shared/domain/run-filter';
import { run } from './runs';

const runs = [
  run('a', { max_depth: '6', eta: 0.3, objective: 'binary:logistic' }, { 'validation:auc': 0.93, 'train:error': 0.08 }),
  run('b', { max_depth: '4', eta: 0.1, objective: 'binary:logistic' }, { 'validation:auc': 0.91 }),
  run('c', { max_depth: 6, eta: 0.2, objective: 'reg:squarederror' }, { 'validation:auc': 0.85 }),
];
const known = { parameters: ['max_depth', 'eta', 'objective'], metrics: ['validation:auc', 'train:error'] };

function names(text: string): string[] {
  const filter = parseRunFilter(text, known);
  if (!filter.ok) throw new Error(filter.message);
  return runs.filter(filter.matches).map((r) => r.name);
}

function failure(text: string) {
  const filter = parseRunFilter(text, known);
  if (filter.ok) throw new Error(`${text} parsed`);
  return filter;
}

describe('run filter expressions', () => {
  it('keeps every run for an empty expression', () => {
    expect(names('')).toEqual(['a', 'b', 'c']);
    expect(names('   ')).toEqual(['a', 'b', 'c']);
  });

  it('joins a metric and a parameter condition with and, numbers matching string parameters', () => {
    expect(names('validation:auc > 0.9 and max_depth = 6')).toEqual(['a']);
    expect(names('max_depth=6')).toEqual(['a', 'c']);
    expect(names('max_depth != 6')).toEqual(['b']);
  });

  it('compares with every operator, and reads a metric statistic named explicitly', () => {
    expect(names('validation:auc < 0.91')).toEqual(['c']);
    expect(names('validation:auc <= 0.91')).toEqual(['b', 'c']);
    expect(names('validation:auc.max > 1')).toEqual(['a', 'b']);
    expect(names('validation:auc.min < 0.8')).toEqual(['c']);
    expect(names('validation:auc.count = 10')).toEqual(['a', 'b', 'c']);
  });

  it('matches text with contains (any case) and = on quoted strings', () => {
    expect(names('objective contains LOGISTIC')).toEqual(['a', 'b']);
    expect(names('objective = "reg:squarederror"')).toEqual(['c']);
    expect(names("objective = 'binary:logistic' and eta > 0.2")).toEqual(['a']);
  });

  it('never matches a run that lacks the name', () => {
    expect(names('train:error < 1')).toEqual(['a']);
    expect(names('train:error != 5')).toEqual(['a']);
  });

  it('says what is wrong and where', () => {
    expect(failure('validation:auc > ')).toMatchObject({
      position: 17,
      message: 'Expected a value after ">" (at character 18)',
    });
    expect(failure('validation:auc 0.9')).toMatchObject({
      position: 15,
      message: expect.stringContaining('Expected an operator (=, !=, >, >=, <, <=, contains) after "validation:auc"'),
    });
    expect(failure('max_depth = 6 or eta > 1')).toMatchObject({
      position: 14,
      message: 'Expected "and" before "or" (at character 15)',
    });
    expect(failure('accuracy > 0.9')).toMatchObject({
      position: 0,
      message: expect.stringContaining('"accuracy" is neither a parameter nor a metric'),
    });
    expect(failure('eta > high')).toMatchObject({
      position: 6,
      message: expect.stringContaining('">" compares numbers; "high" is not one'),
    });
    expect(failure('objective = "binary')).toMatchObject({
      position: 12,
      message: expect.stringContaining('has no closing "'),
    });
    expect(failure('max_depth = 6 and')).toMatchObject({
      position: 17,
      message: expect.stringContaining('Expected a parameter or metric name'),
    });
  });

  it('accepts any name when the runs are not known yet', () => {
    const filter = parseRunFilter('accuracy > 0.9');
    expect(filter.ok && runs.filter(filter.matches)).toEqual([]);
  });
});
