// `P` / `:presign [DURATION]`: a presigned GET URL for the selected object or version, shown and copied
// (OSC 52). Reads nothing and changes nothing, so read-only profiles have it too.
import type { ActionSpec } from '../actions';
import { copyToClipboard } from '../clipboard';
import { formatDate } from '../format';
import { sanitize } from '../sanitize';
import { bucketClient } from './bucketClient';
import { targetOf } from './actions';
import { DEFAULT_PRESIGN, describeDuration, parseDuration, presignGet } from './presign';

/** A long URL in lines the text view can show whole (it cuts lines, it does not wrap them). */
export function chunk(text: string, width = 72): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

export function presignAction(preset?: string): ActionSpec {
  return {
    command: 'action.presign',
    label: 'Presigned URL',
    mutates: false,
    confirm: 'none',
    unavailable: (n) => (targetOf(n).marker ? 'a delete marker has no content to link to' : undefined),
    inputs:
      preset === undefined
        ? [
            {
              id: 'duration',
              label: 'Valid for (1h, 30m, 7d; at most 7 days)',
              kind: 'text',
              initial: () => DEFAULT_PRESIGN,
              validate: (v) => {
                const d = parseDuration(v);
                return typeof d === 'string' ? d : undefined;
              },
            },
          ]
        : undefined,
    async run(env) {
      const seconds = parseDuration(preset ?? env.input.duration);
      if (typeof seconds === 'string') return env.notify(seconds, 'error');
      const t = targetOf(env.node);
      const client = await bucketClient(env.ctx, t.bucket, env.signal);
      const url = await presignGet(client, t, seconds);
      const copied = copyToClipboard(url);
      const until = formatDate(new Date(Date.now() + seconds * 1000));
      // Keys that expire (SSO, a role, the default chain's instance role) end the URL's life with them.
      const kind = env.ctx.session?.profile.kind;
      const temporary = kind !== undefined && kind !== 'static keys' && kind !== 'environment';
      env.show?.(
        `presigned URL · ${sanitize(t.key)}`,
        [
          ...chunk(sanitize(url)),
          '',
          `GET ${sanitize(`s3://${t.bucket}/${t.key}`)}${t.versionId ? ` (version ${sanitize(t.versionId)})` : ''}`,
          `Valid for ${describeDuration(seconds)}, until ${until} UTC.`,
          ...(temporary ? ['Signed with temporary credentials: it stops working when they expire, if that is sooner.'] : []),
          copied ? 'Copied to the clipboard (OSC 52; in tmux: set -g set-clipboard on).' : 'Not a terminal: copy it from here.',
        ],
        'anyone with this URL can download the object',
      );
    },
  };
}
