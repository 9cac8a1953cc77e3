// A session is boto3's Session: one profile, one region, and the clients made from them. Clients are
// created on first use and the SDK is imported only then, so the first frame never waits for it.
import type { S3Client } from '@aws-sdk/client-s3';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { STSClient } from '@aws-sdk/client-sts';
import { credentialProvider, type CredentialProvider, type Credentials } from './credentials';
import { IdentityWatch } from './sts';
import { resolveEndpoint, type EndpointSettings } from './endpoints';
import type { ProfileInfo } from './profiles';
import { RetryLog, watchRetries } from './retries';

export interface SessionOptions {
  /** --endpoint-url and the AWS_ENDPOINT_URL* variables, as read at start-up. */
  endpoints?: EndpointSettings;
  /** Extra client settings (tests against third-party servers). */
  clientConfig?: Record<string, unknown>;
  /** Retries per request (the SDK's maxAttempts). */
  maxAttempts?: number;
  /** No action that changes anything is offered (--readonly, or per profile in awsnav's config). */
  readonly?: boolean;
  /** Accent colour of this profile's header (awsnav's config), so prod looks unlike dev. */
  accent?: string;
  /**
   * Asks the person for an MFA code (assume-role with mfa_serial). The UI fulfils it with a prompt
   * dialog; the data layer only sees a promise. Rejects when the person cancels.
   */
  mfaCodeProvider?(serial: string): Promise<string>;
  /** Limits, so nothing waits forever on a slow profile or an endpoint that does not answer. */
  timeouts?: { connectMs?: number; requestMs?: number; credentialsMs?: number; identityMs?: number };
}

export class Session {
  private readonly clients = new Map<string, Promise<unknown>>();
  /** S3 calls for a bucket go to the bucket's own region (DESIGN.md): learnt from ListBuckets. */
  readonly bucketRegions = new Map<string, string>();
  /** The SDK's retries on this session's clients, for the status line. */
  readonly retries = new RetryLog();

  constructor(
    readonly profile: ProfileInfo,
    readonly region: string,
    private readonly options: SessionOptions = {},
    /** Shared by the copies withRegion makes, so an MFA code is asked once per profile, not per region. */
    private readonly creds: { provider?: CredentialProvider } = {},
  ) {}

  /** Resolves this profile's credentials through the SDK's providers (credentials.ts). */
  credentials(): CredentialProvider {
    // Credentials given as a client setting (tests, third-party servers) are what the clients use.
    const given = this.options.clientConfig?.credentials as Credentials | (() => Promise<Credentials>) | undefined;
    if (given) return async () => ({ ...(typeof given === 'function' ? await given() : given), $source: { CREDENTIALS_CODE: 'e' } });
    return (this.creds.provider ??= credentialProvider(this.profile, {
      // The STS calls of an assume-role go to the profile's STS endpoint (the sandbox, LocalStack…).
      stsConfig: { region: this.region, endpoint: this.endpoint('sts'), requestHandler: this.handlerConfig() },
      mfaCodeProvider: this.options.mfaCodeProvider,
      timeoutMs: this.options.timeouts?.credentialsMs,
    }));
  }

  private watch?: IdentityWatch;
  /** Account id and credential source, looked up in the background when first asked (sts.ts). */
  get identity(): IdentityWatch {
    return (this.watch ??= new IdentityWatch(this, this.options.timeouts?.identityMs));
  }

  get readonly(): boolean {
    return this.options.readonly ?? false;
  }
  get accent(): string | undefined {
    return this.options.accent;
  }

  /** The endpoint S3/EC2 calls go to, or undefined for AWS's own. */
  endpoint(service: 's3' | 'ec2' | 'sts'): string | undefined {
    return resolveEndpoint(service, this.profile, this.options.endpoints);
  }

  /** A copy of this session in another region: the profile is kept, clients are rebuilt. */
  withRegion(region: string): Session {
    return new Session(this.profile, region, this.options, this.creds);
  }

  s3(region = this.region): Promise<S3Client> {
    return this.client(`s3:${region}`, async () => {
      const { S3Client } = await import('@aws-sdk/client-s3');
      const endpoint = this.endpoint('s3');
      return new S3Client({
        ...this.base(region),
        endpoint,
        // Custom endpoints (the sandbox, MinIO, LocalStack) rarely resolve bucket subdomains.
        forcePathStyle: endpoint !== undefined,
        ...this.options.clientConfig,
      });
    });
  }

  ec2(region = this.region): Promise<EC2Client> {
    return this.client(`ec2:${region}`, async () => {
      const { EC2Client } = await import('@aws-sdk/client-ec2');
      return new EC2Client({ ...this.base(region), endpoint: this.endpoint('ec2'), ...this.options.clientConfig });
    });
  }

  sts(region = this.region): Promise<STSClient> {
    return this.client(`sts:${region}`, async () => {
      const { STSClient } = await import('@aws-sdk/client-sts');
      return new STSClient({ ...this.base(region), endpoint: this.endpoint('sts'), ...this.options.clientConfig });
    });
  }

  private handlerConfig() {
    const t = this.options.timeouts;
    // requestTimeout is the wait for the response's headers (cleared when they arrive, so a long
    // download is not cut); without throwOnRequestTimeout this SDK version only logs a warning.
    return { connectionTimeout: t?.connectMs ?? 5_000, requestTimeout: t?.requestMs ?? 15_000, throwOnRequestTimeout: true };
  }

  private base(region: string) {
    return {
      region,
      // The profile's other settings (retry mode…) still come from its section.
      ...(this.profile.source === 'env' ? {} : { profile: this.profile.name }),
      // The SDK's own chain for this profile (static keys, SSO, assume-role, credential_process…), one
      // resolution shared by every client of the profile.
      credentials: this.credentials(),
      // An endpoint that accepts the connection and never answers must end in an error, not a spinner.
      requestHandler: this.handlerConfig(),
      maxAttempts: this.options.maxAttempts ?? 3,
    };
  }

  private client<C>(key: string, make: () => Promise<C>): Promise<C> {
    let c = this.clients.get(key) as Promise<C> | undefined;
    if (!c) {
      c = make().then((client) => {
        watchRetries(client as never, this.retries);
        return client;
      });
      this.clients.set(key, c);
      // A failed import must not poison the cache.
      c.catch(() => this.clients.delete(key));
    }
    return c;
  }
}
