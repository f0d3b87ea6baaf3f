/// <reference types="vite/client" />
/*
 * Entry of the script-tag bundle, dist/edu-connect.js: it defines every
 * element that has a define.ts and exports nothing, so the page gains the
 * tags and no global. Only Vite reads this file (the bundle build, and the
 * demo's `/edu-connect.js`), so a glob finds the elements as they are added.
 */
import.meta.glob('./elements/*/define.ts', { eager: true });
