import { delay, http, HttpResponse } from 'msw';

interface WizardBackendOptions<Id extends string> {
  /** Steps the story starts with as done. */
  done?: Id[];
  optional?: Id[];
  /** Saved data of the steps, for prefilling the forms. */
  data?: Record<string, unknown>;
}

/**
 * A wizard's progress for one story, held in the story's own handlers so that
 * it needs no login and starts the same every time: reading the state, and
 * saving a step, which marks it done and names the next one.
 */
export function wizardBackend<Id extends string>(
  path: '/api/activation' | '/api/setup',
  steps: readonly Id[],
  { done = [], optional = [], data = {} }: WizardBackendOptions<Id> = {},
) {
  let finished = new Set<Id>(done);
  let saved: Record<string, unknown> = { ...data };

  const state = () => {
    const list = steps.map((id) => ({
      id,
      status: finished.has(id) ? 'done' : optional.includes(id) ? 'optional' : 'needed',
    }));
    return {
      steps: list,
      next: list.find((step) => step.status === 'needed')?.id ?? null,
      data: saved,
    };
  };

  return [
    http.post(`${path}/contacts/codes`, async ({ request }) => {
      await delay(300);
      const body = (await request.json()) as { channel: string; address: string };
      return HttpResponse.json(
        { channel: body.channel, sentTo: body.address, resendAfter: 60 },
        { status: 202 },
      );
    }),
    http.get(path, async () => {
      // Each fresh element starts the story over.
      finished = new Set<Id>(done);
      saved = { ...data };
      await delay(300);
      return HttpResponse.json(state());
    }),
    http.put(`${path}/:step`, async ({ params, request }) => {
      await delay(400);
      const step = String(params.step) as Id;
      const body = (await request.json()) as Record<string, unknown>;
      finished.add(step);
      if (step !== 'password') saved[step] = body;
      return HttpResponse.json(state());
    }),
  ];
}

/** A problem+json answer, as the contract's servers send it. */
export function problemAnswer(status: number, code: string, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { status, code, title: code },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}
