/**
 * A built file of the app, as the browser asks for it: `assets/<name>-<hash>.<ext>`, the name being
 * the chunk's (`start`, `results-screen`, `radar-drawing`…) or the stylesheet's (`index`).
 */
export const assetFile = (name: string, ext: 'js' | 'css' = 'js') =>
  new RegExp(`/assets/${name}-[\\w-]+\\.${ext}$`);
