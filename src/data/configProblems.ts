// Problems in a config file, each naming the file and the line, so a typo in ~/.aws/config or in
// awsnav's own config is found in a second. The SDK's loader silently skips lines it cannot read (and
// drops a whole file for some), so awsnav checks the lines itself and says what will be ignored;
// reading the profiles stays the SDK's job.
import { readFileSync } from 'node:fs';
import { sanitize } from './sanitize';

export interface ConfigProblem {
  file: string;
  /** 1-based; 0 when the problem is the file as a whole (unreadable). */
  line: number;
  message: string;
}

/** One line naming file and line; sanitised (file names and section names are outside text). */
export function describeProblem(p: ConfigProblem): string {
  return sanitize(p.line ? `${p.file} line ${p.line}: ${p.message}` : `${p.file}: ${p.message}`);
}

/** The file's text, undefined when it does not exist, or a problem when it cannot be read. */
export function readConfigText(file: string): { text?: string; problem?: ConfigProblem } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT') return {};
    return { problem: { file, line: 0, message: `cannot be read (${code ?? 'error'}); its profiles are missing.` } };
  }
}

/** Strips a comment as the SDK does: `#` or `;` at the start or after whitespace. */
export const stripComment = (line: string) => line.split(/(^|\s)[;#]/)[0].trim();

const SECTION_NAME = /^([\w-]+)\s(["'])?([\w\-@+.%:/]+)\2$/;
const PREFIXES = ['profile', 'sso-session', 'services'];

/**
 * Lines of an AWS shared config (`kind: 'config'`) or credentials file that the SDK will not read as
 * meant. Indented lines are sub-properties (a services section's `s3 =` block) and are fine.
 */
export function lintAwsFile(text: string, file: string, kind: 'config' | 'credentials'): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  let inSection = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = stripComment(raw);
    const at = (message: string) => problems.push({ file, line: i + 1, message });
    if (!line) return;
    if (line.startsWith('[')) {
      if (!line.endsWith(']')) return at(`"${line}" is missing its closing "]"; the section is ignored.`);
      const name = line.slice(1, -1).trim();
      inSection = true;
      if (name === '__proto__' || name === 'profile __proto__') {
        inSection = false;
        return at(`"${name}" is not a valid profile name; the SDK ignores the whole file because of it.`);
      }
      const m = SECTION_NAME.exec(name);
      if (m && !PREFIXES.includes(m[1])) return at(`unknown section type "${m[1]}"; the section is ignored.`);
      if (!m && /\s/.test(name)) return at(`"[${name}]" is not a valid section name; the section is ignored.`);
      if (!m && kind === 'config' && name !== 'default') {
        return at(`in the config file write "[profile ${name}]"; "[${name}]" is ignored.`);
      }
      return;
    }
    if (line.indexOf('=') <= 0) return at(`expected "name = value" but found "${line.slice(0, 40)}"; the line is ignored.`);
    if (!inSection && raw.trimStart() === raw) return at('a setting outside any [section] is ignored.');
  });
  return problems;
}
