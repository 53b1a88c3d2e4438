export {};

declare global {
	namespace App {
		interface PageState {
			/** Set on a reflection's step opened from its session's page (/join), which is then the history entry just behind it. */
			fromSessionPage?: true;
		}
	}
}

declare module 'svelte/elements' {
	interface HTMLTextareaAttributes {
		/** Safari's word correction, typed for <input> only in Svelte's elements but honoured on <textarea> too. */
		autocorrect?: 'on' | 'off' | '' | undefined | null;
	}
}
