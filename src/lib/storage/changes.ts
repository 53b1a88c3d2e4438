/** Tells other tabs of this browser that a reflection changed, so they can show the newest answers. */
const CHANNEL = 'rebalance-changes';

let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
	if (channel === undefined) channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
	return channel;
}

/** Announces that a reflection's answers or notes changed in this tab. */
export function announceChange(reflectionId: string): void {
	open()?.postMessage({ reflectionId });
}

/** Listens for changes made in other tabs; returns a function that stops listening. */
export function onOtherTabChange(listener: (reflectionId: string) => void): () => void {
	// The channel that announces listens too: a channel never hears its own messages, so this
	// tab's own saves do not come back to it as if another tab had made them.
	const shared = open();
	if (!shared) return () => undefined;
	const receive = (event: MessageEvent<{ reflectionId?: unknown }>) => {
		if (typeof event.data?.reflectionId === 'string') listener(event.data.reflectionId);
	};
	shared.addEventListener('message', receive);
	return () => shared.removeEventListener('message', receive);
}
