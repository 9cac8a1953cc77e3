// awsnav only runs on a terminal (main.tsx checks stdin and stdout are TTYs). chalk's colour detection
// (Ink's colours) turns colour off whenever a CI variable merely exists, whatever its value, and reads
// it once, when chalk is first imported: a person whose shell exports CI=true (some dev containers do),
// or a tmux started from a CI job, would get a colourless screen. So main.tsx imports this before
// Ink, and on a terminal the variables are removed, not set to false. (Ink's own CI check, which drew
// only the last frame, is overridden with its `interactive` option since Ink 7.)
if (process.stdout.isTTY) {
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) delete process.env[key];
}
export {};
