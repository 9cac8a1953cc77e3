import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintAwsFile } from '../../src/data/configProblems';
import { loadAwsConfig } from '../../src/data/profiles';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('a header without "]" after another section: its settings are said to go to the section above (as the SDK reads them)', async () => {
  const text = '[profile moto]\nregion = us-east-1\n\n[profile half\nregion = eu-west-1\n';
  const [p] = lintAwsFile(text, 'config', 'config');
  assert.equal(p.line, 4);
  assert.match(p.message, /"\[profile half" is missing its closing "\]".*\("region"\) were read into \[profile moto\]/);
  // What the SDK really does, so the message cannot drift from it.
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-half-'));
  try {
    writeFileSync(join(dir, 'config'), text);
    const { profiles } = await loadAwsConfig({ AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none') });
    assert.equal(profiles.find((x) => x.name === 'moto')?.region, 'eu-west-1');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('first run with no AWS files: a problem says where awsnav looked and what to do', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-none-'));
  try {
    const { problems } = await loadAwsConfig({ AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials') });
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /no profiles found: awsnav looked in .*config and .*credentials.*aws configure.*awsnav --sandbox/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
