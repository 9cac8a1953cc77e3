// awsnav only runs on a terminal (cli.tsx checks stdin and stdout are TTYs), where it must draw live
// frames. Ink reads CI / CONTINUOUS_INTEGRATION once, when it is first imported, and in "CI" draws
// only the last frame on exit: a person whose shell exports CI=true (some dev containers do), or a
// tmux started from a CI job, would see a blank screen. So cli.tsx imports this before Ink.
for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) {
  if (key in process.env && process.stdout.isTTY) process.env[key] = 'false';
}
export {};
