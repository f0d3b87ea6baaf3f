import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { storiesPlugin } from './test/stories/stories-plugin.mjs';

const CHROME_PATHS = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const executablePath = CHROME_PATHS.find((path) => path && existsSync(path));
if (!executablePath) {
  console.error(
    'No Chromium or Chrome found: install one (on Debian: apt-get install chromium) ' +
      'or set CHROME_PATH.',
  );
  process.exit(1);
}

const worker = fileURLToPath(
  new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url),
);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  // Lit's development build announces itself in every page; anything else a test logs stays.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [
    storiesPlugin(),
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  middleware: [
    // The mock backend's service worker, served at the root so its scope covers every test page.
    async (context, next) => {
      if (context.path === '/mockServiceWorker.js') {
        const { readFile } = await import('node:fs/promises');
        context.type = 'application/javascript';
        context.body = await readFile(worker, 'utf8');
        return;
      }
      return next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
