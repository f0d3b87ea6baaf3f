import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const stories = fileURLToPath(new URL('../../stories/', import.meta.url));
const modulePath = '/test/stories/all-stories.js';

/**
 * A test-runner plugin that serves test/stories/all-stories.js, a module
 * importing every stories/*.stories.ts that exists when the tests start, so
 * that the axe check covers each story file without a hand-kept list.
 */
export function storiesPlugin() {
  return {
    name: 'edu-all-stories',
    serve(context) {
      if (context.path !== modulePath) return undefined;

      const files = readdirSync(stories)
        .filter((file) => file.endsWith('.stories.ts'))
        .sort();
      const imports = files.map((file, i) => `import * as story${i} from '../../stories/${file}';`);
      const entries = files.map((file, i) => `  { file: 'stories/${file}', module: story${i} },`);
      const body = [...imports, 'export const storyFiles = [', ...entries, '];', ''].join('\n');

      return { body, type: 'js' };
    },
  };
}
