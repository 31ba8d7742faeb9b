import { afterEach, describe, expect, it, vi } from 'vitest';
import { isHostMessage, MAX_FRAME_HEIGHT } from '../../src/embed/messages';
import { mountWidgets, startHeightOf } from '../../src/embed/widget-frame';

// jsdom lays nothing out, so it has no ResizeObserver: the frames' widths never change here.
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    unobserve() {}
    disconnect() {}
  },
);

const APP = 'https://delega.example/quiz/';
const APP_ORIGIN = 'https://delega.example';

let stops: (() => void)[] = [];
let api: ReturnType<typeof mountWidgets>;
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  document.body.innerHTML = '';
});

function hostPage(html: string) {
  document.body.innerHTML = html;
  api = mountWidgets(APP);
  stops.push(api.stop);
  return [...document.querySelectorAll('iframe')];
}

function post(data: unknown, source: MessageEventSource | null, origin = APP_ORIGIN) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
}

describe('the loader', () => {
  it('turns each placeholder into a titled, lazy iframe with its data-* parameters', () => {
    const frames = hostPage(`
      <div id="one" data-delega data-lang="it" data-va="Anna &quot;A&quot;" data-accent="#aa3377" data-report="scores" data-report-to="https://site.example https://www.site.example" data-unknown="x"></div>
      <p>text</p>
      <script id="two" data-delega data-contact="mailto:ana@ejemplo.com"></script>`);
    expect(frames).toHaveLength(2);
    const [one, two] = frames as [HTMLIFrameElement, HTMLIFrameElement];
    expect(one.parentElement?.id).toBe('one');
    expect(two.previousElementSibling?.id).toBe('two');

    const src = new URL(one.src);
    expect(`${src.origin}${src.pathname}`).toBe(APP);
    expect(Object.fromEntries(src.searchParams)).toEqual({
      lang: 'it',
      va: 'Anna "A"',
      accent: '#aa3377',
      report: 'scores',
      'report-to': 'https://site.example https://www.site.example',
      embed: '1',
    });
    expect(one.title).toBe(
      'Delega: questionario per capire se è il momento di lavorare con un assistente virtuale',
    );
    expect(two.title).toBe(
      'Delega: cuestionario para saber si es el momento de trabajar con un asistente virtual',
    );
    expect(one.loading).toBe('lazy');
    expect(one.allow).toBe('clipboard-write');
    // jsdom lays nothing out: no reserved space, no width, so the intro's height at its narrowest.
    expect(one.style.height).toBe('1000px');
    expect(one.style.width).toBe('100%');
    expect(new URL(two.src).searchParams.get('contact')).toBe('mailto:ana@ejemplo.com');
  });

  it('mounts each placeholder once however many copies of the script run', () => {
    hostPage('<div data-delega></div><div data-delega></div>');
    stops.push(mountWidgets(APP).stop);
    expect(document.querySelectorAll('iframe')).toHaveLength(2);
  });

  it("resizes a frame only on a well-formed message from the app's origin and that frame's window", () => {
    const [one, two] = hostPage('<div data-delega></div><div data-delega></div>') as [
      HTMLIFrameElement,
      HTMLIFrameElement,
    ];
    post({ type: 'delega:resize', height: 812.2 }, one.contentWindow);
    expect(one.style.height).toBe('813px');
    expect(two.style.height).toBe('1000px');

    const forgeries: [unknown, MessageEventSource | null, string?][] = [
      [{ type: 'delega:resize', height: 100 }, window], // the host page itself
      [{ type: 'delega:resize', height: 100 }, one.contentWindow, 'https://evil.example'],
      [{ type: 'delega:resize', height: 100 }, one.contentWindow, 'http://delega.example'],
      [{ type: 'delega:resize', height: 100 }, null],
      [{ type: 'delega:resize', height: '100' }, one.contentWindow],
      [{ type: 'delega:resize', height: -5 }, one.contentWindow],
      [{ type: 'delega:resize', height: Number.NaN }, one.contentWindow],
      [{ type: 'delega:resize', height: 100 }, one.contentWindow, 'null'], // opaque, but this host is not sandboxed
      [{ type: 'delega:resize' }, one.contentWindow],
      ['delega:resize', one.contentWindow],
      [null, one.contentWindow],
    ];
    for (const [data, source, origin] of forgeries) post(data, source, origin);
    expect(one.style.height).toBe('813px');
  });

  it('tells the frame that it is sized to its content, so the widget drops its own scrollbar', () => {
    const [frame] = hostPage('<div data-delega></div>') as [HTMLIFrameElement];
    const reply = vi.spyOn(frame.contentWindow!, 'postMessage');
    post({ type: 'delega:resize', height: 500 }, frame.contentWindow);
    expect(reply).toHaveBeenCalledWith({ type: 'delega:autosize' }, APP_ORIGIN);
  });

  it('re-dispatches start and complete as bubbling DOM events carrying only the documented fields', () => {
    const [frame] = hostPage('<section id="host"><div data-delega></div></section>') as [HTMLIFrameElement];
    const received: CustomEvent[] = [];
    const listen = (event: Event) => received.push(event as CustomEvent);
    document.addEventListener('delega:start', listen);
    document.addEventListener('delega:complete', listen);

    post({ type: 'delega:start', extra: '<img>' }, frame.contentWindow);
    post({ type: 'delega:complete', verdict: 'assistant-after-prep', html: '<b>' }, frame.contentWindow);
    post(
      { type: 'delega:complete', verdict: 'employee', scores: { tech: 80, trust: 35 } },
      frame.contentWindow,
    );
    post({ type: 'delega:complete', verdict: '<script>' }, frame.contentWindow);
    post({ type: 'delega:complete', verdict: 'employee', scores: { tech: 101 } }, frame.contentWindow);
    post({ type: 'delega:start' }, window);

    expect(received.map((e) => [e.type, e.target, e.detail])).toEqual([
      ['delega:start', frame, {}],
      ['delega:complete', frame, { verdict: 'assistant-after-prep' }],
      ['delega:complete', frame, { verdict: 'employee', scores: { tech: 80, trust: 35 } }],
    ]);
    expect(received.every((e) => e.bubbles)).toBe(true);
    document.removeEventListener('delega:start', listen);
    document.removeEventListener('delega:complete', listen);
  });

  it('clamps a height above its cap instead of dropping it, and tells the page each height once ready', () => {
    const [frame] = hostPage('<div id="w" data-delega></div>') as [HTMLIFrameElement];
    const heard: [string, unknown][] = [];
    const listen = (event: Event) => heard.push([event.type, (event as CustomEvent).detail]);
    for (const type of ['delega:ready', 'delega:resize']) document.addEventListener(type, listen);
    post({ type: 'delega:resize', height: 640.5 }, frame.contentWindow);
    post({ type: 'delega:resize', height: 24_153 }, frame.contentWindow);
    expect(frame.style.height).toBe(`${MAX_FRAME_HEIGHT}px`);
    expect(heard).toEqual([
      ['delega:resize', { height: 641 }],
      ['delega:ready', {}],
      ['delega:resize', { height: MAX_FRAME_HEIGHT }],
    ]);
    for (const type of ['delega:ready', 'delega:resize']) document.removeEventListener(type, listen);
  });

  it('names each frame after its data-id, or the page and its position, so each widget keeps its own progress', () => {
    const frames = hostPage(
      '<div data-delega></div><div data-delega data-id="home-quiz"></div><div data-delega></div>',
    );
    expect(frames.map((frame) => frame.name)).toEqual(['delega:/#0', 'delega:home-quiz', 'delega:/#2']);
  });

  it('mounts, unmounts and mounts again through its API, once per element', () => {
    hostPage('<main id="view"></main>');
    const later = document.createElement('div');
    later.setAttribute('data-delega', '');
    later.dataset.lang = 'it';
    document.getElementById('view')!.append(later);
    api.mountAll();
    api.mountAll();
    api.mount(later);
    expect(later.querySelectorAll('iframe')).toHaveLength(1);
    api.unmount(later);
    expect(later.querySelectorAll('iframe')).toHaveLength(0);
    api.unmount(later);
    api.mount(later);
    expect(later.querySelectorAll('iframe')).toHaveLength(1);
  });
});

describe('startHeightOf', () => {
  it.each([
    [{ height: '560' }, { width: 360, height: 0 }, 560], // the host asked
    [{}, { width: 360, height: 860 }, 860], // the host reserved it in its CSS
    [{}, { width: 360, height: 0 }, 640], // the intro's height for that width
    [{}, { width: 1200, height: 0 }, 470],
    [{ height: 'tall' }, { width: 320, height: 0 }, 680],
  ])('%o in %o → %i px', (data, box, expected) => {
    expect(startHeightOf(data, box)).toBe(expected);
  });
});

describe('isHostMessage', () => {
  it.each([
    [{ type: 'delega:resize', height: 1 }, true],
    [{ type: 'delega:resize', height: 20_000 }, true],
    [{ type: 'delega:resize', height: 20_001 }, true], // clamped by the loader, not dropped
    [{ type: 'delega:resize', height: 0 }, false],
    [{ type: 'delega:resize', height: Infinity }, false],
    [{ type: 'delega:start' }, true],
    [{ type: 'delega:complete', verdict: 'not-yet' }, true],
    [{ type: 'delega:complete', verdict: 'not-yet', scores: [] }, false],
    [{ type: 'delega:complete', verdict: 'not-yet', scores: { tech: 50.5 } }, false],
    [{ type: 'delega:complete' }, false],
    [{ type: 'delega:other' }, false],
    [[], false],
    [undefined, false],
  ])('%o → %s', (data, expected) => {
    expect(isHostMessage(data)).toBe(expected);
  });
});
