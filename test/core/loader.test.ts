/**
 * The script-tag loader, when the bundle's folder cannot be fetched, says in
 * one console line what the integrator can do about it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { mock } from '../support/mock.js';

describe('the script-tag loader', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('names the missing folder, CORS and a sandboxed iframe when the bundle does not load', async () => {
    const lines: unknown[][] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => lines.push(args);
    // The folder beside the page is not there, or the browser may not read it.
    mock.worker.use(http.get(/\/edu-connect\/index\.js$/, () => HttpResponse.error()));
    try {
      // @ts-expect-error The loader is a classic script, with no exports.
      await import('../../src/loader.js');
      await waitUntil(() => lines.length > 0, 'the loader reports the failure');
    } finally {
      console.error = error;
    }

    expect(lines).to.have.length(1);
    const [message] = lines[0]!;
    expect(message).to.be.a('string');
    expect(message).to.include('edu-connect/index.js did not load');
    expect(message).to.include('beside edu-connect.js');
    expect(message).to.include('CORS');
    expect(message).to.include('sandboxed iframe');
  });
});
