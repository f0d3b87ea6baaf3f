/**
 * Size budgets of what a page downloads, gzipped (KB of 1024 bytes), weighed
 * by `firstLoad` in size.mjs. The package test fails when one is exceeded.
 */
export const BUDGETS = {
  /** `<edu-settlement-picker>` alone, with Lit and everything else it needs. */
  'settlement-picker': 12,
  /** dist/edu-connect.js, the script-tag bundle with every element. */
  bundle: 60,
};
