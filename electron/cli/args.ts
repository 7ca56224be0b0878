import { parseArgs } from 'node:util';

export interface CliArgs {
  command: string | undefined;
  positional: string[];
  profile?: string;
  region?: string;
  dataDir?: string;
  yes: boolean;
  confirm?: string;
  /** diagnostics: the file to write instead of stdout. */
  out?: string;
  /** The tail command's flags, as typed; `tail-args.ts` turns them into a `logs.tail` input. */
  tail: TailFlags;
}

export interface TailFlags {
  group?: string;
  stream?: string[];
  streamPrefix?: string;
  job?: string;
  kind?: string;
  endpoint?: string;
  since?: string;
  filter?: string;
  format?: string;
}

const TAIL_OPTIONS = {
  group: 'group',
  stream: 'stream',
  'stream-prefix': 'streamPrefix',
  job: 'job',
  kind: 'kind',
  endpoint: 'endpoint',
  since: 'since',
  filter: 'filter',
  format: 'format',
} as const satisfies Record<string, keyof TailFlags>;

/**
 * Node's own parser (strict: an unknown flag is an error rather than silently ignored), so
 * `--profile=dev` and `--profile dev` both work as in every other CLI.
 */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      region: { type: 'string' },
      'data-dir': { type: 'string' },
      confirm: { type: 'string' },
      out: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      group: { type: 'string' },
      stream: { type: 'string', multiple: true },
      'stream-prefix': { type: 'string' },
      job: { type: 'string' },
      kind: { type: 'string' },
      endpoint: { type: 'string' },
      since: { type: 'string' },
      filter: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const [command, ...positional] = positionals;
  const tail: TailFlags = {};
  for (const [option, key] of Object.entries(TAIL_OPTIONS)) {
    const value = values[option as keyof typeof TAIL_OPTIONS];
    if (value === undefined) continue;
    // One parser for every command keeps `--profile` wherever it is typed; tail's flags stay tail's.
    if (command !== 'tail') throw new Error(`--${option} is an option of the tail command`);
    (tail as Record<string, unknown>)[key] = value;
  }
  const args: CliArgs = { command, positional, yes: values.yes ?? false, tail };
  if (values.profile !== undefined) args.profile = values.profile;
  if (values.region !== undefined) args.region = values.region;
  if (values['data-dir'] !== undefined) args.dataDir = values['data-dir'];
  if (values.confirm !== undefined) args.confirm = values.confirm;
  if (values.out !== undefined) {
    if (command !== 'diagnostics') throw new Error('--out is an option of the diagnostics command');
    args.out = values.out;
  }
  return args;
}

export const USAGE = `Usage:
  sagedeck call <channel> ['<json input>'] [--profile NAME] [--region CODE] [--yes] [--confirm NAME]
  sagedeck sso login --profile NAME
  sagedeck tail (--group G [--stream S]... [--stream-prefix P] | --job NAME [--kind training|processing] | --endpoint NAME)
                [--since 10m|2h|1d|ISO-TIME] [--filter PATTERN] [--format text|json] [--profile NAME] [--region CODE]
  sagedeck diagnostics [--out FILE]
  sagedeck channels
Commands:
  call        send one request through the dispatcher and print its JSON result
  sso login   sign in to an IAM Identity Center (SSO) profile: prints the code and URL to stderr,
              waits until the sign-in is approved, then prints {"profile","state","expiresAt"}
  tail        print a log group's, a job's (every instance) or an endpoint's (every variant) events
              live, one line per event, until Ctrl-C or until the job ends; notices go to stderr
  diagnostics write the diagnostics file (versions, settings and profiles without secrets, the last 500
              journal lines, this run's request counters and errors) to FILE, or print it
  channels    list the request and stream channels
Options:
  --since               tail: start this long ago (30s, 10m, 2h, 1d) or at an ISO time (default: 1 minute ago)
  --filter              tail: a CloudWatch Logs filter pattern (ERROR, "exact phrase", { $.level = "ERROR" })
  --format              tail: text (<ISO time> <stream> <message>, the default) or json (one object per line)
  --profile, --region   call, tail: act as this profile/region for this call only (not remembered);
                        sso login: the profile to sign in
  --yes                 confirm a destructive action
  --confirm NAME        type the resource name, required for destructive actions on production profiles
  --data-dir DIR        app data dir (default: the console's, or SAGEDECK_DATA_DIR)`;
