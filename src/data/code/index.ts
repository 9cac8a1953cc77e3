// The code view's four tabs, each a complete program for the requests in view, generated from the
// same request values awsnav sends (request.ts): AWS CLI, boto3 client, boto3 resource, JS SDK v3.
import type { AwsRequest } from '../request';
import { requestCaption } from '../request';
import { cliCode } from './cli';
import { boto3ClientCode } from './boto3Client';
import { boto3ResourceCode } from './boto3Resource';
import { jsCode } from './js';

export type CodeLanguage = 'shell' | 'python' | 'javascript';

export interface CodeTab {
  id: 'cli' | 'boto3' | 'resource' | 'js';
  title: string;
  language: CodeLanguage;
  /** The program, line by line (raw: sanitise before drawing; copy and write as they are). */
  lines: string[];
}

const comment = (language: CodeLanguage) => (language === 'javascript' ? '//' : '#');

const TABS: { id: CodeTab['id']; title: string; language: CodeLanguage; gen(r: AwsRequest): string[] }[] = [
  { id: 'cli', title: 'AWS CLI', language: 'shell', gen: cliCode },
  { id: 'boto3', title: 'boto3 client', language: 'python', gen: boto3ClientCode },
  { id: 'resource', title: 'boto3 resource', language: 'python', gen: boto3ResourceCode },
  { id: 'js', title: 'JS SDK v3', language: 'javascript', gen: jsCode },
];

/** One program per tab for one request, headed by the request as awsnav sends it. */
export function codeTabs(r: AwsRequest): CodeTab[] {
  return TABS.map((t) => ({ id: t.id, title: t.title, language: t.language, lines: [`${comment(t.language)} ${requestCaption(r)}`, ...t.gen(r)] }));
}

/** The tab a file name asks for (`:code list.py` → boto3 client; .sh → CLI; .js/.mjs → JS). */
export function tabForFile(file: string, fallback: CodeTab['id']): CodeTab['id'] {
  if (/\.(sh|bash)$/i.test(file)) return 'cli';
  if (/\.py$/i.test(file)) return fallback === 'resource' ? 'resource' : 'boto3';
  if (/\.(m?js|ts)$/i.test(file)) return 'js';
  return fallback;
}
