import '../core/quiet-sdk-warning';
import { resolve } from 'node:path';
import packageJson from '../../package.json';
import { runSandboxCli } from '../sandbox/run-sandbox-cli';
import { failWebHost, runWebHost } from '../web/run-web';
import { failUnexpected, runCli } from './run-cli';

/** Commands of the CLI proper; anything else (no command, or only options) opens the console. */
const CLI_COMMANDS = new Set(['call', 'sso', 'tail', 'diagnostics', 'channels']);
const WEB_USAGE = 'Usage: sagedeck [--port N] [--no-open] [--data-dir DIR] | sagedeck call|tail|sso|diagnostics|channels … | sagedeck sandbox … | sagedeck --version';
const HELP = [
  'sagedeck: the SageDeck operations console for an AWS SageMaker pipeline.',
  '  sagedeck [--port N] [--no-open] [--data-dir DIR]   open the console in your browser (prints SAGEDECK READY <url>)',
  "  sagedeck call <channel> ['<json>'] [--profile P] [--region R] [--yes]   one console request, printed as JSON",
  '  sagedeck tail …, sagedeck sso login --profile P, sagedeck diagnostics [--out FILE], sagedeck channels',
  '  sagedeck sandbox [--port N] [--seed demo|empty]   the built-in AWS sandbox on its own',
  '  sagedeck --version',
  'Each command without arguments or with a wrong one prints its own usage.',
].join('\n');

/**
 * The installed `sagedeck` command (npm install -g): one bundled file, next to the built renderer
 * (`renderer/` beside it in the package), so nothing is compiled at run time and no dev tool is needed.
 */
function main(argv: string[]): void {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${packageJson.version}\n`);
    return;
  }
  if (first === 'sandbox') {
    void runSandboxCli(rest);
    return;
  }
  if (first !== undefined && CLI_COMMANDS.has(first)) {
    runCli(argv).catch(failUnexpected);
    return;
  }
  runWebHost(argv, resolve(__dirname, '../renderer'), WEB_USAGE).catch(failWebHost);
}

main(process.argv.slice(2));
