// A route of the test server: GET /__story-files lists the story files (stories/*.stories.ts) as
// JSON, so that a test can import every story file, including ones added later (a browser can't
// list a folder).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const storiesDir = fileURLToPath(new URL('../../stories/', import.meta.url));

/** `['agent-bridge', 'call-actions', …]`: the names of stories/<name>.stories.ts, sorted. */
export function storyFiles() {
  return readdirSync(storiesDir)
    .filter((f) => f.endsWith('.stories.ts'))
    .map((f) => f.slice(0, -'.stories.ts'.length))
    .sort();
}

export function storyFilesPlugin() {
  return {
    name: 'story-files',
    serve(context) {
      if (context.path === '/__story-files')
        return { body: JSON.stringify(storyFiles()), type: 'application/json' };
      return undefined;
    },
  };
}
