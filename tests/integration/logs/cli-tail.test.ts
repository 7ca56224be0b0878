import { rmSync } from 'node:fs';
import { FilterLogEventsCommand, type CloudWatchLogsClient, type FilteredLogEvent } from '@aws-sdk/client-cloudwatch-logs';
import { CreateTrainingJobCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import type { LogEvent } from '../../../shared/domain/logs';
import { runCli } from '../../support/cli-process';
import type { TempHome } from '../../support/web-host-process';
import { trainingRequest } from '../jobs/jobs-harness';
import { createGroup, logsClient, profileHome, putEvents, startTail, type TailProcess } from './logs-core-harness';

/**
 * "Another AWS-compatible emulator": a sandbox of its own, reached only through a profile's
 * endpoint_url, and a real `tail` process in a temp home. Each test starts and stops its own.
 */
interface Emulator {
  sandbox: RunningSandbox;
  home: TempHome;
  logs: CloudWatchLogsClient;
  tails: TailProcess[];
}

let emulator: Emulator | undefined;

async function startEmulator(timeScale = 1): Promise<Emulator> {
  const sandbox = await startSandbox({ port: 0, seed: 'empty', timeScale });
  emulator = {
    sandbox,
    home: profileHome('emulator', sandbox.endpoint, sandbox.credentials),
    logs: logsClient(sandbox.endpoint, sandbox.credentials),
    tails: [],
  };
  return emulator;
}

function tail(world: Emulator, ...args: string[]): TailProcess {
  const cli = startTail(world.home.env, ...args, '--profile', 'emulator');
  world.tails.push(cli);
  return cli;
}

afterEach(async () => {
  if (!emulator) return;
  for (const cli of emulator.tails) cli.kill();
  emulator.logs.destroy();
  await emulator.sandbox.stop();
  rmSync(emulator.home.dir, { recursive: true, force: true });
  emulator = undefined;
});

/** Real time allowed for a CLI process to start (npm, tsx) and deliver: generous on a busy 2-core runner. */
const CLI_MS = 40_000;

/** A burst across two streams, 25 events each, interleaved in time, stamped now. */
async function burst(logs: CloudWatchLogsClient, group: string, label: string): Promise<string[]> {
  const at = Date.now();
  const messages: string[] = [];
  for (const [index, stream] of ['web/1', 'web/2'].entries()) {
    const events = Array.from({ length: 25 }, (_, n) => ({ timestamp: at + n * 2 + index, message: `${label} ${stream} #${n}` }));
    await putEvents(logs, group, stream, events);
    messages.push(...events.map((event) => event.message));
  }
  return messages;
}

function parseJsonLines(lines: string[]): (LogEvent & { time: string })[] {
  return lines.map((line) => JSON.parse(line) as LogEvent & { time: string });
}

/** Every event of the group in the range, as the text format prints it. */
async function textLinesOf(logs: CloudWatchLogsClient, group: string, prefix: string): Promise<string[]> {
  const events: FilteredLogEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await logs.send(new FilterLogEventsCommand({ logGroupName: group, logStreamNamePrefix: prefix, nextToken }));
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return events.map((event) => `${new Date(event.timestamp!).toISOString()} ${event.logStreamName} ${event.message!.replace(/\n$/, '')}`);
}

describe('sagedeck tail', () => {
  it('prints a group\'s events from --since and then live, each exactly once, in order per stream; Ctrl-C exits 0', async () => {
    const world = await startEmulator();
    const group = '/app/web';
    await createGroup(world.logs, group, ['web/1', 'web/2']);
    const before = await burst(world.logs, group, 'before');

    const cli = tail(world, '--group', group, '--since', '5m', '--format', 'json');
    await cli.waitFor(() => cli.lines.length >= before.length, 'the events from before the tail started', CLI_MS);
    expect(cli.stderr()).toMatch(/Tailing .*\/app\/web.* through Live Tail from /);

    const live = await burst(world.logs, group, 'live');
    await cli.waitFor(() => cli.lines.length >= before.length + live.length, 'the live burst', CLI_MS);
    cli.interrupt();
    expect(await cli.exited).toBe(0);

    const printed = parseJsonLines(cli.lines);
    expect(printed.map((event) => event.message).sort()).toEqual([...before, ...live].sort());
    expect(new Set(printed.map((event) => event.id)).size).toBe(printed.length);
    for (const stream of ['web/1', 'web/2']) {
      const times = printed.filter((event) => event.stream === stream).map((event) => event.timestamp);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    expect(printed[0]).toEqual({
      time: new Date(printed[0]!.timestamp).toISOString(),
      id: expect.any(String),
      timestamp: expect.any(Number),
      group,
      stream: expect.stringMatching(/^web\/[12]$/),
      message: expect.stringMatching(/^before web\/[12] #\d+$/),
      ...(printed[0]!.ingestionTime !== undefined ? { ingestionTime: expect.any(Number) } : {}),
    });
  }, 120_000);

  it('follows chosen streams through a filter pattern in the text format; SIGTERM exits 0', async () => {
    const world = await startEmulator();
    const group = '/app/web';
    await createGroup(world.logs, group, ['web/1', 'web/2']);
    const cli = tail(world, '--group', group, '--stream', 'web/2', '--filter', 'ERROR', '--since', '30s');
    await cli.waitFor(() => /Tailing /.test(cli.stderr()), 'the tail to start', CLI_MS);

    const at = Date.now();
    const lines = ['INFO served /health', 'ERROR upstream timed out', 'WARN slow request', 'ERROR upstream refused'];
    for (const stream of ['web/1', 'web/2']) {
      await putEvents(world.logs, group, stream, lines.map((message, n) => ({ timestamp: at + n, message: `${message} (${stream})` })));
    }
    await cli.waitFor(() => cli.lines.length >= 2, 'the two matching lines', CLI_MS);
    cli.terminate();
    expect(await cli.exited).toBe(0);
    expect(cli.lines).toEqual([
      `${new Date(at + 1).toISOString()} web/2 ERROR upstream timed out (web/2)`,
      `${new Date(at + 3).toISOString()} web/2 ERROR upstream refused (web/2)`,
    ]);
  }, 120_000);

  it('follows every instance of a training job and ends by itself when the job completes', async () => {
    // 30× time: the job's 145 simulated seconds (start-up, download, 10 rounds, upload) take about 5 s.
    const world = await startEmulator(30);
    const sagemaker = new SageMakerClient({ endpoint: world.sandbox.endpoint, region: 'us-east-1', credentials: world.sandbox.credentials });
    const name = 'churn-xgb-tail';
    try {
      await sagemaker.send(
        new CreateTrainingJobCommand(
          trainingRequest(name, 10, { ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 2, VolumeSizeInGB: 30 } }),
        ),
      );
    } finally {
      sagemaker.destroy();
    }

    const cli = tail(world, '--job', name, '--since', '10m');
    await cli.waitFor(() => /Ended at /.test(cli.stderr()), 'the tail to end with the job', CLI_MS * 2);
    expect(await cli.exited, cli.stderr()).toBe(0);
    expect(cli.stderr()).toMatch(new RegExp(`Ended at .*: Training job ${name} Completed`));

    const expected = await textLinesOf(world.logs, '/aws/sagemaker/TrainingJobs', `${name}/`);
    expect(new Set(expected.map((line) => line.split(' ')[1])).size).toBe(2);
    expect(expected.filter((line) => line.includes('[9]#011train-logloss'))).toHaveLength(2);
    expect([...cli.lines].sort()).toEqual([...expected].sort());
  }, 120_000);

  it('falls back to polling, and says so, through an emulator without Live Tail', async () => {
    const world = await startEmulator();
    const answer = await fetch(`${world.sandbox.endpoint}/_sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ operation: 'logs:StartLiveTail', kind: 'unknownOperation' }),
    });
    expect(answer.status).toBe(200);
    const group = '/app/web';
    await createGroup(world.logs, group, ['web/1', 'web/2']);

    const cli = tail(world, '--group', group, '--stream-prefix', 'web/', '--format', 'json');
    await cli.waitFor(() => /polling/.test(cli.stderr()), 'the tail to say it polls', CLI_MS);
    const live = await burst(world.logs, group, 'polled');
    await cli.waitFor(() => cli.lines.length >= live.length, 'the polled burst', CLI_MS);
    const second = await burst(world.logs, group, 'again');
    await cli.waitFor(() => cli.lines.length >= live.length + second.length, 'the second burst', CLI_MS);
    cli.interrupt();
    expect(await cli.exited).toBe(0);

    expect(cli.stderr()).toMatch(/polling \(FilterLogEvents\)/);
    const printed = parseJsonLines(cli.lines);
    expect(printed.map((event) => event.message).sort()).toEqual([...live, ...second].sort());
    expect(new Set(printed.map((event) => event.id)).size).toBe(printed.length);
    expect(world.sandbox.control.counters()['logs:FilterLogEvents']).toBeGreaterThan(0);
  }, 120_000);

  it('refuses contradictory or malformed options with a usage error, exit 2, before connecting', async () => {
    const world = await startEmulator();
    const cases: [string[], RegExp][] = [
      [['--group', '/a', '--job', 'j'], /exactly one of --group, --job or --endpoint/],
      [['--job', 'j', '--kind', 'batch'], /--kind is training or processing/],
      [['--group', '/a', '--since', 'yesterday'], /--since takes 30s, 10m, 2h, 1d or an ISO time/],
      [['--endpoint', 'e', '--stream', 's'], /--stream and --stream-prefix go with --group/],
      [['--group', '/a', '--format', 'xml'], /--format is text or json/],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(world.home.env, 'tail', ...args, '--profile', 'emulator')));
    for (const [index, [args, message]] of cases.entries()) {
      expect(results[index]?.code, args.join(' ')).toBe(2);
      expect(JSON.parse(results[index]!.stderr)).toMatchObject({ code: 'InvalidInput', message: expect.stringMatching(message) });
    }
    expect(world.sandbox.control.counters()).toEqual({});
  }, 120_000);
});
