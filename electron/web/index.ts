import '../core/quiet-sdk-warning';
import { resolve } from 'node:path';
import { failWebHost, runWebHost } from './run-web';

// `npm run web` from a clone (tsx): the renderer is the one `npm run build` wrote.
runWebHost(process.argv.slice(2), resolve(__dirname, '../../out/renderer')).catch(failWebHost);
