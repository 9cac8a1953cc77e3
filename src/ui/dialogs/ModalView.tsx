import React from 'react';
import type { Modal } from '../../hooks/browserReducer';
import { ConfirmDialog, confirmHints } from './ConfirmDialog';
import type { Hint } from '../KeyHints';
import { TypeConfirmDialog, typedHints } from './TypeConfirmDialog';
import { PromptDialog } from './PromptDialog';
import { PickDialog } from './PickDialog';
import { TextView } from './TextView';
import { HelpView } from '../HelpView';
import { CodeView } from '../CodeView';

// Each dialog is a fresh component: two prompts in a row (an action's inputs) must not share what was
// typed into the first.
const ids = new WeakMap<Modal, number>();
let nextId = 0;
const idOf = (m: Modal): number => ids.get(m) ?? (ids.set(m, ++nextId), nextId);

/** The keys the open dialog offers beyond its scope's, for a footer drawn outside it (Browser's). */
export function modalHints(modal: Modal | undefined): Hint[] {
  return modal?.kind === 'confirm' ? confirmHints(modal.settings) : modal?.kind === 'type-confirm' ? typedHints(modal.settings) : [];
}

/** Whichever dialog is open. It owns the keys while it is on screen. */
export function ModalView({ modal, height, close, onCode }: { modal: Modal; height: number; close(): void; onCode?(open: boolean): void }) {
  const key = idOf(modal);
  switch (modal.kind) {
    case 'confirm':
      return <ConfirmDialog key={key} {...modal} height={height} onCode={onCode} />;
    case 'type-confirm':
      return <TypeConfirmDialog key={key} {...modal} />;
    case 'prompt':
      return <PromptDialog key={key} {...modal} />;
    case 'pick':
      // Its border (2), title and filter line, and one line to spare (the keys are the footer's).
      return <PickDialog key={key} {...modal} height={Math.max(3, height - 5)} />;
    case 'code':
      return <CodeView key={key} subjects={modal.subjects} height={height} close={close} />;
    case 'text':
      if (modal.help) return <HelpView key={key} height={height} close={close} />;
      return <TextView key={key} {...modal} height={height} close={close} />;
  }
}
