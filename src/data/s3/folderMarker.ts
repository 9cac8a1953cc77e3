// A folder marker: an object whose key ends in '/' (`uploads/`), as the S3 console's "Create folder"
// makes (zero bytes), so an empty folder shows. Listed inside its own folder its name relative to the
// folder is empty: it is shown as `./ (folder marker)` (this folder itself, as `ls -a` would), so it
// is neither a blank line nor mistaken for a folder to open.
import { formatBytes } from '../format';

export const isFolderMarker = (key: string): boolean => key.endsWith('/');

/** The row's name: the key relative to the listing, `./` for the marker of the folder in view. */
export const markerLabel = (relative: string): string => (relative === '' ? './' : relative);

/**
 * The NAME cell of an object row: `./ (folder marker)` for the folder's own marker. Elsewhere (a flat
 * listing) a marker is its key, as `aws s3 ls --recursive` shows it (`uploads/`, 0 B): a note there
 * would be cut in the middle with the key and hide its end; the detail pane says what it is.
 */
export const nameCell = (label: string, key: string): string => (isFolderMarker(key) && label === './' ? `${label} (folder marker)` : label);

/** The detail pane's line for a marker, or nothing for any other object. */
export function markerField(key: string, size: number | undefined): { label: string; value: string }[] {
  if (!isFolderMarker(key)) return [];
  const value = size
    ? `a key ending in / that holds ${formatBytes(size)}: the S3 console shows it as the folder ${key}`
    : `a zero-byte object that makes the folder ${key} show when it is empty (the S3 console's Create folder); deleting it leaves the keys under it alone`;
  return [{ label: 'Folder marker', value }];
}
