import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const demo = fileURLToPath(new URL('./demo/', import.meta.url));

/** Every `demo/*.html` is a page of the demo, in dev and in its build. */
const pages = Object.fromEntries(
  readdirSync(demo)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.replace(/\.html$/, ''), `${demo}${file}`]),
);

export default defineConfig({
  root: 'demo',
  // demo/public holds mockServiceWorker.js, served at /mockServiceWorker.js.
  publicDir: 'public',
  server: { port: Number(process.env.PORT) || 5173, strictPort: true, host: true },
  preview: { port: Number(process.env.PORT) || 4173, strictPort: true },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    rolldownOptions: { input: pages },
  },
});
