import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { http, HttpResponse } from 'msw';
import { createClient } from '../../src/client/client.js';
import { ApiError } from '../../src/client/errors.js';
import { describeFailure, renderFailure } from '../../src/core/failure.js';
import { en } from '../../src/core/messages.en.js';
import { mock } from '../support/mock.js';

const client = createClient({ baseUrl: '/api' });

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the request did not fail');
}

const problemJson = (status: number, body: Record<string, unknown>) =>
  HttpResponse.json(body as never, {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

async function shownFor(error: ApiError): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(
    renderFailure(error, 'ru', () => undefined),
    host,
  );
  return host;
}

describe('Failures the client reports', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('keeps the usable part of a problem that partly breaks the contract', async () => {
    mock.worker.use(
      http.post('/api/reports', () =>
        problemJson(422, {
          title: 'Проверьте поля',
          detail: 'Исправьте отмеченные поля.',
          code: 'validation',
          errors: [
            { path: ['contactEmail'], message: 'Неверный адрес' },
            { path: ['comment'], message: 'x'.repeat(5000) },
          ],
        }),
      ),
    );
    const error = await failureOf(
      client.reportProfile({
        organizationId: 'x',
        reasons: ['other'],
        comment: '',
        contactEmail: 'a@b.ru',
      }),
    );

    expect(error.problem?.detail).to.equal('Исправьте отмеченные поля.');
    expect(error.fieldErrors).to.deep.equal([
      { path: ['contactEmail'], message: 'Неверный адрес' },
    ]);
  });

  it('drops a malformed existing organization of a 409 but keeps its words', async () => {
    mock.worker.use(
      http.get('/api/organizations/:id', () =>
        problemJson(409, {
          detail: 'Организация уже зарегистрирована.',
          code: 'duplicate',
          existing: { id: 'oo-1', fullName: 'СОШ', inn: '123', settlementId: 's' },
        }),
      ),
    );
    const error = await failureOf(client.getOrganization('oo-1'));

    expect(error.code).to.equal('duplicate');
    expect(error.existing).to.equal(undefined);
    expect(describeFailure(error, 'ru')).to.equal('Организация уже зарегистрирована.');
    const shown = await shownFor(error);
    expect(shown.querySelector('button'), 'repeating a 409 cannot help').to.equal(null);
  });

  it('calls a refusal without a body a refusal, not a server failure', async () => {
    mock.worker.use(
      http.get('/api/organizations/:id', () => new HttpResponse(null, { status: 400 })),
    );
    const error = await failureOf(client.getOrganization('oo-1'));

    expect(describeFailure(error, 'ru')).to.include('Сервер не принял запрос (ошибка 400)');
    expect(describeFailure(error, 'ru')).not.to.include('На сервере произошла ошибка');
  });

  it('calls a bare 404 on a search a missing service, not a mistake in what was typed', async () => {
    mock.worker.use(
      http.get(
        '/api/settlements',
        () =>
          new HttpResponse('<html><body>Not Found</body></html>', {
            status: 404,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    const error = await failureOf(client.searchSettlements({ query: 'Ахты' }));
    const text = describeFailure(error, 'ru');

    expect(text).to.include('Сервис сейчас недоступен (ошибка 404)');
    expect(text).to.include('Попробуйте позже');
    expect(text).to.include('сообщите в поддержку сайта');
    expect(text).not.to.include('Проверьте введённые данные');
    expect(en.notFound).to.include('The service is unavailable right now');
    expect(en.notFound).not.to.include('Check what you entered');
  });

  it('keeps the words of a 404 whose problem says what was not found', async () => {
    mock.worker.use(
      http.get('/api/organizations/:id', () =>
        problemJson(404, {
          type: 'about:blank',
          title: 'Не найдено',
          status: 404,
          detail: 'Такой организации нет в реестре.',
        }),
      ),
    );
    const error = await failureOf(client.getOrganization('oo-1'));

    expect(describeFailure(error, 'ru')).to.equal('Такой организации нет в реестре.');
  });

  it('says how long to wait in minutes or hours, and offers a retry after a 429', async () => {
    mock.worker.use(
      http.get('/api/organizations/:id', () =>
        HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '7200' } }),
      ),
    );
    const limited = await failureOf(client.getOrganization('oo-1'));
    expect(describeFailure(limited, 'ru')).to.include('Подождите 2 ч');
    expect((await shownFor(limited)).querySelector('button')?.textContent).to.include('Повторить');

    mock.worker.use(
      http.get('/api/organizations/:id', () =>
        HttpResponse.json({}, { status: 503, headers: { 'Retry-After': '90' } }),
      ),
    );
    const busy = await failureOf(client.getOrganization('oo-1'));
    expect(describeFailure(busy, 'ru')).to.include('через 2 мин');
  });
});

describe('An ApiError of another copy of the library', () => {
  it('is an ApiError here too, and reads as the same failure', async () => {
    const address = new URL('../../src/client/errors.ts?another-copy', import.meta.url).href;
    const other = (await import(/* @vite-ignore */ address)) as { ApiError: typeof ApiError };
    expect(other.ApiError).to.not.equal(ApiError);

    const offline = new other.ApiError('network', 'Network request failed');
    expect(offline).to.be.instanceOf(ApiError);
    expect(describeFailure(offline, 'ru')).to.include('Нет связи с сервером');
    expect(new Error('other')).to.not.be.instanceOf(ApiError);
  });
});
