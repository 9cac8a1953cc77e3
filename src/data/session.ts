// A session is boto3's Session: one profile, one region, and the clients made from them. Clients are
// created on first use and the SDK is imported only then, so the first frame never waits for it.
import type { S3Client } from '@aws-sdk/client-s3';
import type { EC2Client } from '@aws-sdk/client-ec2';
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
  ) {}

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
    return new Session(this.profile, region, this.options);
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

  private base(region: string) {
    return {
      region,
      // The SDK's own chain for this profile: static keys, SSO, assume-role, credential_process…
      // The "environment" pseudo-profile uses the default chain with no profile.
      ...(this.profile.source === 'env' ? {} : { profile: this.profile.name }),
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
