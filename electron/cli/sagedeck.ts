import '../core/quiet-sdk-warning';
import { resolve } from 'node:path';
import packageJson from '../../package.json';
import { runSandboxCli } from '../sandbox/run-sandbox-cli';
import { failWebHost, runWebHost } from '../web/run-web';
import { failUnexpected, runCli } from './run-cli';

/** Commands of the CLI proper; anything else (no command, or only options) opens the console. */
const CLI_COMMANDS = new Set(['call', 'sso', 'tail', 'diagnostics', 'channels']);
const WEB_USAGE = 'Usage: sagedeck [--port N] [--no-open] [--data-dir DIR] | sagedeck call|tail|sso|diagnostics|channels … | sagedeck sandbox … | sagedeck --version';

/**
 * The installed `sagedeck` command (npm install -g): one bundled file, next to the built renderer
 * (`renderer/` beside it in the package), so nothing is compiled at run time and no dev tool is needed.
 */
function main(argv: string[]): void {
  const [first, ...rest] = argv;
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
