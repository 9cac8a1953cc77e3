// awsnav only runs on a terminal (cli.tsx checks stdin and stdout are TTYs), where it must draw live
// frames. Ink reads CI / CONTINUOUS_INTEGRATION once, when it is first imported, and in "CI" draws
// only the last frame on exit: a person whose shell exports CI=true (some dev containers do), or a
// tmux started from a CI job, would see a blank screen. chalk's colour detection also turns colour off
// whenever a CI variable merely exists (whatever its value). So cli.tsx imports this before Ink, and
// on a terminal the variables are removed, not set to false.
if (process.stdout.isTTY) {
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) delete process.env[key];
}
export {};
