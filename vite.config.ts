import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const demo = fileURLToPath(new URL('./demo/', import.meta.url));

/** Every `demo/*.html` is a page of the demo, in dev and in its build. */
const pages = Object.fromEntries(
  readdirSync(demo)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.replace(/\.html$/, ''), `${demo}${file}`]),
);

/**
 * Pages that embed the library as a host page would, with
 * `<script src="/edu-connect.js">`, get the bundle's entry from the sources.
 */
function scriptTagBundle(): Plugin {
  const entry = fileURLToPath(new URL('./src/all.ts', import.meta.url));
  return {
    name: 'edu-script-tag-bundle',
    resolveId: (id) => (id === '/edu-connect.js' ? entry : undefined),
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [scriptTagBundle()],
  // demo/public holds mockServiceWorker.js, served at /mockServiceWorker.js.
  publicDir: 'public',
  server: { port: Number(process.env.PORT) || 5173, strictPort: true, host: true },
  preview: { port: Number(process.env.PORT) || 5173, strictPort: true, host: true },
  build: {
    // Apart from dist/, so that building the library does not pull the demo from under a server.
    outDir: '../dist-demo',
    emptyOutDir: true,
    // The mock backend carries every settlement of the region.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: { input: pages },
  },
});
