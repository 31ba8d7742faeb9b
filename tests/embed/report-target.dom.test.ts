import { describe, expect, it, vi } from 'vitest';
import { createHost } from '../../src/services/host';
import { parentOriginOf, scoresRecipientOf } from '../../src/services/report-target';

const SITE = 'https://site.example';
const widget = { embed: true, reportScores: true, reportTo: [SITE] };

/** A framed widget's window as the browser describes it. */
const framed = (ancestors: string[] | undefined, referrer = '') => {
  const self = {
    parent: {} as Window,
    location: {
      ancestorOrigins: ancestors && {
        length: ancestors.length,
        item: (i: number) => ancestors[i] ?? null,
      },
    },
    document: { referrer },
  };
  return self as unknown as Window;
};

describe('who may hear the scores', () => {
  it('is the listed site, when it is the page around the widget', () => {
    expect(scoresRecipientOf(widget, SITE)).toBe(SITE);
    expect(scoresRecipientOf({ ...widget, reportTo: ['https://a.example', SITE] }, SITE)).toBe(SITE);
  });

  it.each([
    ['another site', { ...widget }, 'https://attacker.example'],
    ['the same host over http', { ...widget }, 'http://site.example'],
    ['a subdomain', { ...widget }, 'https://evil.site.example'],
    ['an unknown host', { ...widget }, undefined],
    ['no list', { ...widget, reportTo: [] }, SITE],
    ['no report=scores', { ...widget, reportScores: false }, SITE],
    ['the full page, not a widget', { ...widget, embed: false }, SITE],
  ])('is nobody for %s', (_, config, parent) => {
    expect(scoresRecipientOf(config, parent)).toBeUndefined();
  });

  it('reads the host from ancestorOrigins, which no page can forge, before the referrer', () => {
    expect(parentOriginOf(framed([SITE], 'https://attacker.example/page'))).toBe(SITE);
    expect(parentOriginOf(framed(['https://attacker.example'], `${SITE}/page`))).toBe(
      'https://attacker.example',
    );
  });

  it('falls back to the referrer where ancestorOrigins does not exist, and to nobody without one', () => {
    expect(parentOriginOf(framed(undefined, `${SITE}/blog/post?x=1`))).toBe(SITE);
    expect(parentOriginOf(framed(undefined, ''))).toBeUndefined();
  });

  it('is nobody when the widget is not in a frame', () => {
    expect(parentOriginOf(window)).toBeUndefined();
  });
});

describe('the host service', () => {
  it('never posts scores to any origin ("*"), only the verdict', () => {
    const parent = { postMessage: vi.fn() };
    const host = createHost(true, parent as unknown as Window, SITE);
    expect(host.scoresRecipient).toBe(SITE);
    const scores = { tech: 50 };
    host.notify({ type: 'delega:complete', verdict: 'assistant', scores });
    expect(parent.postMessage).not.toHaveBeenCalled();
    host.notify({ type: 'delega:complete', verdict: 'assistant', scores }, SITE);
    expect(parent.postMessage).toHaveBeenCalledWith(
      { type: 'delega:complete', verdict: 'assistant', scores },
      SITE,
    );
    host.notify({ type: 'delega:complete', verdict: 'assistant' });
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: 'delega:complete', verdict: 'assistant' },
      '*',
    );
  });

  it('has no recipient outside a frame', () => {
    expect(createHost(true, window, SITE).scoresRecipient).toBeUndefined();
  });
});
