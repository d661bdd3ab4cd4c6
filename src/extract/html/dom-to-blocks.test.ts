import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { renderBlocks } from './dom-to-blocks.js';

const render = (html: string) => renderBlocks(parseDocument(html, { decodeEntities: true }));

test('block elements become blocks joined by blank lines', () => {
  const page = render('<body><h1>Title here</h1><p>First   paragraph\n text.</p><ul><li>One</li><li>Two</li></ul></body>');
  assert.deepEqual(page.blocks.map((b) => [b.tag, b.text]), [['h1', 'Title here'], ['p', 'First paragraph text.'], ['li', 'One'], ['li', 'Two']]);
  assert.equal(page.text, 'Title here\n\nFirst paragraph text.\n\nOne\n\nTwo');
});

test('block offsets point into the page text', () => {
  const page = render('<div>Alpha <b>beta</b></div><p>Gamma &amp; delta</p>');
  for (const b of page.blocks) assert.equal(page.text.slice(b.start, b.end), b.text);
  assert.equal(page.blocks[1].text, 'Gamma & delta');
});

test('scripts, styles, forms controls, templates and hidden elements are not rendered', () => {
  const page = render(
    '<p>Keep</p><script>var x = 1;</script><style>p{}</style><noscript>No JS</noscript><template>T</template>' +
      '<button>Click</button><select><option>Opt</option></select><div hidden>Hidden</div><div style="display: none">Gone</div><svg><text>Svg</text></svg>',
  );
  assert.equal(page.text, 'Keep');
});

test('one <br> breaks a line, two end a block', () => {
  const page = render('<div>Line one<br>line two<br><br>Next paragraph</div>');
  assert.deepEqual(page.blocks.map((b) => b.text), ['Line one\nline two', 'Next paragraph']);
});

test('div with direct text and block children yields separate blocks with the div as owner', () => {
  const page = render('<div class="story">Lead text <p>Inner paragraph</p> tail text</div>');
  assert.deepEqual(page.blocks.map((b) => [b.tag, b.text]), [['div', 'Lead text'], ['p', 'Inner paragraph'], ['div', 'tail text']]);
});

test('pre keeps its line structure', () => {
  const page = render('<pre>a  b\n  c</pre>');
  assert.equal(page.blocks[0].text, 'a  b\n  c');
});

test('link characters are counted per block and per element', () => {
  const page = render('<div id="x"><p>Read <a href="/a">this story</a></p><p>plain</p></div>');
  assert.equal(page.blocks[0].linkChars, 'thisstory'.length);
  assert.equal(page.blocks[0].chars, 'Readthisstory'.length);
  const div = page.blocks[0].owner!.parent as never;
  const stats = page.stats.get(div)!;
  assert.equal(stats.firstBlock, 0);
  assert.equal(stats.endBlock, 2);
  assert.equal(stats.linkChars, 9);
});

test('table cells are blocks (table layout pages)', () => {
  const page = render('<table><tr><td>Menu</td><td><p>Story text.</p></td></tr></table>');
  assert.deepEqual(page.blocks.map((b) => b.text), ['Menu', 'Story text.']);
});
