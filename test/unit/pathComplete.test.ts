import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completePath } from '../../src/data/pathComplete';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'awsnav-complete-'));
  mkdirSync(join(dir, 'photos 2024'));
  mkdirSync(join(dir, 'photos 2025'));
  writeFileSync(join(dir, 'report.csv'), '');
  writeFileSync(join(dir, '.hidden'), '');
  writeFileSync(join(dir, 'photos 2024', 'a.jpg'), '');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('one match is completed, a folder with its slash', async () => {
  assert.deepEqual(await completePath('rep', dir), { value: 'report.csv', candidates: [] });
  assert.deepEqual(await completePath('photos 2024', dir), { value: 'photos 2024/', candidates: [] });
  assert.deepEqual(await completePath(`${dir}/photos 2024/`, dir), { value: `${dir}/photos 2024/a.jpg`, candidates: [] });
});

test('several: the start they share, and their names; hidden ones only after a dot', async () => {
  assert.deepEqual(await completePath('ph', dir), { value: 'photos 202', candidates: ['photos 2024/', 'photos 2025/'] });
  assert.deepEqual((await completePath('', dir)).candidates, ['photos 2024/', 'photos 2025/', 'report.csv']);
  assert.deepEqual(await completePath('.h', dir), { value: '.hidden', candidates: [] });
});

test('nothing matches, or the folder does not exist: the text as it was', async () => {
  assert.deepEqual(await completePath('zzz', dir), { value: 'zzz', candidates: [] });
  assert.deepEqual(await completePath('nope/x', dir), { value: 'nope/x', candidates: [] });
  assert.deepEqual(await completePath('~', dir), { value: '~/', candidates: [] });
});
