import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceChange, onOtherTabChange } from './changes';

const CHANNEL = 'rebalance-changes';
const opened: BroadcastChannel[] = [];
const otherTab = () => {
	const channel = new BroadcastChannel(CHANNEL);
	opened.push(channel);
	return channel;
};
// Waiting is bounded only so that a failure ends; a passing test goes on as soon as the message is in.
const WAIT = { timeout: 10_000 };

afterEach(() => opened.splice(0).forEach((channel) => channel.close()));

describe('changes between tabs', () => {
	it('hears another tab’s change, but not this tab’s own', async () => {
		const heard = vi.fn();
		const stop = onOtherTabChange(heard);
		// This tab's own message goes out first, so it would be heard before the other tab's.
		announceChange('mine');
		otherTab().postMessage({ reflectionId: 'theirs' });
		await vi.waitFor(() => expect(heard).toHaveBeenCalledWith('theirs'), WAIT);
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
		// A listener left on shows when a message has been handed out to this tab's listeners.
		const stillListening = vi.fn();
		const stopWitness = onOtherTabChange(stillListening);
		const other = otherTab();
		other.postMessage({ reflectionId: 7 });
		other.postMessage('hello');
		other.postMessage({ reflectionId: 'valid' });
		await vi.waitFor(() => expect(heard).toHaveBeenCalledWith('valid'), WAIT);
		expect(heard.mock.calls).toEqual([['valid']]);
		stop();
		other.postMessage({ reflectionId: 'late' });
		await vi.waitFor(() => expect(stillListening).toHaveBeenCalledWith('late'), WAIT);
		expect(heard.mock.calls).toEqual([['valid']]);
		stopWitness();
	});
});
