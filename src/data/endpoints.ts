// The SDK reads a profile's endpoint_url only for the profile in AWS_PROFILE, not for one passed as a
// client option, so awsnav resolves the chosen profile's endpoint itself (DESIGN.md, Profiles).
import type { ProfileInfo } from './profiles';

export interface EndpointSettings {
  /** --endpoint-url: wins over everything. */
  flag?: string;
  /** AWS_ENDPOINT_URL */
  global?: string;
  /** AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_EC2, … keyed by lower-case service id. */
  perService?: Record<string, string>;
}

export function endpointSettingsFromEnv(env: NodeJS.ProcessEnv, flag?: string): EndpointSettings {
  const perService: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    const m = /^AWS_ENDPOINT_URL_(.+)$/.exec(k);
    if (m && v) perService[m[1].toLowerCase()] = v;
  }
  return { flag, global: env.AWS_ENDPOINT_URL || undefined, perService };
}

/** Precedence as the AWS CLI documents it: flag, service env var, global env var, profile services, profile. */
export function resolveEndpoint(
  service: string,
  profile: ProfileInfo,
  settings: EndpointSettings = {},
): string | undefined {
  return (
    settings.flag ||
    settings.perService?.[service] ||
    settings.global ||
    profile.serviceEndpoints?.[service] ||
    profile.endpoint ||
    undefined
  );
}
