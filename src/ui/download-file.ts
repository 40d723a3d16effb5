/** Hands a file made in the browser to the user as a download (no server involved). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the address is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A text file as a download. */
export function downloadFile(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}
