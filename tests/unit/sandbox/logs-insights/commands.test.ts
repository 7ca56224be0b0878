import { describe, expect, it } from 'vitest';
import { event, rows, run } from './support';

const events = [
  event(0, '{"level":"INFO","host":"algo-1","msg":"start"}', 'algo-1'),
  event(1500, '{"level":"ERROR","host":"algo-2","msg":"nan loss"}', 'algo-2'),
  event(3250, '{"level":"INFO","host":"algo-1","msg":"epoch 1"}', 'algo-1'),
];

describe('system fields and default order', () => {
  it('answers newest first with AWS timestamp text, the stream and account:group', () => {
    expect(rows('fields @timestamp, @logStream, @log, @ingestionTime', events)).toEqual([
      {
        '@timestamp': '2024-05-01 12:00:03.250',
        '@logStream': 'algo-1',
        '@log': '123456789012:/aws/sagemaker/TrainingJobs',
        '@ingestionTime': '2024-05-01 12:00:03.255',
      },
      {
        '@timestamp': '2024-05-01 12:00:01.500',
        '@logStream': 'algo-2',
        '@log': '123456789012:/aws/sagemaker/TrainingJobs',
        '@ingestionTime': '2024-05-01 12:00:01.505',
      },
      {
        '@timestamp': '2024-05-01 12:00:00.000',
        '@logStream': 'algo-1',
        '@log': '123456789012:/aws/sagemaker/TrainingJobs',
        '@ingestionTime': '2024-05-01 12:00:00.005',
      },
    ]);
  });

  it('ends every event row with a @ptr, and aggregated rows without one', () => {
    const plain = run('fields msg', events).results;
    expect(plain.every((row) => row[row.length - 1]?.field === '@ptr')).toBe(true);
    expect(new Set(plain.map((row) => row[row.length - 1]?.value)).size).toBe(3);
    expect(run('stats count(*)', events).results[0]?.some((field) => field.field === '@ptr')).toBe(false);
  });

  it('shows the system and discovered fields when the query names none', () => {
    expect(Object.keys(rows('filter level = "ERROR"', events)[0] ?? {})).toEqual([
      '@timestamp',
      '@message',
      '@logStream',
      '@log',
      'level',
      'host',
      'msg',
    ]);
  });
});

describe('fields, display, parse, sort, limit, dedup', () => {
  it('computes expressions with as and adds up fields commands', () => {
    expect(rows('fields msg | fields concat(host, "/", level) as where | limit 1', events)).toEqual([
      { msg: 'epoch 1', where: 'algo-1/INFO' },
    ]);
  });

  it('display picks the columns to show, the last display winning', () => {
    expect(rows('fields msg, host | display host | display msg | limit 1', events)).toEqual([{ msg: 'epoch 1' }]);
  });

  it('parse with a glob and with named groups; events that do not match keep no extracted field', () => {
    const lines = [event(0, 'user=ana action=login'), event(1, 'heartbeat')];
    expect(rows('parse @message "user=* action=*" as user, action | display user, action, @message', lines)).toEqual([
      { '@message': 'heartbeat' },
      { user: 'ana', action: 'login', '@message': 'user=ana action=login' },
    ]);
    expect(rows('parse @message /user=(?<who>\\w+)/ | filter ispresent(who) | display who', lines)).toEqual([
      { who: 'ana' },
    ]);
  });

  it('sorts descending by default, ascending with asc, in AWS natural order', () => {
    const values = ['a10', 'a9', 'b', '7', '100'].map((value, index) => event(index, JSON.stringify({ v: value })));
    expect(rows('sort v asc | display v', values).map((row) => row.v)).toEqual(['a9', 'a10', 'b', '7', '100']);
    expect(rows('sort v | display v', values).map((row) => row.v)).toEqual(['100', '7', 'b', 'a10', 'a9']);
  });

  it('limit keeps the first N rows, and the API limit caps what comes back', () => {
    expect(rows('fields msg | sort @timestamp asc | limit 2', events)).toEqual([{ msg: 'start' }, { msg: 'nan loss' }]);
    expect(rows('fields msg', events, 1)).toEqual([{ msg: 'epoch 1' }]);
  });

  it('dedup keeps the first row of each combination', () => {
    expect(rows('dedup host | display host, msg', events)).toEqual([
      { host: 'algo-1', msg: 'epoch 1' },
      { host: 'algo-2', msg: 'nan loss' },
    ]);
  });
});
