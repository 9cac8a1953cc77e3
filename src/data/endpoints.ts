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
  /** AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true: only the flag counts. */
  ignoreConfigured?: boolean;
}

export function endpointSettingsFromEnv(env: NodeJS.ProcessEnv, flag?: string): EndpointSettings {
  const perService: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    const m = /^AWS_ENDPOINT_URL_(.+)$/.exec(k);
    if (m && v) perService[m[1].toLowerCase()] = v;
  }
  return {
    flag: flag || undefined,
    global: env.AWS_ENDPOINT_URL || undefined,
    perService,
    ignoreConfigured: env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === 'true' || undefined,
  };
}

/**
 * Precedence as the AWS CLI documents it: flag, service env var, global env var, the profile's
 * services section, the profile's endpoint_url. Undefined means AWS's own endpoint.
 */
export function resolveEndpoint(
  service: string,
  profile: ProfileInfo,
  settings: EndpointSettings = {},
): string | undefined {
  if (settings.flag) return settings.flag;
  if (settings.ignoreConfigured || profile.ignoreConfiguredEndpoints) return undefined;
  return (
    settings.perService?.[service] ||
    settings.global ||
    profile.serviceEndpoints?.[service] ||
    profile.endpoint ||
    undefined
  );
}

/** Why a --endpoint-url value cannot be used, or undefined when it can. */
export function endpointProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url}" is not a URL; write it like http://localhost:4566 or https://s3.example.com.`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `"${url}" must start with http:// or https://.`;
  return undefined;
}
