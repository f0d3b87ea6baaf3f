/** Headless Chromium for the embedding tests, and what a page reports while it runs. */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CHROME = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);

export function launch() {
  if (!CHROME) throw new Error('No Chromium found: install one or set CHROME_PATH');
  return chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
}

/**
 * A new page that records CSP violations (as the page's own
 * `securitypolicyviolation` events), uncaught errors and console output.
 */
export async function watchedPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`;
      console.error(`CSP violation: ${report} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => problems.push(`console.${message.type()}: ${message.text()}`));
  return { page, problems, close: () => context.close() };
}
