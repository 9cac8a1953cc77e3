import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { awsnavConfigPath, loadAwsnavConfig, parseAwsnavConfig, settingsFor } from '../../src/data/config';
import { describeProblem } from '../../src/data/configProblems';
import { tempAwsConfig } from '../helpers/awsConfig';

test('the config file lives under XDG_CONFIG_HOME, else ~/.config; AWSNAV_CONFIG_FILE overrides', () => {
  assert.equal(awsnavConfigPath({ XDG_CONFIG_HOME: '/x' }), '/x/awsnav/config');
  assert.equal(awsnavConfigPath({}), join(homedir(), '.config', 'awsnav', 'config'));
  assert.equal(awsnavConfigPath({ XDG_CONFIG_HOME: '/x', AWSNAV_CONFIG_FILE: '/y/c' }), '/y/c');
});

test('per profile read-only and accent; [*] applies to every profile unless its own section says otherwise', () => {
  const cfg = parseAwsnavConfig(
    ['# mine', '[*]', 'accent = cyan', '', '[profile prod]', 'readonly = true', 'accent = red  ; production', '[default]', 'accent = #00ff88'].join('\n'),
    'f',
  );
  assert.deepEqual(cfg.problems, []);
  assert.deepEqual(settingsFor(cfg, 'prod'), { readonly: true, accent: 'red' });
  assert.deepEqual(settingsFor(cfg, 'default'), { accent: '#00ff88' });
  assert.deepEqual(settingsFor(cfg, 'dev'), { accent: 'cyan' });
  assert.deepEqual(settingsFor(undefined, 'dev'), {});
});

test('a malformed awsnav config names file and line, and the good settings still apply', () => {
  const t = tempAwsConfig({
    awsnav: ['readonly = true', '[profile prod]', 'readonly = yes', 'accent = blood', 'accent = red', 'colour = blue', '[staging', '[profile dev]', 'readonly = true'].join('\n'),
  });
  try {
    const cfg = loadAwsnavConfig(t.env);
    assert.deepEqual(cfg.problems.map((p) => p.line), [1, 3, 4, 6, 7]);
    assert.equal(describeProblem(cfg.problems[1]), `${t.env.AWSNAV_CONFIG_FILE} line 3: readonly must be true or false, not "yes".`);
    assert.match(cfg.problems[2].message, /accent "blood" is not a colour/);
    assert.match(cfg.problems[3].message, /unknown setting "colour"/);
    assert.deepEqual(settingsFor(cfg, 'prod'), { accent: 'red' });
    assert.deepEqual(settingsFor(cfg, 'dev'), { readonly: true });
  } finally {
    t.cleanup();
  }
});

test('no awsnav config file is fine', () => {
  const t = tempAwsConfig({});
  try {
    const cfg = loadAwsnavConfig(t.env);
    assert.deepEqual(cfg.problems, []);
    assert.deepEqual(cfg.profiles, {});
  } finally {
    t.cleanup();
  }
});
