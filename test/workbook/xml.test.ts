/** The XML scanner under the workbook reader: the same events however the bytes are cut, and the text as Excel means it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute, decodeEntities, decodeEscapes, prefixedAttribute, XmlScanner } from '../../src/workbook/xml.js';

/** The events for `chunks`, text pieces joined (the scanner may hand text on in pieces). */
function events(chunks: readonly string[]): string[] {
  const seen: string[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes) => seen.push(`<${name}${attributes}>`),
    close: (name) => seen.push(`</${name}>`),
    text: (raw) => {
      if (seen.at(-1)?.startsWith('text:')) seen[seen.length - 1] += raw;
      else seen.push(`text:${raw}`);
    },
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return seen;
}

const SHEET =
  '<?xml version="1.0"?>\n<x:worksheet xmlns:x="main"><!-- a comment > with a bracket --><x:sheetData>' +
  '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a &lt;b&gt; &amp; &#x41;&#66;</x:t></x:is></x:c>' +
  '<x:c r="B1" s="1" t="str" note="x>y"><x:f>A1&amp;"!"</x:f><x:v><![CDATA[raw <text> & more]]></x:v></x:c><x:c r="C1"/></x:row>' +
  '</x:sheetData></x:worksheet>';

describe('XmlScanner', () => {
  it('reads tags by local name, attributes as written (a > inside quotes included), comments and declarations skipped, CDATA escaped', () => {
    expect(events([SHEET])).toEqual([
      'text:\n',
      '<worksheet xmlns:x="main">',
      '<sheetData>',
      '<row r="1">',
      '<c r="A1" t="inlineStr">',
      '<is>',
      '<t>',
      'text:a &lt;b&gt; &amp; &#x41;&#66;',
      '</t>',
      '</is>',
      '</c>',
      '<c r="B1" s="1" t="str" note="x>y">',
      '<f>',
      'text:A1&amp;"!"',
      '</f>',
      '<v>',
      'text:raw &lt;text> &amp; more',
      '</v>',
      '</c>',
      '<c r="C1">',
      '</c>',
      '</row>',
      '</sheetData>',
      '</worksheet>',
    ]);
  });

  it('gives the same events however the input is cut into chunks', () => {
    const whole = events([SHEET]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: SHEET.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), SHEET.length];
        const chunks = points.slice(1).map((end, index) => SHEET.slice(points[index], end));
        expect(events(chunks)).toEqual(whole);
      }),
    );
  });

  it('a part cut inside a tag, a DOCTYPE, or a tag that never ends is refused', () => {
    expect(() => events(['<row><c r="A1'])).toThrow(expect.objectContaining({ problem: 'cut' }));
    expect(() => events(['<!DOCTYPE x [<!ENTITY a "b">]><x/>'])).toThrow(expect.objectContaining({ problem: 'doctype' }));
    expect(() => events([`<c r="${'A'.repeat(2 * 1024 * 1024)}`])).toThrow(expect.objectContaining({ problem: 'run-on' }));
  });
});

describe('attributes, entities and escapes', () => {
  it.each([
    [' r="A1" t="s"', 't', 's'],
    [" r = 'A1' ", 'r', 'A1'],
    [' name="a t=&quot;x&quot;" t="b"', 't', 'b'],
    [' name="x state=\'hidden\'"', 'state', undefined],
    [' name="Q&amp;A"', 'name', 'Q&A'],
  ])('attribute(%j, %s) is %j', (attributes, name, value) => {
    expect(attribute(attributes, name)).toBe(value);
  });

  it('a relationship id is found whatever its prefix', () => {
    expect(prefixedAttribute(' name="Leads" sheetId="1" r:id="rId3"', 'id')).toBe('rId3');
    expect(prefixedAttribute(' name="Leads" ns1:id="rId4"', 'id')).toBe('rId4');
    expect(prefixedAttribute(' name="r:id=rId9" sheetId="1"', 'id')).toBeUndefined();
  });

  it.each([
    ['a &lt;&gt;&amp;&quot;&apos; &#1046;&#x1F600;', 'a <>&"\' Ж😀'],
    ['&#0; &#x110000; &unknown;', '&#0; &#x110000; &unknown;'],
    ['line\r\nbreak\rhere', 'line\nbreak\nhere'],
  ])('decodeEntities(%j) is %j', (raw, text) => {
    expect(decodeEntities(raw)).toBe(text);
  });

  it.each([
    ['yes_x000D_', 'yes\r'],
    ['_x005F_x000D_', '_x000D_'],
    ['_x005f__x0041_', '_A'],
    ['_xD83D__xDE00_', '😀'],
    ['_x00_ _xZZZZ_ x0041_', '_x00_ _xZZZZ_ x0041_'],
  ])('decodeEscapes(%j) is %j', (raw, text) => {
    expect(decodeEscapes(raw)).toBe(text);
  });
});
