/**
 * Makes an assistant's accent colour usable: for the light theme it is darkened until white
 * text on it (buttons) and it on white (links, progress) reach WCAG AA 4.5:1; for the dark
 * theme it is lightened until it reaches 4.5:1 against the dark background, where buttons
 * carry dark text. The hue is kept, so the brand still reads as theirs.
 */
export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#14181d';
export const DEFAULT_ACCENT = '#1b5e8c';
const AA = 4.5;

type Rgb = readonly [number, number, number];

const toRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(toRgb(a)), luminance(toRgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Mixes towards `target` in small steps until the contrast with `against` is enough. */
function shiftUntilReadable(hex: string, target: Rgb, against: string): string {
  const start = toRgb(hex);
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const candidate = toHex(start.map((c, i) => c + (target[i]! - c) * t) as unknown as Rgb);
    if (contrastRatio(candidate, against) >= AA) return candidate;
  }
  return toHex(target);
}

export interface AccentShades {
  readonly light: string;
  readonly dark: string;
}

export const accentShades = (hex: string): AccentShades => ({
  light: shiftUntilReadable(hex.toLowerCase(), [0, 0, 0], LIGHT_BACKGROUND),
  dark: shiftUntilReadable(hex.toLowerCase(), [255, 255, 255], DARK_BACKGROUND),
});
