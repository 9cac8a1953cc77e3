// Copying text to the person's clipboard with OSC 52, the one way that works over ssh and in tmux
// (with `set-clipboard on`): the terminal itself sets its clipboard. An escape sequence moves no
// cursor, so it can go out between two of Ink's frames. Terminals that do not know it ignore it.
export function copyToClipboard(text: string, out: { isTTY?: boolean; write(s: string): unknown } = process.stdout): boolean {
  if (!out.isTTY) return false;
  out.write(osc52(text));
  return true;
}

/** OSC 52 "set clipboard": written to the terminal as is (never through the sanitiser, which would escape it). */
export function osc52(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}
