import type { nothing, TemplateResult } from 'lit';

/*
 * Just enough of Storybook's story composition to render a CSF 3 story
 * outside Storybook: args, parameters, decorators, loaders, play and the
 * default render of the web-components renderer (the `component` tag with
 * the args set as properties).
 */

type Rendered = TemplateResult | Node | string | typeof nothing;

export interface StoryContext {
  id: string;
  title: string;
  name: string;
  component: string | undefined;
  args: Record<string, unknown>;
  argTypes: Record<string, unknown>;
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
  loaded: Record<string, unknown>;
  viewMode: 'story';
}

type Render = (args: Record<string, unknown>, context: StoryContext) => Rendered;
type StoryFn = (update?: Partial<StoryContext>) => Rendered;
type Decorator = (story: StoryFn, context: StoryContext) => Rendered;
type Loader = (context: StoryContext) => Promise<Record<string, unknown> | void>;
type Play = (context: StoryContext & PlayContext) => unknown;

interface PlayContext {
  canvasElement: HTMLElement;
  step: (label: string, play: () => unknown) => Promise<unknown>;
}

interface Annotations {
  title?: string;
  name?: string;
  storyName?: string;
  component?: string;
  args?: Record<string, unknown>;
  argTypes?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[];
  loaders?: Loader[];
  render?: Render;
  play?: Play;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

export interface ComposedStory {
  title: string;
  name: string;
  /** Handlers of `parameters.msw`, in front of the mock backend. */
  handlers: unknown[];
  /** Runs the loaders, then renders the story with its decorators. */
  render(): Promise<Rendered>;
  hasPlay: boolean;
  /** The story's play function on the rendered canvas, if it has one. */
  play(canvasElement: HTMLElement): Promise<void>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Storybook's parameter merge: objects merge deeply, anything else is replaced. */
function mergeParameters(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = merged[key];
    merged[key] = isObject(current) && isObject(value) ? mergeParameters(current, value) : value;
  }
  return merged;
}

/** The handlers of `parameters.msw`, given as a list or as named groups. */
function mswHandlers(parameter: unknown): unknown[] {
  if (Array.isArray(parameter)) return parameter;
  if (!isObject(parameter) || parameter['handlers'] == null) return [];

  const handlers = parameter['handlers'];
  const groups = Array.isArray(handlers) ? handlers : Object.values(handlers as object);
  return groups.flat().filter(Boolean);
}

/** `WithError` → `With Error`, as Storybook names a story from its export. */
function nameFromExport(exportName: string): string {
  return exportName
    .replace(/_/g, ' ')
    .replace(/([a-zа-яё\d])([A-ZА-ЯЁ])/g, '$1 $2')
    .replace(/^\w/, (letter) => letter.toUpperCase())
    .trim();
}

function matches(rule: string[] | RegExp, exportName: string): boolean {
  return Array.isArray(rule) ? rule.includes(exportName) : rule.test(exportName);
}

function isStoryExport(meta: Annotations, exportName: string): boolean {
  if (exportName === 'default' || exportName === '__namedExportsOrder') return false;
  if (meta.includeStories && !matches(meta.includeStories, exportName)) return false;
  if (meta.excludeStories && matches(meta.excludeStories, exportName)) return false;
  return true;
}

function defaultRender(args: Record<string, unknown>, context: StoryContext): Rendered {
  if (!context.component) {
    throw new Error(`story ${context.id} has no render and its meta names no component`);
  }
  const element = document.createElement(context.component);
  Object.assign(element, args);
  return element;
}

/** Every story of a CSF 3 module, composed with its meta. */
export function composeStories(file: string, module: Record<string, unknown>): ComposedStory[] {
  const meta = (module['default'] ?? {}) as Annotations;
  const title = meta.title ?? file.replace(/^.*\//, '').replace(/\.stories\.ts$/, '');
  const order = (module['__namedExportsOrder'] as string[] | undefined) ?? Object.keys(module);

  return order
    .filter((exportName) => isStoryExport(meta, exportName))
    .map((exportName) => {
      const exported = module[exportName];
      const story = (
        typeof exported === 'function' ? { render: exported } : exported
      ) as Annotations;
      const name = story.name ?? story.storyName ?? nameFromExport(exportName);
      const parameters = mergeParameters(meta.parameters ?? {}, story.parameters ?? {});

      const context: StoryContext = {
        id: `${title}--${exportName}`.toLowerCase().replace(/[^a-zа-яё\d-]+/g, '-'),
        title,
        name,
        component: story.component ?? meta.component,
        args: { ...meta.args, ...story.args },
        argTypes: { ...meta.argTypes, ...story.argTypes },
        parameters,
        globals: { theme: 'light' },
        loaded: {},
        viewMode: 'story',
      };

      const render = story.render ?? meta.render ?? defaultRender;
      const play = story.play ?? meta.play;
      // Story decorators wrap the story first, so they end up innermost.
      const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
      const decorated = decorators.reduce<(ctx: StoryContext) => Rendered>(
        (inner, decorator) => (ctx) => decorator((update) => inner({ ...ctx, ...update }), ctx),
        (ctx) => render(ctx.args, ctx),
      );

      return {
        title,
        name,
        handlers: mswHandlers(parameters['msw']),
        async render() {
          for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) {
            Object.assign(context.loaded, await loader(context));
          }
          return decorated(context);
        },
        hasPlay: Boolean(play),
        async play(canvasElement) {
          const step = async (_label: string, run: () => unknown) => run();
          if (play) await play({ ...context, canvasElement, step });
        },
      };
    });
}
