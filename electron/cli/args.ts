export interface CliArgs {
  command: string | undefined;
  positional: string[];
  profile?: string;
  region?: string;
  dataDir?: string;
  yes: boolean;
  confirm?: string;
}

const VALUE_FLAGS = new Set(['--profile', '--region', '--data-dir', '--confirm']);

/** Small, strict parser: an unknown flag is an error rather than silently ignored. */
export function parseCliArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: undefined, positional: [], yes: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUE_FLAGS.has(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      if (arg === '--profile') args.profile = value;
      else if (arg === '--region') args.region = value;
      else if (arg === '--data-dir') args.dataDir = value;
      else args.confirm = value;
    } else if (arg === '--yes' || arg === '-y') args.yes = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (args.command === undefined) args.command = arg;
    else args.positional.push(arg);
  }
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
