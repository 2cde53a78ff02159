import { describe, it, expect } from 'vitest';
import {
  iframeCode,
  pinnedFrameId,
  frameId,
  resizeScript,
  MAX_HEIGHT,
  MIN_HEIGHT,
  RESIZE_MESSAGE,
} from './code.ts';

describe('pinnedFrameId', () => {
  it('differs from the latest frame id of the same chart', () => {
    expect(pinnedFrameId('fa.ozbekiston.s2', 'chart-progress', '2020-12-02')).not.toBe(
      frameId('fa.ozbekiston.s2', 'chart-progress'),
    );
  });
});

describe('iframeCode', () => {
  it('gives a titled, sandboxed iframe with a fixed fallback height', () => {
    const code = iframeCode({
      id: 'f1',
      src: 'https://example.org/embed/en/a/chart-progress/',
      title: 'Progress — Sector 2',
      height: 412.4,
    });
    expect(code).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(code).toContain('title="Progress — Sector 2"');
    expect(code).toContain('height="412"');
    expect(code).toContain('sandbox="allow-scripts');
    expect(code).toContain('src="https://example.org/embed/en/a/chart-progress/"');
  });

  it('escapes quotes and angle brackets in the title', () => {
    const code = iframeCode({ id: 'f1', src: '/x', title: '"><script>alert(1)</script>', height: 300 });
    expect(code).not.toContain('<script>');
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

/** Runs the pasted resize script against a fake page with an iframe per id; returns a way to send messages. */
function host(iframeId: string, ...others: string[]) {
  const frames = new Map([iframeId, ...others].map((id) => [id, { height: '400', contentWindow: {} }]));
  const frame = frames.get(iframeId)!;
  let listener: ((e: { source: unknown; data: unknown }) => void) | undefined;
  const doc = { getElementById: (id: string) => frames.get(id) ?? null };
  const win = {
    addEventListener: (type: string, f: typeof listener) => type === 'message' && (listener = f),
  };
  const body = resizeScript(others.length ? [iframeId, ...others] : iframeId).replace(
    /^<script>|<\/script>$/g,
    '',
  );
  new Function('document', 'window', body)(doc, win);
  return {
    frame,
    frames,
    frameWindow: frame.contentWindow,
    send: (source: unknown, data: unknown) => listener!({ source, data }),
  };
}

describe('resizeScript', () => {
  it('is one classic script element', () => {
    expect(resizeScript('f')).toMatch(/^<script>[^<]*<\/script>$/);
  });

  it('sets the height from a message of that iframe', () => {
    const h = host('f');
    h.send(h.frameWindow, { type: RESIZE_MESSAGE, height: 523.2 });
    expect(h.frame.height).toBe('524');
  });

  it('ignores messages from any other window, of another type, or without a finite number', () => {
    const h = host('f');
    h.send({}, { type: RESIZE_MESSAGE, height: 900 });
    h.send(h.frameWindow, { type: 'other', height: 900 });
    h.send(h.frameWindow, { type: RESIZE_MESSAGE, height: '900' });
    h.send(h.frameWindow, { type: RESIZE_MESSAGE, height: Infinity });
    h.send(h.frameWindow, null);
    expect(h.frame.height).toBe('400');
  });

  it('resizes each of several frames only from its own window', () => {
    const h = host('latest', 'pinned');
    const pinned = h.frames.get('pinned')!;
    h.send(pinned.contentWindow, { type: RESIZE_MESSAGE, height: 612 });
    expect(pinned.height).toBe('612');
    expect(h.frame.height).toBe('400');
    h.send(h.frameWindow, { type: RESIZE_MESSAGE, height: 500 });
    expect(h.frame.height).toBe('500');
    expect(pinned.height).toBe('612');
  });

  it('caps the height both ways', () => {
    const h = host('f');
    h.send(h.frameWindow, { type: RESIZE_MESSAGE, height: 1e9 });
    expect(h.frame.height).toBe(String(MAX_HEIGHT));
    h.send(h.frameWindow, { type: RESIZE_MESSAGE, height: -5 });
    expect(h.frame.height).toBe(String(MIN_HEIGHT));
  });

  it('cannot be broken out of by the iframe id', () => {
    const code = resizeScript('x"</script><script>alert(1)//');
    expect(code.match(/<\/script>/g)).toHaveLength(1);
  });
});
