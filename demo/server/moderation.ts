/**
 * The demo's moderator and mail server on the reference server: the list of
 * applications, approval (which registers the organization, opens its
 * account and sends the letter), rejection, the outbox and a reset.
 */
import { Hono } from 'hono';
import type { Organization } from '../../src/contract/types.js';
import { PROFILE_BASE } from '../../src/mocks/generate.js';
import { approvalLetter, rejectionLetter } from '../../src/mocks/letters.js';
import { invalid, notFound, problem } from './http.js';
import { hashPassword, temporaryPassword } from './passwords.js';
import type { Store } from './store.js';

/**
 * The demo's moderator and mail server: take applications into review,
 * approve or reject them, and read the letters. A real network has its own back office for this.
 */
export function moderation(store: Store): Hono {
  const demo = new Hono();

  /** Why the moderator cannot decide on an application, if they cannot. */
  async function undecided(number: string): Promise<Response | undefined> {
    const stored = await store.application(number);
    if (!stored) return notFound('Такой заявки нет.');
    if (stored.application.status !== 'pending' && stored.application.status !== 'review') {
      return problem(409, 'already-decided', 'Решение по этой заявке уже принято.');
    }
    return undefined;
  }

  demo.get('/applications', async (c) =>
    c.json({ items: (await store.applications()).map((stored) => stored.application) }),
  );

  demo.post('/applications/:number/approve', async (c) => {
    const number = c.req.param('number');
    const decided = await undecided(number);
    if (decided) return decided;
    const { input, municipalityId } = (await store.application(number))!;
    const kind = input.kind === 'organization' ? 'oo' : 'mouo';
    const id = `${kind}-new-${number.slice(-6)}`;
    const login = `${kind}${input.inn}`;
    const password = temporaryPassword();
    const { administrator } = input;
    const common = {
      id,
      fullName: input.fullName,
      ...(input.shortName ? { shortName: input.shortName } : {}),
      inn: input.inn,
      profileUrl: `${PROFILE_BASE}${id}`,
    };
    const organization: (Organization & { municipalityId: string }) | undefined =
      input.kind === 'organization'
        ? {
            ...common,
            ogrn: input.ogrn,
            kpp: input.kpp,
            address: input.address,
            settlementId: input.settlementId ?? '',
            municipalityId: municipalityId ?? '',
          }
        : undefined;
    await store.approve({
      number,
      ...(organization
        ? { organization }
        : { authority: { ...common, municipalityId: input.municipalityId ?? '' } }),
      account: {
        login,
        passwordHash: hashPassword(password),
        temporary: true,
        blocked: false,
        expired: false,
        name: [administrator.lastName, administrator.firstName, administrator.middleName]
          .filter(Boolean)
          .join(' '),
        email: administrator.email,
        phone: administrator.phone,
        ...(organization ? { organizationId: id } : { authorityId: id }),
      },
      prefill: {
        profile: {
          fullName: input.fullName,
          shortName: input.shortName ?? '',
          address: input.address,
          postalCode: /\b\d{6}\b/.exec(input.address)?.[0] ?? '',
          // The organization's own contacts and head from the application, as the mock does.
          email: input.email ?? administrator.email,
          phone: input.phone ?? administrator.phone,
          headName: input.head
            ? [input.head.lastName, input.head.firstName, input.head.middleName]
                .filter(Boolean)
                .join(' ')
            : '',
        },
      },
      letter: approvalLetter(number, input, login, password),
    });
    return c.json({ login, password });
  });

  demo.post('/applications/:number/review', async (c) => {
    const number = c.req.param('number');
    const decided = await undecided(number);
    if (decided) return decided;
    const stored = (await store.application(number))!;
    if (stored.application.status === 'pending') await store.review(number);
    return c.json((await store.application(number))!.application);
  });

  demo.post('/applications/:number/reject', async (c) => {
    const number = c.req.param('number');
    const decided = await undecided(number);
    if (decided) return decided;
    const body = (await c.req.json().catch(() => undefined)) as { reason?: unknown } | undefined;
    const reason = typeof body?.reason === 'string' ? body.reason.trim() : '';
    if (!reason) return invalid([{ path: ['reason'], message: 'Укажите причину отказа.' }]);
    const { input } = (await store.application(number))!;
    await store.reject(number, reason, rejectionLetter(number, input, reason));
    return c.json((await store.application(number))!.application);
  });

  demo.get('/outbox', async (c) => c.json({ items: await store.outbox() }));

  demo.post('/reset', async (c) => {
    await store.reset();
    return c.body(null, 204);
  });

  return demo;
}
