// awsnav's own config file: per profile, read-only and an accent colour, so production looks and
// behaves differently from dev. `$XDG_CONFIG_HOME/awsnav/config`, else `~/.config/awsnav/config`
// (AWSNAV_CONFIG_FILE overrides; the sandbox uses that for its own throw-away file).
//
//   [profile prod]        # the same section names as ~/.aws/config
//   readonly = true
//   accent = red          # a colour name (red, magenta, yellowBright…) or #rrggbb
//
//   [default]             # the profile named "default"
//   [*]                   # every profile, unless its own section says otherwise
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readConfigText, type ConfigProblem } from './configProblems';

export interface ProfileSettings {
  readonly?: boolean;
  accent?: string;
}

export interface AwsnavConfig {
  file: string;
  profiles: Record<string, ProfileSettings>;
  /** From the `[*]` section. */
  all: ProfileSettings;
  problems: ConfigProblem[];
}

const COLOURS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray', 'grey'];
const isColour = (v: string) =>
  COLOURS.includes(v) || (v.endsWith('Bright') && COLOURS.includes(v.slice(0, -6))) || /^#[0-9a-fA-F]{6}$/.test(v);

export function awsnavConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AWSNAV_CONFIG_FILE) return env.AWSNAV_CONFIG_FILE;
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'awsnav', 'config');
}

export function loadAwsnavConfig(env: NodeJS.ProcessEnv = process.env): AwsnavConfig {
  const file = awsnavConfigPath(env);
  const { text, problem } = readConfigText(file);
  const cfg = parseAwsnavConfig(text ?? '', file);
  if (problem) cfg.problems.unshift(problem);
  return cfg;
}

/** Parses the file; a bad line is reported (file and line) and skipped, the rest still applies. */
export function parseAwsnavConfig(text: string, file: string): AwsnavConfig {
  const cfg: AwsnavConfig = { file, profiles: {}, all: {}, problems: [] };
  let current: ProfileSettings | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = withoutComment(raw);
    const at = (message: string) => cfg.problems.push({ file, line: i + 1, message });
    if (!line) return;
    if (line.startsWith('[')) {
      current = undefined;
      const m = /^\[\s*(?:profile\s+(\S+)|(default|\*))\s*\]$/.exec(line);
      if (!m) return at(`expected [profile NAME], [default] or [*], found "${line.slice(0, 40)}"; the section is ignored.`);
      const name = m[1] ?? m[2];
      current = name === '*' ? cfg.all : (cfg.profiles[name] ??= {});
      return;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) return at(`expected "name = value" but found "${line.slice(0, 40)}"; the line is ignored.`);
    if (!current) return at('a setting outside any [profile NAME] section is ignored.');
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (key === 'readonly' || key === 'read_only') {
      if (!/^(true|false)$/i.test(value)) return at(`readonly must be true or false, not "${value}".`);
      current.readonly = value.toLowerCase() === 'true';
    } else if (key === 'accent') {
      if (!isColour(value)) return at(`accent "${value}" is not a colour: use a name (red, cyan, magentaBright…) or #rrggbb.`);
      current.accent = value;
    } else {
      at(`unknown setting "${key}" (known: readonly, accent).`);
    }
  });
  return cfg;
}

/** `#` or `;` starting a line, or after a space and before one (so `accent = #ff0000` is a colour). */
const withoutComment = (raw: string) => (/^\s*[#;]/.test(raw) ? '' : raw.replace(/\s[#;](\s.*)?$/, '').trim());

/** What applies to one profile: its own section over `[*]`. */
export function settingsFor(cfg: AwsnavConfig | undefined, profile: string): ProfileSettings {
  if (!cfg) return {};
  return { ...cfg.all, ...cfg.profiles[profile] };
}
