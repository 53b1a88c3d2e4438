import '@testing-library/jest-dom/vitest';

// jsdom lays nothing out, so nothing is ever resized; the presenter's size observers still need the class.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
} as unknown as typeof ResizeObserver;
