/// <reference types="vite/client" />
/*
 * Entry of dist/edu-connect.en.js, the English strings of every element for
 * the script-tag bundle, which loads this file the first time an element is
 * shown in English. Keys are the paths of the modules under src.
 */
const modules = import.meta.glob('./**/messages.en.ts', { eager: true });

export const english = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.slice(2).replace(/\.ts$/, ''), module]),
);
