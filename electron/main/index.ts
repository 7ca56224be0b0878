import { join } from 'node:path';
import { createCore } from '../core';
import { runApp } from './lifecycle';

// Bundled to out/main/index.js: the preload and renderer builds sit beside it under out/.
runApp({
  createCore,
  paths: {
    preload: join(__dirname, '../preload/index.cjs'),
    rendererDir: join(__dirname, '../renderer'),
  },
});
