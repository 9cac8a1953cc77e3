// Issue 12, in a real terminal: the built CLI started with a profile whose endpoint_url points at a
// hostile endpoint (test/helpers/hostileEndpoint.ts), and a config file with a bidi override in a
// profile name and an OSC title in a broken line. Walked in tmux at 80x24 and 160x45: the pane title
// stays what it was, capture-pane holds no control or bidi character besides tmux's own SGR, the
// screen keeps its layout (header on top, no line wider than the terminal, table rows aligned), and
// the log file holds no terminal control either.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { hasTmux, TmuxSession } from '../helpers/tmux';
import { tempAwsConfig, type TempConfig } from '../helpers/awsConfig';
import { BUCKETS, BROKEN_REGION, PWNED, startHostileEndpoint, type HostileEndpoint } from '../helpers/hostileEndpoint';

const skip = !hasTmux && 'tmux is not installed';
// capture-pane -e re-encodes what is drawn as SGR only; anything else there came through raw.
const SGR = /\u001b\[[0-9;:]*m/g;
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

let ep: HostileEndpoint;
let config: TempConfig;
const sessions: TmuxSession[] = [];

before(async () => {
  ep = await startHostileEndpoint();
  const evil = 'evil\u202egpj.exe';
  config = tempAwsConfig({
    config: `[profile hostile]\nregion = us-east-1\nendpoint_url = ${ep.url}\n\n[profile ${evil}]\nregion = us-east-1\nendpoint_url = ${ep.url}\n\u001b]0;${PWNED}\u0007 not a setting\n`,
    credentials: `[hostile]\naws_access_key_id = AKIDHOSTILE\naws_secret_access_key = not-a-secret\n\n[${evil}]\naws_access_key_id = AKIDHOSTILE\naws_secret_access_key = not-a-secret\n`,
    awsnav: '',
  });
});
after(async () => {
  sessions.forEach((s) => s.kill());
  config?.cleanup();
  await ep?.close();
});

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });

async function walk(cols: number, rows: number) {
  const logFile = join(config.dir, `awsnav-${cols}.log`);
  // The node running the tests (24), not whatever `node` the tmux server's PATH finds.
  // AWSNAV_E2E_CLI: another build (one with the sanitiser bypassed, to see this test fail).
  const t = new TmuxSession(`${process.execPath} ${process.env.AWSNAV_E2E_CLI ?? 'dist/cli.js'}`, {
    cols,
    rows,
    env: { ...(config.env as Record<string, string>), AWS_EC2_METADATA_DISABLED: 'true', AWSNAV_LOG_FILE: logFile },
  });
  sessions.push(t);
  const title = () => tmux('display', '-p', '-t', t.name, '#{pane_title}').trim();
  const styled = () => tmux('capture-pane', '-p', '-e', '-t', t.name);
  const at = (path: string) => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm');
  let titleBefore = '';
  let checked = 0;
  const check = (what: string) => {
    const screen = styled();
    const plain = screen.replace(SGR, '');
    const m = RAW.exec(plain);
    assert.ok(!m, `${cols}x${rows} ${what}: raw U+${m?.[0].charCodeAt(0).toString(16).padStart(4, '0')} on screen:\n${plain}`);
    assert.equal(title(), titleBefore, `${cols}x${rows} ${what}: the pane title changed`);
    const lines = plain.replace(/\n$/, '').split('\n');
    // Nothing scrolled: the header (its labels go on narrow terminals) on top, the path under it.
    assert.match(lines[0], /^(awsnav|hostile|evil)\b/, `${cols}x${rows} ${what}: the header is the top line:\n${plain}`);
    assert.match(lines[1], /^(profiles|hostile|evil|…)/, `${cols}x${rows} ${what}: the path is the second line:\n${plain}`);
    for (const l of lines) assert.ok(stringWidth(l) <= cols, `${cols}x${rows} ${what}: a line wider than the terminal: ${l}`);
    // With the detail pane (wide terminals): its border starts in the same column on every table row.
    const tableRows = lines.filter((l) => /^(▸| ) {2}\S/.test(l) && l.includes('│'));
    if (tableRows.length > 1) {
      const borders = new Set(tableRows.map((l) => stringWidth(l.slice(0, l.indexOf('│')))));
      assert.equal(borders.size, 1, `${cols}x${rows} ${what}: rows of different widths:\n${plain}`);
    }
    checked++;
  };
  const see = async (what: string | RegExp, label = String(what)) => {
    await t.see(what);
    check(label);
  };
  const filterTo = async (text: string) => {
    t.text('/');
    t.text(text);
    t.keys('Enter');
    await see(new RegExp(`▸ +\\S*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), `filtered to ${text}`);
  };

  await t.see('config problem');
  titleBefore = title();
  assert.ok(!titleBefore.includes(PWNED), `the pane title at start: ${titleBefore}`);
  check('the profiles, with a config problem quoting an OSC title');
  assert.match(t.screen(), /evil\\u202egpj\.exe/, 'the bidi override in a profile name is shown escaped');
  // The header draws the profile's name from the config file.
  t.keys('Enter');
  await see('profile evil\\u202egpj.exe', 'the header with a bidi override in the profile name');
  t.keys('Escape');
  await see(at('profiles'), 'the profiles again');
  await filterTo('hostile');
  t.keys('Enter');
  await see(/StsCode\\x00\\x07/, 'a hostile STS error');
  t.keys('Enter');
  await see(BUCKETS.plain, 'the buckets');
  // The detail pane draws the bucket's name as the server sent it (wide terminals only); a value too
  // long for the pane goes whole on the lines under its label.
  if (cols >= 100) assert.match(t.screen(), /│ Bucket +(?:│\n[^\n]*│ +)?bkt\\x00\\x07\\x08\\n\\x9b2J/, 'the bucket name in the detail pane, escaped');
  t.text('y');
  await see('raw ·', 'the raw view of a hostile bucket name');
  t.keys('Escape');
  await see(at('hostile › s3'), 'back from the raw view');
  await filterTo('bkt');
  t.keys('Enter');
  await see('readme.txt', 'the keys of a hostile bucket');
  await filterTo('readme');
  t.text('v');
  await see('line one', 'the preview of an object with escapes in it');
  t.keys('Escape');
  await t.see(/1 loaded|filter/);
  // One Esc at a time, each waited for: two in one read are Alt-Esc.
  t.keys('Escape'); // the filter
  await see(/dir\\e\]0;[^\n]*\n[^\n]*key\\x00[^\n]*\n[^\n]*readme\.txt/, 'the keys again');
  t.keys('Escape'); // back to the buckets
  await see(at('hostile › s3'), 'the buckets again');
  t.keys('Escape'); // the bucket filter
  await see(BUCKETS.json, 'all the buckets');
  await filterTo('broken');
  t.keys('Enter');
  await see('S3Code', 'an S3 XML error with a hostile code and message');
  t.keys('Escape');
  await see(at('hostile › s3'), 'back from the broken bucket');
  t.keys('Escape');
  await see(BUCKETS.json, 'all the buckets');
  await filterTo('json');
  t.keys('Enter');
  await see(/Retry \(r\)/, 'a JSON error');
  t.keys('Escape');
  await see(at('hostile › s3'), 'back from the JSON bucket');
  t.keys('Escape'); // the filter
  await see(BUCKETS.plain, 'all the buckets');
  t.keys('Escape'); // the services
  await see(at('hostile'), 'the services');
  await filterTo('ec2');
  t.keys('Enter');
  await see('all regions', 'the regions (one with controls in its name)');
  await filterTo('us-east-1');
  t.keys('Enter');
  await see('i-0aaaaaaaaaaaaaaa1', 'instances with hostile Name tags');
  if (cols >= 100) {
    await see('tag team', 'the detail pane of an instance');
    // A label longer than the label column takes its own lines, whole, and the value goes under it,
    // indented: both escaped.
    assert.match(t.screen(), /│ tag team\\x00\\x07\\x08[^\n]*\n(?:[^\n]*│ \S[^\n]*\n)*[^\n]*│ {3}ops\\x00\\x07\\x08/, 'a tag key and value in the detail pane, escaped');
  }
  t.text('y');
  await see('raw ·', 'the raw view of an instance with hostile tags');
  t.keys('Escape');
  await t.see(at('hostile › ec2 › us-east-1'));
  t.text('n');
  await see('ami-name', 'the AMIs to launch from, hostile names and descriptions');
  t.keys('Escape');
  await see('cancelled', 'the launch cancelled');
  t.keys('Escape');
  await see(at('hostile › ec2'), 'the regions again');
  t.keys('Escape'); // the filter
  await see('all regions', 'all the regions');
  await filterTo(BROKEN_REGION);
  t.keys('Enter');
  await see('Ec2Code', 'an EC2 error with a hostile code and message');
  t.text('q');
  await t.see('[exited 0]');
  assert.equal(title(), titleBefore, 'the pane title after the walk');
  assert.ok(checked >= 20, `screens checked: ${checked}`);
  if (existsSync(logFile)) {
    const log = readFileSync(logFile, 'utf8').replace(/\n/g, '');
    const m = RAW.exec(log);
    assert.ok(!m, `raw U+${m?.[0].charCodeAt(0).toString(16)} in the log file`);
  }
  assert.ok(ep.requests.some((r) => r.startsWith('STS GetCallerIdentity')), 'the account was looked up');
}

test('walking a hostile endpoint in tmux at 80x24', { skip }, async () => walk(80, 24));
test('walking a hostile endpoint in tmux at 160x45', { skip }, async () => walk(160, 45));
