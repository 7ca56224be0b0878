import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = __dirname;

export default defineConfig(({ command }) => ({
  main: {
    // The release feed the update check reads is fixed at build time (electron/core/updates/update-feed.ts).
    define: { 'process.env.SAGEDECK_UPDATE_FEED': JSON.stringify(process.env.SAGEDECK_UPDATE_FEED ?? '') },
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() anything but a few Electron modules: bundle it whole.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // Relative asset URLs work under both app://sagedeck/ (Electron) and http://127.0.0.1 (web host).
    base: './',
    plugins: [react()],
    // The dev server injects scripts that need a nonce; a production build never ships one.
    ...(command === 'serve' ? { html: { cspNonce: 'SAGEDECK_DEV_NONCE' } } : {}),
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // No inline scripts or styles under the production CSP.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified by default; minified, the first chunk is ~1/3 the size.
      minify: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
}));
