// Which Node awsnav needs, said in one line. Ink 8 and its dependencies need Node 22; Node 20 is past
// its end of life (2026-04-30) and the AWS SDK's next releases drop it.
export const MIN_NODE_MAJOR = 22;

/** The line to print when this Node is too old; undefined when it will do. */
export function nodeTooOld(version: string): string | undefined {
  const major = Number(version.split('.')[0]);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return `awsnav needs Node.js ${MIN_NODE_MAJOR} or newer (24 LTS recommended); this is Node.js ${version}.`;
}
