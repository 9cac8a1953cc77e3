import React from 'react';
import type { Modal } from '../../hooks/browserReducer';
import { ConfirmDialog } from './ConfirmDialog';
import { TypeConfirmDialog } from './TypeConfirmDialog';
import { PromptDialog } from './PromptDialog';
import { PickDialog } from './PickDialog';
import { TextView } from './TextView';

/** Whichever dialog is open. It owns the keys while it is on screen. */
export function ModalView({ modal, height, close }: { modal: Modal; height: number; close(): void }) {
  switch (modal.kind) {
    case 'confirm':
      return <ConfirmDialog {...modal} />;
    case 'type-confirm':
      return <TypeConfirmDialog {...modal} />;
    case 'prompt':
      return <PromptDialog {...modal} />;
    case 'pick':
      return <PickDialog {...modal} height={Math.max(3, height - 6)} />;
    case 'text':
      return <TextView {...modal} height={height} close={close} />;
  }
}
