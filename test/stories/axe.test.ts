import { expect, fixture, html } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import { mock } from '../support/mock.js';
import { storyFiles } from './all-stories.js';
import { composeStories, type ComposedStory } from './compose.js';

/*
 * Every story of stories/*.stories.ts, rendered as Storybook would render it,
 * with the mock backend and the story's own msw handlers, its play function
 * run, then checked by axe once it has settled: no request in flight and no
 * element still updating.
 */

/** Requests of the current story; a loading story's request may never end. */
let requestsInFlight = new Set<Promise<Response>>();

function countRequests(): void {
  const original = window.fetch.bind(window);
  window.fetch = (...request: Parameters<typeof fetch>) => {
    const requests = requestsInFlight;
    const response = original(...request);
    requests.add(response);
    response.finally(() => requests.delete(response)).catch(() => undefined);
    return response;
  };
}

/** Custom elements under a root, inside shadow roots too. */
function litElements(root: Node): Array<{ updateComplete: Promise<unknown> }> {
  const found: Array<{ updateComplete: Promise<unknown> }> = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child instanceof Element && 'updateComplete' in child) {
        found.push(child as unknown as { updateComplete: Promise<unknown> });
      }
      if (child instanceof Element && child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return found;
}

const frame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

/** True while some element under the root has an update pending. */
async function rendering(root: Node): Promise<boolean> {
  const updates = litElements(root).map((element) => element.updateComplete);
  const done = Promise.all(updates).then((results) => results.some((result) => result === false));
  // An element may hold its updateComplete until its data arrives.
  return Promise.race([done, frame().then(() => true)]);
}

/**
 * Waits until nothing is loading or rendering for a few frames in a row. A
 * story that stays loading on purpose is checked as it is after three seconds.
 */
async function settle(root: Node): Promise<void> {
  const deadline = Date.now() + 3000;
  let quietFrames = 0;
  while (quietFrames < 3 && Date.now() < deadline) {
    const stillRendering = await rendering(root);
    await frame();
    quietFrames = requestsInFlight.size === 0 && !stillRendering ? quietFrames + 1 : 0;
  }
}

/** What a story renders, as something lit can put in a container. */
function asContent(rendered: unknown): unknown {
  if (typeof rendered !== 'string') return rendered;
  const template = document.createElement('template');
  template.innerHTML = rendered;
  return template.content;
}

async function renderStory(story: ComposedStory): Promise<HTMLElement> {
  if (story.handlers.length > 0) mock.worker.use(...(story.handlers as RequestHandler[]));
  const content = asContent(await story.render());
  const root = await fixture<HTMLElement>(html`<div class="story-root">${content}</div>`);
  await settle(root);

  if (story.hasPlay) {
    await story.play(root);
    await settle(root);
  }
  return root;
}

before(async () => {
  await mock.start();
  countRequests();
});

beforeEach(() => {
  requestsInFlight = new Set();
  localStorage.clear();
});

afterEach(() => mock.reset());

describe('stories', () => {
  it('finds the story files', () => {
    expect(storyFiles.length, 'story files served').to.be.greaterThan(0);
  });

  for (const { file, module } of storyFiles) {
    for (const story of composeStories(file, module)) {
      it(`${story.title}: ${story.name} passes axe`, async function () {
        // A story that stays loading on purpose waits out settle() once or twice.
        this.timeout(20000);
        const root = await renderStory(story);

        expect(root.childElementCount, 'the story renders something').to.be.greaterThan(0);
        await expect(root).to.be.accessible();
      });
    }
  }
});
