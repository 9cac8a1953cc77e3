// The sign-in page handed to the person: OSC 52 for the clipboard, a browser only where there is one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserCommand, openInBrowser, osc52 } from '../../src/data/sso/handoff';

test('OSC 52 carries the text in base64', () => {
  assert.equal(osc52('ABCD-EFGH'), '\u001b]52;c;QUJDRC1FRkdI\u0007');
});

test('a browser where there is one: $BROWSER, the platform\'s opener, xdg-open only with a display', () => {
  assert.deepEqual(browserCommand({ BROWSER: 'firefox' }, 'linux'), ['firefox']);
  assert.deepEqual(browserCommand({}, 'darwin'), ['open']);
  assert.deepEqual(browserCommand({ DISPLAY: ':0' }, 'linux'), ['xdg-open']);
  assert.equal(browserCommand({}, 'linux'), undefined, 'ssh, a container: nothing to open');
  if (process.platform === 'linux') assert.equal(openInBrowser('http://127.0.0.1/x', {}), false);
  assert.equal(openInBrowser('javascript:alert(1)', { BROWSER: 'true' }), false, 'only web pages');
});
