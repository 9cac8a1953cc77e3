// Issue 12: nothing from outside reaches the terminal raw. The app walks an endpoint whose every
// answer carries terminal controls (test/helpers/hostileEndpoint.ts) — names, tags, AMIs, error codes
// and messages over S3, EC2 and STS — and every view is drawn with hostile text in every string it
// takes. Every frame drawn is checked for any ESC, C0/C1 control, bidi or zero-width character.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import stringWidth from 'string-width';
import { Box } from 'ink';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { Session } from '../../src/data/session';
import { node, type NodeType } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { explain } from '../../src/data/errors';
import { Header } from '../../src/ui/Header';
import { StatusLine } from '../../src/ui/StatusLine';
import { JobsPanel } from '../../src/ui/JobsPanel';
import { DetailPane } from '../../src/ui/DetailPane';
import { Breadcrumbs } from '../../src/ui/Breadcrumbs';
import { FilterBar } from '../../src/ui/FilterBar';
import { ScanLine } from '../../src/ui/ScanLine';
import { ErrorView, EmptyView } from '../../src/ui/Placeholders';
import { ModalView } from '../../src/ui/dialogs/ModalView';
import { KeyHints } from '../../src/ui/KeyHints';
import { Text } from '../../src/ui/Safe';
import { driver } from '../helpers/ink';
import { renderAt } from '../helpers/wideTerm';
import { BROKEN_REGION, BUCKETS, hostile, startHostileEndpoint, type HostileEndpoint } from '../helpers/hostileEndpoint';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

// chalk draws no colour here (not a TTY), so Ink's own styling adds no ESC: any ESC is a leak. Were
// colour on, only SGR (ESC [ … m) would be Ink's.
const SGR = /\u001b\[[0-9;]*m/g;
// Ink's own terminal modes, written whole on their own: bracketed paste on and off (usePaste, in dialogs).
const INK_MODES = /\u001b\[\?2004[hl]/g;
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])/;

function assertSafe(frames: string[]) {
  assert.ok(frames.length > 0, 'frames were drawn');
  for (const frame of frames) {
    const m = RAW.exec(frame.replace(SGR, '').replace(INK_MODES, ''));
    assert.ok(!m, `raw U+${m?.[0].charCodeAt(0).toString(16).padStart(4, '0')} in a frame:\n${frame}`);
  }
}

/** Rows of the table, up to the detail pane's border: all the same width. */
function assertAligned(frame: string) {
  const rows = frame.split('\n').filter((l) => /^(▸|\s)\s+\S/.test(l) && l.includes('│'));
  assert.ok(rows.length >= 2, `table rows on screen:\n${frame}`);
  const widths = new Set(rows.map((l) => stringWidth(l.slice(0, l.indexOf('│')))));
  assert.equal(widths.size, 1, `rows of different widths: ${[...widths]}\n${frame}`);
}

let ep: HostileEndpoint;
before(async () => {
  ep = await startHostileEndpoint();
});
after(() => ep?.close());
afterEach(() => cleanup());

function hostileSession(url: string) {
  return new Session({ name: 'hostile', kind: 'static keys', source: 'file', region: 'us-east-1', endpoint: url }, 'us-east-1', {
    clientConfig: { credentials: { accessKeyId: 'AKIDHOSTILE', secretAccessKey: 'not-a-secret' } },
    maxAttempts: 1,
  });
}

test('walking a hostile endpoint: S3, EC2 and STS answers never reach a frame raw', async (t) => {
  const session = hostileSession(ep.url);
  const profile = node(profileNode, 'hostile', 'hostile', { session });
  // Wide enough for the detail pane: tag keys and values are drawn there, and its border shows alignment.
  const term = renderAt(<App path={[rootNode([profile]), profile]} />, { columns: 160, rows: 45 });
  t.after(() => term.unmount());
  const ui = driver(term);
  const select = async (text: string) => {
    ui.press('cursor.first');
    for (let i = 0; i < 12 && !ui.selectedLine()?.includes(text); i++) {
      ui.press('cursor.down');
      await ui.until(() => true, 'a frame');
      await new Promise((r) => setImmediate(r));
    }
    await ui.until(() => ui.selectedLine()?.includes(text) ?? false, `${text} selected`);
  };
  const crumbs = () => ui.frame().split('\n')[1]?.trim() ?? '';
  const backTo = async (crumb: string) => {
    ui.press('back');
    await ui.until(() => crumbs().endsWith(crumb), `back at ${crumb}`);
  };

  // STS: GetCallerIdentity fails with a hostile code and message, drawn in the header.
  await ui.see(/StsCode\\x00\\x07/); // the header or the status line says it, escaped
  await select('s3');
  ui.press('open');
  await ui.see(BUCKETS.plain);
  assertAligned(ui.frame());
  await select('bkt');
  ui.press('raw');
  await ui.see('raw ·');
  ui.press('text.close', 'text');
  await ui.until((f) => !f.includes('raw ·'), 'the raw view closed');
  ui.press('open');
  await ui.see('readme.txt');
  await select('readme.txt');
  await ui.see('Content type'); // HeadObject: a content type with C1 controls in it
  await ui.see('\\x9b2J');
  ui.press('action.preview');
  await ui.see('line one');
  ui.press('text.close', 'text');
  await ui.until((f) => !f.includes('line one'), 'the preview closed');
  await backTo('› s3');
  await select(BUCKETS.broken);
  ui.press('open');
  await ui.see('S3Code'); // an S3 REST XML error, hostile Code and Message
  await backTo('› s3');
  await select(BUCKETS.json);
  ui.press('open');
  await ui.see(/XML parse error|Error/); // a JSON error the XML client cannot read
  await backTo('› s3');
  await backTo('hostile');
  await select('ec2');
  ui.press('open');
  await ui.see('us-east-1');
  await select('us-east-1');
  ui.press('open');
  await ui.see('i-0aaaaaaaaaaaaaaa1');
  await ui.see('tag team'); // tag keys and values in the detail pane
  assertAligned(ui.frame());
  ui.press('raw');
  await ui.see('raw ·');
  ui.press('text.close', 'text');
  await ui.until((f) => !f.includes('raw ·'), 'the raw view closed');
  ui.press('action.launch');
  await ui.see('ami-name'); // DescribeImages: names and descriptions in the pick dialog
  ui.press('dialog.cancel', 'dialog');
  await ui.see('cancelled');
  await backTo('› ec2');
  await select(BROKEN_REGION);
  ui.press('open');
  await ui.see('Ec2Code'); // an EC2 Query XML error
  await backTo('› ec2');
  await select('rg\\x00'); // a region name from DescribeRegions, with controls in it
  ui.press('open');
  await ui.see('Retry (r)'); // the SDK will not sign for it: the error quotes the name, escaped
  await backTo('› ec2');
  await select('all regions');
  ui.press('open');
  await ui.until((f) => crumbs().endsWith('all regions') && /Retry \(r\)|i-0aaaaaaaaaaaaaaa2/.test(f), 'all regions listed or failed');
  assert.ok(ep.requests.some((r) => r.startsWith('EC2 DescribeImages')), 'the AMIs were asked for');
  assertSafe(term.frames);
});

test('a network error that quotes a host is drawn escaped', async () => {
  const host = hostile('evil.example');
  const failing: NodeType<null> = {
    name: 'fake.failing',
    kind: 'collection',
    // eslint-disable-next-line require-yield
    async *children() {
      throw Object.assign(new Error(`Hostname/IP does not match certificate's altnames: Host: ${host}. is not in the cert's altnames`), {
        code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      });
    },
  };
  const refused: NodeType<null> = {
    name: 'fake.refused',
    kind: 'collection',
    // eslint-disable-next-line require-yield
    async *children() {
      throw Object.assign(new Error(`connect ECONNREFUSED ${host}:443`), { code: 'ECONNREFUSED' });
    },
  };
  for (const type of [failing, refused]) {
    const term = renderAt(<App path={[node(type, 'x', hostile('listing'), null)]} />, { columns: 160, rows: 30 });
    const ui = driver(term);
    await ui.see(type === failing ? 'ERR_TLS_CERT_ALTNAME_INVALID' : 'ECONNREFUSED');
    assertSafe(term.frames);
    term.unmount();
  }
});

test('every view, given hostile text in every string it draws, draws it escaped', async () => {
  const h = (what: string) => hostile(what);
  const job = {
    id: 1, title: h('job-title'), kind: 'download', status: 'failed' as const, done: 1, total: 2, unit: 'bytes',
    detail: h('job-detail'), startedAt: 0, endedAt: 1, error: explain(Object.assign(new Error(h('job-err')), { name: h('JobCode') })), lines: [h('job-line')],
  };
  const err = explain(Object.assign(new Error(h('msg')), { name: h('Code') }), h('what'));
  const resolve = () => {};
  const views = [
    <Header profile={h('profile')} region={h('region')} endpoint={h('endpoint')} identity={{ status: 'ok', account: h('account'), source: h('creds') } as never} />,
    <Header profile={h('profile')} identity={{ status: 'error', error: Object.assign(new Error(h('sts')), { name: h('StsCode') }) } as never} />,
    <StatusLine loaded={1} done={false} loading error={err} cursor={0} count={1} />,
    <StatusLine loaded={1} done={false} loading={false} notice={{ text: h('notice'), level: 'error' }} cursor={0} count={1} />,
    <StatusLine
      loaded={1} done={false} loading={false} cursor={0} count={1} filter={h('filter')}
      retries={{ count: 2, last: { operation: h('op'), reason: h('reason') } as never }} sorted={{ title: h('col'), desc: true, partial: true }}
    />,
    <JobsPanel jobs={[job]} now={2} focused selected={0} width={100} maxLines={4} />,
    <DetailPane title={h('title')} fields={[{ label: h('label'), value: h('value') }]} loading={false} error={err} width={60} height={12} />,
    <Breadcrumbs crumbs={[h('crumb1'), h('crumb2')]} />,
    <FilterBar text={h('typed')} editing />,
    <ScanLine text={h('scan')} running />,
    <ErrorView width={80} error={err} />,
    <EmptyView width={80} filtered={false} text={h('empty')} />,
    <KeyHints scope="browse" extra={[{ key: 'n', label: h('hint') }]} width={1000} />,
    <ModalView modal={{ kind: 'confirm', title: h('confirm'), message: h('question'), resolve }} height={20} close={resolve} />,
    <ModalView modal={{ kind: 'type-confirm', title: h('tc'), message: h('question'), expected: h('expected'), resolve }} height={20} close={resolve} />,
    <ModalView modal={{ kind: 'prompt', title: h('prompt'), label: h('label'), initial: h('initial'), resolve }} height={20} close={resolve} />,
    <ModalView modal={{ kind: 'pick', title: h('pick'), choices: async () => [{ value: h('v'), label: h('choice') }], resolve }} height={20} close={resolve} />,
    <ModalView modal={{ kind: 'text', title: h('text'), lines: [h('line1'), h('line2')], note: h('note') }} height={20} close={resolve} />,
    <Text>{h('plain')}<Text bold>{h('nested')}</Text>{7}</Text>,
  ];
  for (const [i, view] of views.entries()) {
    const term = render(<Box flexDirection="column" width={100}>{view}</Box>);
    await driver(term).see(i === 16 ? 'choice' : /\\e/); // every hostile string has an ESC in it
    assertSafe(term.frames);
    cleanup();
  }
});

test('Safe\'s Text refuses what it cannot sanitise: a component inside it', () => {
  // A component returning a bare string would reach Ink unsanitised inside a <Text>.
  const Bare = ({ s }: { s: string }) => s as unknown as React.ReactElement;
  assert.throws(() => Text({ children: ['before ', <Bare key="b" s={hostile('x')} />] }), /<Text> holds strings and <Text>s only, not <Bare>/);
  assert.doesNotThrow(() => Text({ children: ['a', <Text key="t">b</Text>, <React.Fragment key="f">c{1}</React.Fragment>, null, false] }));
});
