// The person's own home folder, for the paths they type (~/Downloads). In sandbox mode HOME is moved
// beside the sandbox's files, so the SDK keeps its SSO token cache there and never in the person's
// ~/.aws; what they type must still mean their home (environment.ts keeps it in AWSNAV_PERSON_HOME).
import { homedir } from 'node:os';

export function personHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.AWSNAV_PERSON_HOME || homedir();
}
