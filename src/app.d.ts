export {};

declare module 'svelte/elements' {
	interface HTMLTextareaAttributes {
		/** Safari's word correction, typed for <input> only in Svelte's elements but honoured on <textarea> too. */
		autocorrect?: 'on' | 'off' | '' | undefined | null;
	}
}
