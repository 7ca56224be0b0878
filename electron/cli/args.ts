import { parseArgs } from 'node:util';

export interface CliArgs {
  command: string | undefined;
  positional: string[];
  profile?: string;
  region?: string;
  dataDir?: string;
  yes: boolean;
  confirm?: string;
}

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
      yes: { type: 'boolean', short: 'y' },
    },
  });
  const [command, ...positional] = positionals;
  const args: CliArgs = { command, positional, yes: values.yes ?? false };
  if (values.profile !== undefined) args.profile = values.profile;
  if (values.region !== undefined) args.region = values.region;
  if (values['data-dir'] !== undefined) args.dataDir = values['data-dir'];
  if (values.confirm !== undefined) args.confirm = values.confirm;
  return args;
}

export const USAGE = `Usage:
  sagedeck call <channel> ['<json input>'] [--profile NAME] [--region CODE] [--yes] [--confirm NAME]
  sagedeck sso login --profile NAME
  sagedeck channels
Commands:
  call        send one request through the dispatcher and print its JSON result
  sso login   sign in to an IAM Identity Center (SSO) profile: prints the code and URL to stderr,
              waits until the sign-in is approved, then prints {"profile","state","expiresAt"}
  channels    list the request and stream channels
Options:
  --profile, --region   call: act as this profile/region for this call only (not remembered);
                        sso login: the profile to sign in
  --yes                 confirm a destructive action
  --confirm NAME        type the resource name, required for destructive actions on production profiles
  --data-dir DIR        app data dir (default: the console's, or SAGEDECK_DATA_DIR)`;
