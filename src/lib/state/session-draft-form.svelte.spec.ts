import { describe, expect, it } from 'vitest';
import { CUSTOM_SOURCE_SUGGESTIONS } from '$lib/share/custom-suggestions';
import { SessionDraftForm } from './session-draft-form.svelte';

describe('SessionDraftForm', () => {
	it('adds up to four sources of your own, and no more', () => {
		const form = new SessionDraftForm();
		const added = CUSTOM_SOURCE_SUGGESTIONS.map((spec) => form.addCustom(spec));
		expect(added).toEqual([true, true, true, true]);
		expect(form.canAddCustom).toBe(false);
		expect(form.addCustom()).toBe(false);
		expect(form.draft.custom).toHaveLength(4);
	});

	it('removes the chosen source of your own and drops problems that pointed at rows', () => {
		const form = new SessionDraftForm();
		form.addCustom({ name: 'A', description: '' });
		form.addCustom({ name: '', description: 'no name' });
		form.addCustom({ name: 'C', description: '' });
		expect(form.check()).toBe(false);
		expect(form.problem('custom-1-name')).toBeDefined();
		form.removeCustom(1);
		expect(form.draft.custom.map((spec) => spec.name)).toEqual(['A', 'C']);
		expect(form.problems.map((problem) => problem.key)).toEqual(['title']);
	});

	it('checks the form, keeping each problem against its input, and passes once they are mended', () => {
		const form = new SessionDraftForm();
		form.draft.sources = ['class'];
		form.draft.threshold = 1;
		expect(form.check()).toBe(false);
		expect(form.problems.map((problem) => problem.key)).toEqual(['title', 'sources', 'threshold']);
		expect(form.problem('welcome')).toBeUndefined();
		form.draft.title = 'Planning day';
		form.draft.sources = ['class', 'monetary', 'position'];
		form.draft.threshold = 3;
		expect(form.check()).toBe(true);
		expect(form.problems).toEqual([]);
	});

	it('describes its settings as typed, following every change to the draft', () => {
		const form = new SessionDraftForm();
		form.draft.title = 'Tenants’ forum';
		form.addCustom({ name: 'Faith', description: '' });
		expect(form.settings.title).toBe('Tenants’ forum');
		expect(form.settings.custom.map((spec) => spec.name)).toEqual(['Faith']);
	});
});
