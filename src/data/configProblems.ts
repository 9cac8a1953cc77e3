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
  /** The section the settings read now belong to, as the SDK sees it. */
  let current: string | undefined;
  // A header without its "]" is skipped by the SDK, which goes on reading the settings under it into
  // the section above: say where they really went (`region = eu-west-1` applied to [profile moto]).
  let broken: { line: number; text: string; into?: string; settings: string[] } | undefined;
  const flush = () => {
    if (!broken) return;
    const { line, text: header, into, settings } = broken;
    const what = settings.length ? settings.map((s) => `"${s}"`).join(', ') : 'nothing';
    const where = into ? `were read into [${into}] above it, as if they were its own` : 'are ignored (there is no section above it)';
    problems.push({ file, line, message: `"${header}" is missing its closing "]": the SDK skips that line, so the settings under it (${what}) ${settings.length ? where : 'are none'}.` });
    broken = undefined;
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = stripComment(raw);
    const at = (message: string) => problems.push({ file, line: i + 1, message });
    if (!line) return;
    if (line.startsWith('[')) {
      flush();
      if (!line.endsWith(']')) {
        broken = { line: i + 1, text: line, into: inSection ? current : undefined, settings: [] };
        return;
      }
      const name = line.slice(1, -1).trim();
      inSection = true;
      current = name;
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
    if (broken) return void broken.settings.push(line.slice(0, line.indexOf('=')).trim());
    if (!inSection && raw.trimStart() === raw) return at('a setting outside any [section] is ignored.');
  });
  flush();
  return problems.sort((a, b) => a.line - b.line);
}

/** First run, no AWS files and no keys in the environment: where awsnav looked, and what to do. */
export function noProfilesProblem(configFile: string, credentialsFile: string): ConfigProblem {
  return {
    file: configFile,
    line: 0,
    message: `no profiles found: awsnav looked in ${configFile} and ${credentialsFile} (AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE choose others) and in the environment (AWS_ACCESS_KEY_ID). Run aws configure to make a profile, or try awsnav --sandbox.`,
  };
}
