import '../core/quiet-sdk-warning';
import { failUnexpected, runCli } from './run-cli';

// `npm run -s cli -- …` from a clone (tsx); the installed `sagedeck` command runs the same commands.
runCli(process.argv.slice(2)).catch(failUnexpected);
