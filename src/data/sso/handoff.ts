// Handing the sign-in page to the person: the code copied to the terminal's clipboard with OSC 52 (it
// works over ssh, where no local clipboard tool could), and the page opened in a browser when this
// machine has one to open. For the UI to offer on a sign-in job (JobState.link); nothing here draws.

// One OSC 52 for the whole app (data/clipboard.ts).
export { osc52 } from '../clipboard';

/**
 * The command that opens a URL here, or undefined when there is no browser to open it with: $BROWSER,
 * else the platform's opener, and on Linux only with a display (an ssh session or a container has none).
 */
export function browserCommand(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] | undefined {
  if (env.BROWSER) return [env.BROWSER];
  if (platform === 'darwin') return ['open'];
  if (platform === 'win32') return ['cmd', '/c', 'start', '""'];
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return ['xdg-open'];
  return undefined;
}

/** Opens the page; false when there is no browser. Its output never reaches the terminal. */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const cmd = browserCommand(env);
  if (!cmd || !/^https?:\/\//.test(url)) return false;
  // node:child_process loads when a browser is first opened, not with the UI (scripts/lazyBuiltins.mjs).
  const child = process.getBuiltinModule('node:child_process').spawn(cmd[0], [...cmd.slice(1), url], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
  return true;
}
