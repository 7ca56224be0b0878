import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createManualClock, type ManualClock } from '../../../electron/sandbox/clock';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../electron/sandbox/index';
import {
  AwsError,
  EventStreamOutput,
  type ServiceModuleFactory,
  type StreamEvent,
} from '../../../electron/sandbox/types';

// The SDK's Node 20 end-of-support notice would otherwise open every test's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface ClientConfig {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  forcePathStyle: true;
  /** StartLiveTail prefixes `stream-` to the host; a loopback endpoint has no such host. */
  disableHostPrefix: true;
}

export interface TestSandbox {
  sandbox: RunningSandbox;
  clock: ManualClock;
  /** Ready for any SDK v3 client constructor (`new STSClient(env.config)`). */
  config: ClientConfig;
  /** The same config signed with other credentials (issued by STS, or deliberately wrong). */
  configWith(credentials: ClientConfig['credentials']): ClientConfig;
  stop(): Promise<void>;
}

/** A sandbox on a free loopback port with a manual clock: nothing moves until the test says so. */
export async function startTestSandbox(options: Omit<SandboxOptions, 'clock' | 'port'> = {}): Promise<TestSandbox> {
  const clock = createManualClock();
  const sandbox = await startSandbox({ seed: 'empty', ...options, port: 0, clock });
  const config: ClientConfig = {
    endpoint: sandbox.endpoint,
    region: 'us-east-1',
    credentials: sandbox.credentials,
    forcePathStyle: true,
    disableHostPrefix: true,
  };
  return {
    sandbox,
    clock,
    config,
    configWith: (credentials) => ({ ...config, credentials }),
    stop: () => sandbox.stop(),
  };
}

export interface AwsCliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface AwsCliEnv {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  region?: string;
}

/**
 * Runs the Debian AWS CLI v2 (`/usr/bin/aws`, by full path: another `aws` comes first on PATH)
 * against the sandbox with a throwaway HOME and no config files, so nothing of the machine's
 * own AWS setup can leak in.
 */
export async function runAwsCli(args: string[], env: AwsCliEnv): Promise<AwsCliResult> {
  const home = mkdtempSync(join(tmpdir(), 'sagedeck-awscli-'));
  const childEnv: NodeJS.ProcessEnv = {
    PATH: '/usr/bin:/bin',
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
    AWS_ACCESS_KEY_ID: env.accessKeyId,
    AWS_SECRET_ACCESS_KEY: env.secretAccessKey,
    AWS_DEFAULT_REGION: env.region ?? 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    AWS_MAX_ATTEMPTS: '1',
  };
  if (env.sessionToken) childEnv.AWS_SESSION_TOKEN = env.sessionToken;
  try {
    return await new Promise<AwsCliResult>((resolve, reject) => {
      execFile(
        '/usr/bin/aws',
        [...args, '--endpoint-url', env.endpoint, '--output', 'json'],
        { env: childEnv, timeout: 30_000 },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') reject(error);
          else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Calls the control API over HTTP, as a tool outside the test process would. */
export async function control(
  endpoint: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${endpoint}/_sandbox/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/**
 * Stand-ins with the shapes of real AWS services, so the protocol layer can be tested through the
 * real SDK clients independently of the service modules being built beside it.
 */
export const fakeSageMaker: ServiceModuleFactory = () => ({
  services: [
    {
      signingName: 'sagemaker',
      protocol: 'awsJson1_1',
      targetPrefix: 'SageMaker',
      operations: {
        ListTrainingJobs: (input) => ({
          TrainingJobSummaries: [
            {
              TrainingJobName: `job-${String(input.NameContains ?? 'any')}`,
              TrainingJobArn: 'arn:aws:sagemaker:us-east-1:111122223333:training-job/job',
              CreationTime: new Date(Date.UTC(2026, 0, 5, 9, 30, 15, 250)),
              TrainingJobStatus: 'Completed',
            },
          ],
        }),
        DescribeTrainingJob: (input) => {
          throw new AwsError(
            'ValidationException',
            `Requested resource not found: ${String(input.TrainingJobName)}`,
            400,
          );
        },
        CreateTrainingJob: () => {
          throw new AwsError('ResourceLimitExceeded', 'The account-level service limit is exceeded.', 400);
        },
      },
    },
  ],
});

export const fakeRuntime: ServiceModuleFactory = () => ({
  services: [
    {
      signingName: 'sagemaker',
      protocol: 'restJson1',
      operations: {
        InvokeEndpoint: (input) => {
          if (input.EndpointName === 'missing')
            throw new AwsError(
              'ValidationError',
              `Endpoint ${String(input.EndpointName)} of account 111122223333 not found.`,
              400,
            );
          const body = Buffer.from(
            JSON.stringify({
              echo: Buffer.from(input.Body as Uint8Array).toString('utf8'),
              endpoint: input.EndpointName,
              accept: input.Accept,
            }),
          );
          return { Body: body, ContentType: 'application/json', InvokedProductionVariant: 'AllTraffic' };
        },
      },
      routes: [
        {
          operation: 'InvokeEndpoint',
          method: 'POST',
          path: '/endpoints/{EndpointName}/invocations',
          payload: 'Body',
          headers: { ContentType: 'Content-Type', Accept: 'Accept' },
          responsePayload: 'Body',
          responseHeaders: {
            ContentType: 'Content-Type',
            InvokedProductionVariant: 'x-Amzn-Invoked-Production-Variant',
          },
        },
      ],
    },
  ],
});

export const fakeCloudWatch: ServiceModuleFactory = () => ({
  services: [
    {
      signingName: 'monitoring',
      protocol: 'awsJson1_0',
      targetPrefix: 'GraniteServiceVersion20100801',
      operations: {
        ListDashboards: () => ({
          DashboardEntries: [{ DashboardName: 'churn', LastModified: new Date(Date.UTC(2026, 0, 1)), Size: 42 }],
        }),
      },
    },
  ],
});

export interface FakeLogsProbe {
  /** Events the fake Live Tail yields, in order; an AwsError item ends the stream with it. */
  script: (StreamEvent | AwsError)[];
  /** Resolves when the producer's finally block runs (the stream was closed). */
  closed: Promise<void>;
  aborted: boolean;
}

/** A Logs stand-in whose StartLiveTail streams a scripted list of events. */
export function fakeLiveTail(probe: Omit<FakeLogsProbe, 'closed' | 'aborted'> & { hold?: boolean }): {
  factory: ServiceModuleFactory;
  probe: FakeLogsProbe;
} {
  let markClosed = () => undefined as void;
  const full: FakeLogsProbe = {
    script: probe.script,
    closed: new Promise<void>((resolve) => (markClosed = resolve)),
    aborted: false,
  };
  const factory: ServiceModuleFactory = () => ({
    services: [
      {
        signingName: 'logs',
        protocol: 'awsJson1_1',
        targetPrefix: 'Logs_20140328',
        operations: {
          StartLiveTail: (_input, ctx) => {
            async function* events(): AsyncGenerator<StreamEvent> {
              try {
                for (const item of full.script) {
                  if (item instanceof AwsError) throw item;
                  yield item;
                }
                if (probe.hold) {
                  await new Promise<void>((resolve) =>
                    ctx.signal.addEventListener('abort', () => resolve(), { once: true }),
                  );
                  full.aborted = ctx.signal.aborted;
                }
              } finally {
                markClosed();
              }
            }
            return new EventStreamOutput(events());
          },
        },
      },
    ],
  });
  return { factory, probe: full };
}

/** A stateful stand-in for persistence tests: a counter that survives restarts via snapshot(). */
export const fakeCounterService: ServiceModuleFactory = () => {
  let value = 0;
  let seeded = 0;
  return {
    services: [
      {
        signingName: 'monitoring',
        protocol: 'awsJson1_0',
        targetPrefix: 'GraniteServiceVersion20100801',
        operations: {
          PutDashboard: () => {
            value += 1;
            return { DashboardValidationMessages: [] };
          },
          ListDashboards: () => ({
            DashboardEntries: [{ DashboardName: `value-${value}-seeded-${seeded}`, Size: value }],
          }),
        },
        snapshot: () => ({ value, seeded }),
        restore: (state) => {
          const saved = state as { value: number; seeded: number };
          value = saved.value;
          seeded = saved.seeded;
        },
        reset: () => {
          value = 0;
          seeded = 0;
        },
      },
    ],
    seed: (kind) => {
      if (kind === 'demo') seeded += 1;
    },
  };
};

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
