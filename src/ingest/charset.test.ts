import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DECLARATION_SCAN_BYTES, decodeWithLabel, findDeclaredCharset } from './charset.js';
import { scoreDecoding, sniffEncoding } from './charset-sniff.js';
import { decodeBytes } from './decode.js';

/**
 * Encoders for legacy charsets, built by inverting the decoder over every
 * single byte and byte pair (TextEncoder only writes UTF-8).
 */
const encoders = new Map<string, Map<string, number[]>>();

function encoderFor(encoding: string): Map<string, number[]> {
  const cached = encoders.get(encoding);
  if (cached) return cached;
  const table = new Map<string, number[]>();
  const learn = (bytes: number[]): void => {
    const s = decodeWithLabel(Uint8Array.from(bytes), encoding)?.content ?? '';
    if (s.length === 1 && s !== '\ufffd' && !table.has(s)) table.set(s, bytes);
  };
  for (let b = 0x80; b <= 0xff; b++) learn([b]);
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) learn([lead, trail]);
  encoders.set(encoding, table);
  return table;
}

function encode(text: string, encoding: string): Buffer {
  const table = encoderFor(encoding);
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new RangeError(`${encoding} cannot encode ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}

const SAMPLES = {
  russian: page('Правительство объявило о мерах поддержки', 'Министр финансов заявил, что бюджет будет исполнен в срок, несмотря на снижение доходов от экспорта. Новые меры вступят в силу с первого января.'),
  japanese: page('政府、来年度予算案を閣議決定', '政府は来年度の予算案を閣議決定した。経済の回復に向けて、中小企業への支援を強化する方針だ。首相は記者会見で、国民の生活を守ると述べた。'),
  simplified: page('国务院研究稳定经济增长措施', '国务院总理今天在北京主持召开会议，研究部署进一步稳定经济增长的政策措施。会议指出，要加大对中小企业的支持力度，保障就业和民生。'),
  traditional: page('行政院討論穩定經濟成長措施', '行政院長今天在台北主持會議，討論進一步穩定經濟成長的政策措施。會議指出，要加大對中小企業的支持力度，保障就業和民生。'),
  korean: page('정부, 내년도 예산안 의결', '정부는 오늘 내년도 예산안을 국무회의에서 의결했다. 경제 회복을 위해 중소기업에 대한 지원을 강화할 방침이다. 대통령은 기자회견에서 국민의 생활을 지키겠다고 말했다.'),
  french: page('Le gouvernement annonce des mesures', 'Le ministre a déclaré que la réforme entrerait en vigueur dès l’été prochain, malgré l’opposition des syndicats et les critiques de la presse économique.'),
  german: page('Regierung beschließt Maßnahmen', 'Der Minister erklärte am Dienstag, die Änderungen würden schon im Frühjahr gelten. Für größere Betriebe gilt eine Übergangsfrist.'),
};

describe('legacy encoders used by these tests', () => {
  it('agree with known byte sequences', () => {
    assert.deepEqual([...encode('日本', 'shift_jis')], [0x93, 0xfa, 0x96, 0x7b]);
    assert.deepEqual([...encode('日本', 'euc-jp')], [0xc6, 0xfc, 0xcb, 0xdc]);
    assert.deepEqual([...encode('中国', 'gbk')], [0xd6, 0xd0, 0xb9, 0xfa]);
    assert.deepEqual([...encode('中文', 'big5')], [0xa4, 0xa4, 0xa4, 0xe5]);
    assert.deepEqual([...encode('한국', 'euc-kr')], [0xc7, 0xd1, 0xb1, 0xb9]);
    assert.deepEqual([...encode('Мир', 'windows-1251')], [0xcc, 0xe8, 0xf0]);
  });
});

describe('sniffing undeclared legacy HTML', () => {
  const cases: Array<[keyof typeof SAMPLES, string, string]> = [
    ['russian', 'windows-1251', 'windows-1251'],
    ['russian', 'koi8-r', 'koi8-r'],
    ['japanese', 'shift_jis', 'shift_jis'],
    ['japanese', 'euc-jp', 'euc-jp'],
    ['simplified', 'gbk', 'gb18030'],
    ['simplified', 'gb18030', 'gb18030'],
    ['traditional', 'big5', 'big5'],
    ['korean', 'euc-kr', 'euc-kr'],
    ['french', 'windows-1252', 'windows-1252'],
    ['german', 'windows-1252', 'windows-1252'],
  ];
  for (const [sample, encoding, expected] of cases) {
    it(`recognises ${sample} text in ${encoding}`, () => {
      const bytes = encode(SAMPLES[sample], encoding);
      assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'fixture is not valid UTF-8');
      const decoded = decodeBytes(bytes, 'html', { file: 'legacy.html' });
      assert.equal(decoded.encoding, expected);
      assert.equal(decoded.content, SAMPLES[sample]);
    });
  }

  it('recognises a short headline', () => {
    const headline = (text: string): string => `<title>${text}</title>`;
    assert.equal(decodeBytes(encode(headline('Выборы в парламенте'), 'windows-1251'), 'html').encoding, 'windows-1251');
    assert.equal(decodeBytes(encode(headline('東京で地震が発生'), 'shift_jis'), 'html').encoding, 'shift_jis');
    assert.equal(decodeBytes(encode(headline('北京的经济会议'), 'gbk'), 'html').encoding, 'gb18030');
    assert.equal(decodeBytes(encode(headline('서울에서 회의가 열렸다'), 'euc-kr'), 'html').encoding, 'euc-kr');
    assert.equal(decodeBytes(encode(headline('Café “Zürich”'), 'windows-1252'), 'html').encoding, 'windows-1252');
  });

  it('keeps windows-1252 for English pages whose only non-ASCII bytes are punctuation', () => {
    const bytes = encode('<p>It’s a “test” — 5 × 3 … done © 2024</p><button>×</button>', 'windows-1252');
    assert.equal(decodeBytes(bytes, 'html').encoding, 'windows-1252');
  });

  it('sniffs when the declared charset is UTF-8 or unknown but the bytes are not', () => {
    const declaredUtf8 = encode(`<meta charset="utf-8">${SAMPLES.russian}`, 'windows-1251');
    assert.equal(decodeBytes(declaredUtf8, 'html').encoding, 'windows-1251');
    const unknown = encode(`<meta charset="x-made-up">${SAMPLES.korean}`, 'euc-kr');
    assert.equal(decodeBytes(unknown, 'html').encoding, 'euc-kr');
  });

  it('keeps a declared legacy charset over the guess, as browsers do', () => {
    const bytes = encode(`<meta charset="windows-1251">${SAMPLES.russian}`, 'windows-1251');
    assert.equal(decodeBytes(bytes, 'html').encoding, 'windows-1251');
    const declaredKoi = encode(`<meta charset="koi8-r">${SAMPLES.russian}`, 'windows-1251');
    assert.equal(decodeBytes(declaredKoi, 'html').encoding, 'koi8-r');
  });

  it('decodes a UTF-8 page with a BOM and stray bytes as UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>ok'), Buffer.from([0xe9, 0xe8]), Buffer.from('</p>')]);
    assert.deepEqual(decodeBytes(bytes, 'html'), { content: '<p>ok\ufffd\ufffd</p>', encoding: 'utf-8' });
  });

  it('scores the right decoding above the wrong ones', () => {
    const russian = 'Министр финансов заявил, что бюджет будет исполнен';
    const misread = new TextDecoder('windows-1252').decode(encode(russian, 'windows-1251'));
    assert.ok(scoreDecoding(russian, 'cyrillic') > scoreDecoding(misread, 'latin'));
    assert.ok(scoreDecoding('déclaré à l’été', 'latin') > scoreDecoding('dщclarщ р l’щtщ', 'cyrillic'));
  });

  it('copes with arbitrary bytes in bounded time', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const bytes = Buffer.from(Array.from({ length: 600_000 }, () => 0x20 + Math.floor(random() * 0xe0)));
    const started = Date.now();
    const sniffed = sniffEncoding(bytes);
    assert.ok(Date.now() - started < 5000);
    assert.ok(sniffed.content.length > 0);
  });
});

describe('findDeclaredCharset', () => {
  it(`finds a meta charset anywhere in the first ${DECLARATION_SCAN_BYTES} bytes`, () => {
    assert.equal(findDeclaredCharset(Buffer.from(`<html><head>${' '.repeat(3500)}<meta charset="koi8-r">`)), 'koi8-r');
    assert.equal(findDeclaredCharset(Buffer.from(`<html><head>${' '.repeat(DECLARATION_SCAN_BYTES)}<meta charset="koi8-r">`)), null);
  });

  it('reads an XML declaration, also after a BOM', () => {
    assert.equal(findDeclaredCharset(Buffer.from(`<?xml version="1.0" encoding='Shift_JIS'?>\n<html>`)), 'Shift_JIS');
    assert.equal(findDeclaredCharset(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<?xml version="1.0" encoding="windows-1251"?>')])), 'windows-1251');
  });

  it('decodes an XHTML page by its XML declaration', () => {
    const xhtml = encode(`<?xml version="1.0" encoding="EUC-JP"?>\n${SAMPLES.japanese}`, 'euc-jp');
    const decoded = decodeBytes(xhtml, 'html');
    assert.equal(decoded.encoding, 'euc-jp');
    assert.match(decoded.content, /閣議決定/);
  });
});
