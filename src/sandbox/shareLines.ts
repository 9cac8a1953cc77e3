// What another tool needs to talk to the sandbox awsnav is running: the files it wrote and one line
// to paste into a shell, so the AWS CLI, boto3 or a script sees the same buckets and instances.
// aws-cli before 2.13 ignores endpoint_url in the config file: AWS_ENDPOINT_URL covers it.

const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export interface SandboxFiles {
  configFile: string;
  credentialsFile: string;
  url: string;
}

/** The sandbox's files and endpoint from the environment it set up, or undefined outside sandbox mode. */
export function sandboxFilesOf(env: NodeJS.ProcessEnv): SandboxFiles | undefined {
  const url = env.AWSNAV_SANDBOX_URL;
  if (!url || !env.AWS_CONFIG_FILE || !env.AWS_SHARED_CREDENTIALS_FILE) return undefined;
  return { configFile: env.AWS_CONFIG_FILE, credentialsFile: env.AWS_SHARED_CREDENTIALS_FILE, url };
}

export function exportLine(f: SandboxFiles): string {
  return `export AWS_CONFIG_FILE=${quote(f.configFile)} AWS_SHARED_CREDENTIALS_FILE=${quote(f.credentialsFile)} AWS_ENDPOINT_URL=${quote(f.url)}`;
}

/** The same line cut with `\` continuations: a text view of 80 columns shows it whole, and it pastes as one. */
export function exportLines(f: SandboxFiles): string[] {
  return [
    `export AWS_CONFIG_FILE=${quote(f.configFile)} \\`,
    `  AWS_SHARED_CREDENTIALS_FILE=${quote(f.credentialsFile)} \\`,
    `  AWS_ENDPOINT_URL=${quote(f.url)}`,
  ];
}

/** `wrapped`: the export line cut for a narrow view (exportLines) rather than one long line. */
export function shareLines(f: SandboxFiles, wrapped = false): string[] {
  return [
    `Endpoint          ${f.url}`,
    `Config file       ${f.configFile}`,
    `Credentials file  ${f.credentialsFile}`,
    ' ',
    'For the AWS CLI, boto3 or a script, in another shell:',
    ' ',
    ...(wrapped ? exportLines(f) : [exportLine(f)]),
    ' ',
    'then e.g.  aws --profile dev s3 ls',
    `      or  python3 -c "import boto3; print(boto3.Session(profile_name='dev').client('s3').list_buckets()['Buckets'])"`,
    'aws-cli before 2.13 ignores endpoint_url in the config file: AWS_ENDPOINT_URL (or --endpoint-url) is what it needs.',
    'The files and the endpoint last as long as this sandbox runs.',
  ];
}
