// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob } from './download';

afterEach(() => vi.useRealTimers());

describe('downloadBlob', () => {
	it('clicks a link to the blob with the file name, leaves nothing behind, and frees the blob later', () => {
		vi.useFakeTimers();
		const blob = new Blob(['{}'], { type: 'application/json' });
		URL.createObjectURL = vi.fn(() => 'blob:made');
		URL.revokeObjectURL = vi.fn();
		const clicked: { href: string; download: string }[] = [];
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			clicked.push({ href: this.href, download: this.download });
		});
		downloadBlob(blob, 'rebalance-2025-03-04.json');
		expect(URL.createObjectURL).toHaveBeenCalledWith(blob);
		expect(clicked).toEqual([{ href: 'blob:made', download: 'rebalance-2025-03-04.json' }]);
		expect(document.querySelector('a')).toBeNull();
		expect(URL.revokeObjectURL).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:made');
		click.mockRestore();
	});
});
