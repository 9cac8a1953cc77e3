// Temporary credentials issued by the sandbox's AssumeRole. The router picks the account by access key
// id alone, so a session key carries its account in the key itself: ASIA + 12-digit account id + 4
// random characters (20 characters, like AWS's). No state is needed to recognise one later.

import { randomBytes } from 'node:crypto';

const SESSION_KEY = /^ASIA(\d{12})[A-Z2-7]{4}$/;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function newSessionKey(accountId: string): string {
  const tail = [...randomBytes(4)].map((b) => BASE32[b % 32]).join('');
  return `ASIA${accountId}${tail}`;
}

/** The account id a session key was issued for, or undefined when it is not one. */
export function sessionKeyAccount(accessKeyId: string): string | undefined {
  return SESSION_KEY.exec(accessKeyId)?.[1];
}

export function newSecret(): string {
  return randomBytes(30).toString('base64');
}
