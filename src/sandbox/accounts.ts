// The two demo accounts. Their keys are not secrets: the sandbox accepts any signature and picks the
// account by access key id alone.

import { sessionKeyAccount } from './sts/sessionKeys.js';

export interface SandboxAccount {
  name: 'dev' | 'prod';
  accountId: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

export const SANDBOX_ACCOUNTS: SandboxAccount[] = [
  {
    name: 'dev',
    accountId: '111111111111',
    accessKeyId: 'AKIASANDBOXDEV000001',
    secretAccessKey: 'sandbox-dev-secret-key',
    region: 'us-east-1',
  },
  {
    name: 'prod',
    accountId: '222222222222',
    accessKeyId: 'AKIASANDBOXPROD00001',
    secretAccessKey: 'sandbox-prod-secret-key',
    region: 'eu-west-1',
  },
];

export function accountByAccessKey(accessKeyId: string): SandboxAccount | undefined {
  // Temporary keys from the sandbox's AssumeRole name their account inside the key (sts/sessionKeys.ts).
  const assumed = sessionKeyAccount(accessKeyId);
  if (assumed) return SANDBOX_ACCOUNTS.find((a) => a.accountId === assumed);
  return SANDBOX_ACCOUNTS.find((a) => a.accessKeyId === accessKeyId);
}
