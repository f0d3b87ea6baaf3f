/** Gzip -9 size of some bytes. */
export function gzip(bytes: Uint8Array | string): number;

/** Gzipped bytes of what a page loads first for a module's text, bundled and minified by esbuild. */
export function firstLoad(
  source: string,
  resolveDir: string,
  options?: { charset?: 'utf8' | 'ascii' },
): Promise<number>;

/** The script-tag bundle in a dist folder as a page downloads it, gzipped bytes. */
export function scriptTagBundle(dist: string): {
  /** The loader, the entry chunk and every chunk they import statically. */
  firstLoad: number;
  /** Every chunk but the English ones. */
  everything: number;
  /** The English chunks. */
  english: number;
  /** Each chunk imported later, with the chunks it adds to the first load. */
  parts: { name: string; bytes: number }[];
};
