/**
 * Copies with the Clipboard API. Where it is missing (an old browser, an http page, a frame
 * without clipboard-write) or refused, selects the text instead, so Ctrl+C finishes the job.
 * Resolves to whether the text is on the clipboard.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus({ preventScroll: true });
    field?.select();
    return false;
  }
}
