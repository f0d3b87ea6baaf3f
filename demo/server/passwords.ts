/**
 * Passwords and session tokens as the server keeps them: scrypt hashes with
 * a salt, and tokens only as their SHA-256, so a copy of the database opens
 * no account.
 */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('hex')}:${scryptSync(password, salt, KEY_LENGTH).toString('hex')}`;
}

export function passwordMatches(password: string, stored: string): boolean {
  const [salt, hash] = stored.split(':');
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, 'hex');
  const actual = scryptSync(password, Buffer.from(salt, 'hex'), expected.length);
  return timingSafeEqual(actual, expected);
}

export const newToken = () => randomBytes(24).toString('base64url');

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const TEMPORARY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A temporary password without look-alike characters (0/O, 1/l/I). */
export function temporaryPassword(): string {
  return Array.from(
    randomBytes(10),
    (byte) => TEMPORARY_ALPHABET[byte % TEMPORARY_ALPHABET.length],
  ).join('');
}
