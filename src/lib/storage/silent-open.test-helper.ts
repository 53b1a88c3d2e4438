/** An open request that says nothing until the test answers it, as WebKit's sometimes never does. */
export function silentOpen(): { request: IDBOpenDBRequest; answer: (db: IDBDatabase) => void } {
	const request = new IDBOpenDBRequest();
	const listeners = new Map<string, EventListener>();
	request.addEventListener = (type: string, listener: EventListener) => void listeners.set(type, listener);
	const answer = (db: IDBDatabase) => {
		Object.assign(request, { readyState: 'done', result: db });
		listeners.get('success')?.(new Event('success'));
	};
	return { request, answer };
}
