import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceChange, onOtherTabChange } from './changes';

const CHANNEL = 'rebalance-changes';
const opened: BroadcastChannel[] = [];
const otherTab = () => {
	const channel = new BroadcastChannel(CHANNEL);
	opened.push(channel);
	return channel;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => opened.splice(0).forEach((channel) => channel.close()));

describe('changes between tabs', () => {
	it('hears another tab’s change, but not this tab’s own', async () => {
		const heard = vi.fn();
		const stop = onOtherTabChange(heard);
		announceChange('mine');
		otherTab().postMessage({ reflectionId: 'theirs' });
		await settle();
		expect(heard.mock.calls).toEqual([['theirs']]);
		stop();
	});

	it('tells other tabs about this tab’s change', async () => {
		const other = otherTab();
		const received = new Promise((resolve) => (other.onmessage = (event) => resolve(event.data)));
		announceChange('r1');
		expect(await received).toEqual({ reflectionId: 'r1' });
	});

	it('ignores messages without a reflection, and stops listening when asked', async () => {
		const heard = vi.fn();
		const stop = onOtherTabChange(heard);
		const other = otherTab();
		other.postMessage({ reflectionId: 7 });
		other.postMessage('hello');
		await settle();
		stop();
		other.postMessage({ reflectionId: 'late' });
		await settle();
		expect(heard).not.toHaveBeenCalled();
	});
});
