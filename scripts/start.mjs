// `npm start`: build, then run the Electron app; where no Electron binary can be had (a machine
// that cannot reach its download host), say so in one line and run the web host instead.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// `npm run build`: the Electron bundles and the renderer, then the `sagedeck` command (web host).
const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// require('electron') returns the binary's path, downloading it first if needed; run it in a
// child so a failed download's stack trace does not flood the terminal.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
  timeout: 10 * 60 * 1000,
});
const passthrough = process.argv.slice(2);
const run = (command, args) => {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
};

if (probe.status === 0 && probe.stdout) {
  run(probe.stdout, ['.', ...passthrough]);
} else {
  console.log('Electron binary not available on this machine: starting the SageDeck web host in your browser instead.');
  run(process.execPath, [join(root, 'out/cli/sagedeck.cjs'), ...passthrough]);
}
