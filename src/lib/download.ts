/** Saving a file the app made as a download: the one way anything Rebalance makes leaves the page. */

/** Saves a blob as a download with the given file name. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later, not at once: some browsers read the address only after the click has returned.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
