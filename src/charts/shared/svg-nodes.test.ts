import { describe, it, expect } from 'vitest';
import { el, num, pct, nodeString, renderSvg, attrString } from './svg-nodes.ts';
import { normalizeSvg } from './golden.ts';
import type { ChartSpec } from './chart-spec.ts';

describe('num and pct', () => {
  it('round to one decimal and never write -0', () => {
    expect(num(79.4223)).toBe(79.4);
    expect(num(-0.01)).toBe(0);
    expect(pct(12.345)).toBe('12.3%');
  });
});

describe('attrString', () => {
  it('escapes quotes, ampersands and angle brackets, and leaves out undefined', () => {
    expect(attrString({ 'data-x': '" onmouseover="alert(4)" x="', lang: undefined, y: 2 })).toBe(
      ' data-x="&quot; onmouseover=&quot;alert(4)&quot; x=&quot;" y="2"',
    );
  });
});

describe('nodeString', () => {
  it('writes text as text, however hostile', () => {
    expect(nodeString(el('text', { x: 0 }, '<svg onload=alert(3)> & 62\u00a0000'))).toBe(
      '<text x="0">&lt;svg onload=alert(3)&gt; &amp; 62&nbsp;000</text>',
    );
  });

  it('writes nested elements with explicit end tags, as the HTML serializer does', () => {
    expect(nodeString(el('g', { class: 'mark' }, [el('g', {}, [el('rect', { width: 1 })])]))).toBe(
      '<g class="mark"><g><rect width="1"></rect></g></g>',
    );
  });
});

describe('renderSvg', () => {
  it('names the SVG by the title and description, with a fixed height', () => {
    const spec = {
      id: 'c',
      desc: 'A bar.',
      height: 40,
      nodes: [el('rect', { width: '50%' })],
    } as unknown as ChartSpec;
    expect(renderSvg(spec)).toBe(
      '<svg class="chart-svg" width="100%" height="40" role="img" aria-labelledby="c-title" aria-describedby="c-desc"><desc id="c-desc">A bar.</desc><rect width="50%"></rect></svg>',
    );
  });
});

describe('normalizeSvg', () => {
  it('rounds every decimal to one place and breaks lines between elements', () => {
    expect(normalizeSvg('<a x="1.26" y="-0.04"></a><b/>')).toBe('<a x="1.3" y="0.0">\n</a>\n<b/>');
  });
});

describe('nodeString in xml mode', () => {
  it('writes the no-break space as &#160;, since XML has no &nbsp;, and drops characters XML forbids', () => {
    const node = el('text', { 'aria-label': '62\u00a0000' }, '62\u00a0000 \u0007 <b>');
    expect(nodeString(node, 'xml')).toBe(
      '<text aria-label="62&#160;000">62&#160;000 \ufffd &lt;b&gt;</text>',
    );
    expect(nodeString(node)).toBe('<text aria-label="62&nbsp;000">62&nbsp;000 \u0007 &lt;b&gt;</text>');
  });

  it('passes the mode down to children', () => {
    expect(nodeString(el('g', {}, [el('text', {}, 'a\u00a0b')]), 'xml')).toBe('<g><text>a&#160;b</text></g>');
  });
});
