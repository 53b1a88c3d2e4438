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

	it('puts back the source removed last where it was, with the name and description typed, and row problems forgotten', () => {
		const form = new SessionDraftForm();
		form.addCustom({ name: 'A', description: 'First' });
		form.addCustom({ name: 'Lived experience', description: 'What I typed myself' });
		form.addCustom({ name: '', description: 'no name' });
		form.removeCustom(1);
		expect(form.check()).toBe(false);
		expect(form.problem('custom-1-name')).toBeDefined();
		expect(form.undoRemove()).toBe(1);
		expect(form.draft.custom).toEqual([
			{ name: 'A', description: 'First' },
			{ name: 'Lived experience', description: 'What I typed myself' },
			{ name: '', description: 'no name' }
		]);
		expect(form.problems.map((problem) => problem.key)).toEqual(['title']);
		expect(form.removed).toBeNull();
		expect(form.undoRemove()).toBeNull();
		expect(form.draft.custom).toHaveLength(3);
	});

	it.each([
		['a source is added, and nothing can be put back', (form: SessionDraftForm) => form.addCustom({ name: 'C', description: '' }), ['A', 'C'], ['A', 'C']],
		['another is removed, and only that one can be put back', (form: SessionDraftForm) => form.removeCustom(0), [], ['A']]
	])('forgets a removal once the list changes: %s', (_, change, changed, undone) => {
		const form = new SessionDraftForm();
		form.addCustom({ name: 'A', description: '' });
		form.addCustom({ name: 'B', description: '' });
		form.removeCustom(1);
		change(form);
		expect(form.draft.custom.map((spec) => spec.name)).toEqual(changed);
		form.undoRemove();
		expect(form.draft.custom.map((spec) => spec.name)).toEqual(undone);
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
