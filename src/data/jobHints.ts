// How to reach a job and its lines, for the messages that start one: the keys from the keymap, so a
// rebinding changes every message (keyOf), never a literal "Tab" in a string.
import { keyOf } from '../keys/keymap';

/** "(Tab: jobs)" */
export const seeJobs = (): string => `(${keyOf('jobs.focus')}: jobs)`;

/** "(Tab: jobs, c cancels)" */
export const seeOrCancel = (): string => `(${keyOf('jobs.focus')}: jobs, ${keyOf('jobs.cancel', 'jobs')} cancels)`;

/** "Tab, then c, cancels" */
export const thenCancel = (): string => `${keyOf('jobs.focus')}, then ${keyOf('jobs.cancel', 'jobs')}, cancels`;

/** "Tab, then Enter, lists the errors." */
export const listErrors = (): string => `${keyOf('jobs.focus')}, then ${keyOf('jobs.show', 'jobs')}, lists the errors.`;

/** "Esc cancels", in a prompt's label. */
export const escCancels = (): string => `${keyOf('dialog.cancel', 'dialog')} cancels`;
