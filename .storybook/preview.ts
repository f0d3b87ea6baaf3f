/// <reference types="vite/client" />
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { INITIAL_VIEWPORTS } from 'storybook/viewport';
import {
  createHandlers,
  createMockDb,
  hugeListHandlers,
  scenarioHandlers,
} from '../src/mocks/index.js';
import { withManifestControls } from './manifest-controls.js';

// Written by `npm run analyze` before Storybook starts: attributes, events,
// CSS parts and custom properties of each element, for the docs pages.
const manifests = import.meta.glob('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

const db = createMockDb({ persist: 'memory' });
let worker: SetupWorker | undefined;

/** States of the mock backend a designer can put any story in, from the toolbar. */
const backends: Record<string, { title: string; handlers: () => HttpHandler[] }> = {
  normal: { title: 'Normal', handlers: () => [] },
  slow: { title: 'Slow (8 s)', handlers: () => scenarioHandlers.slow() },
  failing: { title: 'Failing (500)', handlers: () => scenarioHandlers.failing() },
  empty: { title: 'Empty lists', handlers: () => scenarioHandlers.empty() },
  huge: { title: 'Huge lists (500)', handlers: () => hugeListHandlers() },
  hostile: { title: 'Markup in names', handlers: () => scenarioHandlers.hostile() },
  malformed: { title: 'Breaks the contract', handlers: () => scenarioHandlers.malformed() },
};

/**
 * Every story gets the whole mock backend; a story's `parameters.msw`
 * handlers go in front of it, and are removed again before the next story.
 */
async function startMockBackend() {
  worker = setupWorker(...createHandlers({ db }));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: './mockServiceWorker.js' },
  });
  return worker;
}

/** The `--edu-*` custom properties a host page would set for a dark theme. */
const themes: Record<string, Record<string, string>> = {
  light: {
    background: '#ffffff',
    'color-scheme': 'light',
  },
  dark: {
    background: '#16181d',
    color: '#e8eaed',
    'color-scheme': 'dark',
    '--edu-color-text': '#e8eaed',
    '--edu-color-muted': '#bdc1c6',
    '--edu-color-bg': '#202227',
    '--edu-color-border': '#9aa0a6',
    '--edu-color-primary': '#8ab4f8',
    '--edu-color-on-primary': '#0b1b33',
    '--edu-color-error': '#f2b8b5',
    '--edu-color-success': '#81c995',
  },
};

const mockBackend = mswLoader(startMockBackend);

const withTheme: Decorator = (story, context) => {
  const theme = themes[String(context.globals['theme'])] ?? themes['light'];
  const page = {
    padding: '1rem',
    fontFamily: 'system-ui, sans-serif',
    // A story fills the canvas; on a docs page each example takes only its height.
    minHeight: context.viewMode === 'docs' ? 'auto' : '100vh',
  };
  return html`<div style=${styleMap({ ...page, ...theme })}>${story()}</div>`;
};

const preview: Preview = {
  loaders: [
    // Storybook runs loaders side by side: the backend's state follows its reset, in one loader.
    async (context) => {
      await mockBackend(context);
      // Each story starts from the seeded data, whatever the one before it sent.
      db.reset();
      // The backend chosen in the toolbar goes in front of the story's own handlers.
      const backend = backends[String(context.globals['backend'])];
      if (backend && worker) worker.use(...backend.handlers());
      return {};
    },
  ],
  decorators: [withManifestControls, withTheme],
  globalTypes: {
    theme: {
      description: 'Colour theme of the host page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    backend: {
      description: 'State of the mock backend',
      toolbar: {
        title: 'Backend',
        icon: 'database',
        items: Object.entries(backends).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', backend: 'normal' },
  parameters: {
    // Violations fail the story's test instead of being only listed.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // Phones first: the person at the keyboard is often on one.
    viewport: { options: INITIAL_VIEWPORTS },
    layout: 'fullscreen',
  },
  tags: ['autodocs'],
};

export default preview;
