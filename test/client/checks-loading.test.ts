/**
 * The client fetches zod and the schemas beside its first request. A fetch
 * of them that hangs must end the request within its timeout, as a hanging
 * answer does, so that a widget shows the failure and its retry.
 */
import { expect } from '@open-wc/testing';
import { delay, http } from 'msw';
import { createClient } from '../../src/client/client.js';
import { ApiError } from '../../src/client/errors.js';
import { mock } from '../support/mock.js';

describe('The checks the client loads with its first request', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('end a request with a timeout when they hang, and every later request too', async () => {
    mock.worker.use(http.get(/\/src\/client\/checks\.(ts|js)(\?|$)/, () => delay('infinite')));
    const client = createClient({ baseUrl: '/api', timeoutMs: 600 });

    for (const attempt of [1, 2]) {
      const failure = await client.searchSettlements({ query: 'Ахты' }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure, `attempt ${attempt}`).to.be.instanceOf(ApiError);
      expect((failure as ApiError).kind, `attempt ${attempt}`).to.equal('timeout');
    }
  });
});
