/** Gzip -9 size of some bytes. */
export function gzip(bytes: Uint8Array | string): number;

/** Gzipped bytes of what a page loads first for a module's text, bundled and minified by esbuild. */
export function firstLoad(
  source: string,
  resolveDir: string,
  options?: { charset?: 'utf8' | 'ascii' },
): Promise<number>;
