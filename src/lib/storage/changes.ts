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
	const receiver = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
	if (!receiver) return () => undefined;
	receiver.onmessage = (event: MessageEvent<{ reflectionId?: unknown }>) => {
		if (typeof event.data?.reflectionId === 'string') listener(event.data.reflectionId);
	};
	return () => receiver.close();
}
