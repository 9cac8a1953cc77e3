// Why awsnav keeps a key layer of its own on Ink 8 (src/ui/keyStream.ts splits and paces the
// terminal's reads; src/hooks/useKeys.ts splits what reaches Ink another way): these tests pin down
// Ink's own behaviour that makes it necessary. When one of them fails after an Ink upgrade,
// Ink has changed and the workaround it names can go.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React, { useState } from 'react';
import { Text, useInput } from 'ink';
import { render, cleanup } from 'ink-testing-library';
import { useKeys } from '../../src/hooks/useKeys';
import { waitFor } from '../helpers/ink';

afterEach(() => cleanup());

const tick = () => new Promise<void>((r) => setImmediate(r));

test('Ink 8 hands a burst of plain keys to useInput as one string (keyStream splits them)', async () => {
  const seen: string[] = [];
  function Probe() {
    useInput((input) => void seen.push(input));
    return <Text>probe</Text>;
  }
  const { stdin } = render(<Probe />);
  await tick();
  stdin.write('j\r'); // what a fast typist or tmux sends in one read
  await tick();
  assert.deepEqual(seen, ['j\r']);
});

/** A list that opens a dialog on `:`; the dialog records the keys it hears. */
function Opener({ heard }: { heard: string[] }) {
  const [open, setOpen] = useState(false);
  useKeys((input) => {
    if (!open && input === ':') setOpen(true);
  }, { isActive: !open });
  return open ? <Dialog heard={heard} /> : <Text>list</Text>;
}
function Dialog({ heard }: { heard: string[] }) {
  useKeys((input) => void heard.push(input));
  return <Text>dialog</Text>;
}

async function typeColonQ(pace: () => Promise<void>): Promise<string[]> {
  const heard: string[] = [];
  const { stdin, lastFrame } = render(<Opener heard={heard} />);
  await tick();
  stdin.write(':');
  await pace();
  stdin.write('q');
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(lastFrame(), 'dialog');
  cleanup();
  return heard;
}

test('a dialog opened by one key hears the next key sent a turn later (keyStream\'s pace; no subscription of our own)', async () => {
  // On Ink 6 useInput subscribed too late for this, and useKeys reached into Ink's private emitter.
  assert.deepEqual(await typeColonQ(tick), ['q']);
});

test('useKeys splits the glued run into its keys', async () => {
  const seen: string[] = [];
  function Probe() {
    useKeys((input, key) => void seen.push(key.return ? 'return' : input));
    return <Text>probe</Text>;
  }
  const { stdin } = render(<Probe />);
  await tick();
  stdin.write('jk\r');
  await tick();
  assert.deepEqual(seen, ['j', 'k', 'return']);
});

test('a bracketed paste lands in a prompt whole, and its newline does not submit', async () => {
  const { PromptDialog } = await import('../../src/ui/dialogs/PromptDialog');
  const results: (string | undefined)[] = [];
  const { stdin, lastFrame } = render(<PromptDialog title="t" label="Path" initial="a/" resolve={(v) => void results.push(v)} />);
  await tick();
  stdin.write('\u001b[200~logs/2024\n\u001b[201~');
  await waitFor(() => /a\/logs\/2024/.test(lastFrame() ?? ''), 'the pasted text in the prompt');
  // The paste's newline would have submitted by now, with the frame drawn after it.
  assert.deepEqual(results, []);
  stdin.write('\r');
  await waitFor(() => results.length > 0, 'Enter to submit');
  assert.deepEqual(results, ['a/logs/2024']);
});

test('Ink 8 holds a lone Esc ~20 ms: a second Esc sooner is glued to it (why keyStream sends Esc as CSI-u, and the monkey, writing raw bytes, waits it out)', async () => {
  const { INK_ESC_HOLD_MS } = await import('../../src/keys/keyStream');
  const seen: string[] = [];
  function Probe() {
    useInput((input, key) => void seen.push(key.escape ? (key.meta ? 'meta+escape' : 'escape') : input));
    return <Text>probe</Text>;
  }
  const pressTwice = async (gapMs: number) => {
    seen.length = 0;
    const { stdin } = render(<Probe />);
    await tick();
    stdin.write('\u001b');
    await new Promise((r) => setTimeout(r, gapMs));
    stdin.write('\u001b');
    await new Promise((r) => setTimeout(r, INK_ESC_HOLD_MS * 3));
    cleanup();
    return [...seen];
  };
  assert.equal((await pressTwice(5)).length, 1, 'two Escs 5 ms apart reach useInput as one key');
  assert.deepEqual(await pressTwice(INK_ESC_HOLD_MS + 5), ['escape', 'escape']);
});

test('Ink 8 reports the CSI-u Escape (keyStream\'s form of a lone Esc) at once, even with the next key right behind it', async () => {
  const { ESC_KEY, INK_ESC_HOLD_MS } = await import('../../src/keys/keyStream');
  const seen: string[] = [];
  function Probe() {
    useInput((input, key) => void seen.push(key.escape ? 'escape' : input));
    return <Text>probe</Text>;
  }
  const { stdin } = render(<Probe />);
  await tick();
  stdin.write(ESC_KEY);
  stdin.write('?');
  stdin.write(ESC_KEY);
  await tick();
  stdin.write(ESC_KEY);
  // Shorter than Ink's hold on a raw Esc: a held Esc would not be here yet.
  await new Promise((r) => setTimeout(r, INK_ESC_HOLD_MS / 4));
  assert.deepEqual(seen, ['escape', '?', 'escape', 'escape']);
});

test('keyStream: a read of Esc, Esc, ? reaches Ink as three keys in a row, with no wait between', async () => {
  const { PassThrough } = await import('node:stream');
  const { keyStream, ESC_KEY, INK_ESC_HOLD_MS } = await import('../../src/keys/keyStream');
  const input = new PassThrough();
  const out = keyStream(input as unknown as NodeJS.ReadStream);
  const got: string[] = [];
  out.on('data', (b: Buffer | string) => void got.push(String(b)));
  input.write('\u001b\u001b?');
  const t0 = Date.now();
  while (got.length < 3 && Date.now() - t0 < 1000) await new Promise((r) => setImmediate(r));
  assert.deepEqual(got, [ESC_KEY, ESC_KEY, '?']);
  assert.ok(Date.now() - t0 < INK_ESC_HOLD_MS, `all three within Ink's ${INK_ESC_HOLD_MS} ms hold, not after it`);
});
