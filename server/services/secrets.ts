/**
 * Passwords and query codes (查询码): Argon2id hashes only (procedure.md §2.4; architecture rule 14).
 */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

const QUERY_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 10 characters from a 31-character alphabet, cryptographically random (31^10 ≈ 8×10^14). */
export function generateQueryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += QUERY_CODE_ALPHABET[randomInt(QUERY_CODE_ALPHABET.length)];
  return code;
}

/** Shown grouped as XXXXX-XXXXX. */
export const formatQueryCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;

/** Input is accepted with or without the dash, in any case, with stray spaces. */
export const normaliseQueryCode = (input: string): string => input.replace(/[\s-]/g, '').toUpperCase();

export const hashSecret = (secret: string): Promise<string> => hash(secret);

export async function verifySecret(hashed: string, secret: string): Promise<boolean> {
  try {
    return await verify(hashed, secret);
  } catch {
    return false;
  }
}
