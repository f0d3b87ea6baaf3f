import { formatPhone } from './messages.js';
import { normalizePhone } from './validators.js';

/**
 * A phone as every form shows it, «+7 928 123-45-67», however it was typed or
 * stored (8…, +7…, with brackets, as the contract's +79281234567). Text that is
 * no Russian phone stays as typed, for its field to flag.
 */
export function displayPhone(value: string): string {
  const phone = normalizePhone(value);
  return phone ? formatPhone(phone) : value;
}
