// The command line: flags only, no UI. --help and --version print and exit from here, before Ink or
// the SDK is loaded (they cost start-up a person waiting for one line should not pay).
import { Command, InvalidArgumentError, Option } from 'commander';
import { endpointProblem } from './data/endpoints';
import { isRegionName } from './data/regions';
import { sanitize } from './data/sanitize';

export interface Flags {
  profile?: string;
  region?: string;
  endpointUrl?: string;
  readonly?: boolean;
  sandbox?: boolean;
  /** `awsnav sandbox`: only the local endpoint, no UI (sandboxOnly.ts). */
  sandboxOnly?: boolean;
  /** Where to open: `s3://bucket/prefix/` (the positional argument) or `--path PROFILE/SERVICE/…`. */
  open?: string;
}

// Set by the build (scripts/bundleOptions.mjs) from package.json.
const version = process.env.AWSNAV_VERSION ?? '0.0.0-dev';

export function parseFlags(argv: string[]): Flags {
  const program = new Command()
    .name('awsnav')
    .description('An interactive terminal explorer for AWS.')
    .version(version)
    .option('--profile <name>', 'open this profile (default: AWS_PROFILE, else the profile list)')
    .addOption(
      new Option('--region <region>', 'use this region for every profile (default: AWS_REGION, else the profile\'s)').argParser(checkRegion),
    )
    .addOption(new Option('--endpoint-url <url>', 'send every request to this endpoint (LocalStack, MinIO, …)').argParser(checkEndpoint))
    .option('--readonly', 'offer no action that changes anything')
    .option('--sandbox', 'run against the built-in local sandbox (no AWS account needed)')
    .option('--path <path>', 'open at PROFILE/SERVICE/…, e.g. dev/ec2/us-east-1 or dev/s3/my-bucket/logs/')
    .argument('[url]', 'open at an S3 URL, e.g. s3://my-bucket/logs/2024/ (with --profile, or AWS_PROFILE)')
    .addHelpText('after', '\nCommands:\n  sandbox  run only the local sandbox (no UI) and print the export line for the AWS CLI, boto3 or a script; Ctrl-C stops it')
    .showHelpAfterError();
  // `awsnav sandbox` takes no flags of its own; --help still explains it.
  if (argv[2] === 'sandbox' && argv.length === 3) return { sandboxOnly: true };
  program.parse(argv);
  const { path, ...flags } = program.opts<Flags & { path?: string }>();
  const [url] = program.args;
  if (url && path) program.error('Give an S3 URL or --path, not both.');
  // What was typed is shown escaped, like everything from outside.
  if (url && !url.startsWith('s3://')) program.error(sanitize(`"${url}" is not something awsnav opens: give an S3 URL (s3://bucket/prefix/), --path, or the command sandbox.`));
  return { ...flags, open: url ?? path };
}

function checkRegion(value: string): string {
  if (!isRegionName(value)) throw new InvalidArgumentError('Expected a region name such as eu-west-1.');
  return value;
}

function checkEndpoint(value: string): string {
  const problem = endpointProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return value;
}
