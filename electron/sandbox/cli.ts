import { runSandboxCli } from './run-sandbox-cli';

void runSandboxCli(process.argv.slice(2));
