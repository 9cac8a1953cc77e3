// The React side of the store primitive: a component follows a store's changes, and with a selector
// renders again only when what it shows changed (a job's progress must not redraw the screen's layout).
import '../helpers/ink';
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { Text } from 'ink';
import { render, cleanup } from 'ink-testing-library';
import { Notifier } from '../../src/data/observable';
import { useObservable } from '../../src/hooks/useObservable';
import { waitFor } from '../helpers/ink';

afterEach(() => cleanup());

class Counter extends Notifier {
  n = 0;
  other = 0;
  bump(): void {
    this.n++;
    this.notify();
  }
  /** A change the selector does not look at. */
  touch(): void {
    this.other++;
    this.notify();
  }
}

test('useObservable renders on every change by version, and with a selector only when it changes', async () => {
  const store = new Counter();
  const renders = { all: 0, selected: 0 };
  function All() {
    useObservable(store);
    renders.all++;
    return <Text>{`all ${store.n}/${store.other}`}</Text>;
  }
  function Selected() {
    const n = useObservable(store, () => store.n);
    renders.selected++;
    return <Text>{`n ${n}`}</Text>;
  }
  const ui = render(
    <>
      <All />
      <Selected />
    </>,
  );
  const frame = () => ui.lastFrame() ?? '';
  assert.match(frame(), /all 0\/0[\s\S]*n 0/);
  const before = { ...renders };
  store.touch();
  await waitFor(() => frame().includes('all 0/1'), 'the version-following component to redraw', 2000, frame);
  assert.equal(renders.selected, before.selected, 'a change the selector does not see renders nothing');
  store.bump();
  await waitFor(() => frame().includes('n 1'), 'the selector to see the new count', 2000, frame);
  assert.ok(renders.all > before.all);
});

test('useObservable follows a new store when the component is given one, and none at all', async () => {
  const a = new Counter();
  const b = new Counter();
  b.n = 7;
  let renders = 0;
  function Show({ store }: { store?: Counter }) {
    useObservable(store);
    renders++;
    return <Text>{store ? `n ${store.n}` : 'none'}</Text>;
  }
  const ui = render(<Show store={a} />);
  ui.rerender(<Show store={b} />);
  assert.match(ui.lastFrame() ?? '', /n 7/);
  b.bump();
  await waitFor(() => (ui.lastFrame() ?? '').includes('n 8'), 'the new store to be followed', 2000);
  // The old store is no longer followed: its change renders nothing. Then b's does (the marker that
  // whatever a's bump would have caused has had its turn: React handles them in order).
  const before = renders;
  a.bump();
  b.bump();
  await waitFor(() => (ui.lastFrame() ?? '').includes('n 9'), 'b followed again', 2000);
  assert.equal(renders, before + 1, 'one render, for b; none for the old store a');
  ui.rerender(<Show />);
  assert.match(ui.lastFrame() ?? '', /none/);
});
