/** Size budgets, gzipped KB (of 1024 bytes). */
export const BUDGETS: { 'settlement-picker': number; bundle: number };
