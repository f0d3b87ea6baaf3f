/// <reference types="vite/client" />
/*
 * Entry of the script-tag bundle, dist/edu-connect.js: it defines every
 * element that has a define.ts, and exposes the classes as `EduConnect`.
 * Only the bundle build reads this file, so a glob finds the elements.
 */
import.meta.glob('./elements/*/define.ts', { eager: true });

export * from './index.js';
