import { describe, expect, it } from 'vitest';
import { accentShades, contrastRatio, DARK_BACKGROUND, LIGHT_BACKGROUND } from '../../src/config/accent';

describe('accent shades', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps a colour that already reads well', () => {
    expect(accentShades('#1b5e8c').light).toBe('#1b5e8c');
  });

  it.each(['#ffff00', '#ffffff', '#7fffd4', '#ff69b4', '#000000', '#123456'])(
    'derives readable shades from %s for both themes',
    (accent) => {
      const { light, dark } = accentShades(accent);
      expect(contrastRatio(light, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(dark, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
      expect(light).toMatch(/^#[0-9a-f]{6}$/);
    },
  );
});
