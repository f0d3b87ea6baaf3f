/** Served by stories-plugin.mjs: every stories/*.stories.ts module. */
export declare const storyFiles: ReadonlyArray<{
  file: string;
  module: Record<string, unknown>;
}>;
