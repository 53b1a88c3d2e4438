import { choosePrompt, type GapCard, type GapPromptSet } from '$lib/questionnaire/gap-prompt-choice';

// Read together on one shared screen, so always "we": never "you", which would point at
// someone in the room. They sit under the group's middle numbers, and ask about the group as
// a whole, never about anyone in it. Extra sources' names only sit where any noun reads well.

/** The group screen's gap prompts, for everyone to talk about together. */
export const GROUP_GAP_PROMPTS: GapPromptSet = {
	standard: {
		educational: {
			'feel-less':
				'Together, we may know more than we feel we do. What learning do we keep to ourselves? How could we make room for it here?',
			'feel-more':
				'Our learning may feel like a strength here, but others may not see it that way. Which of our words or papers might shut people out? Who is missing because of them?',
			aligned:
				'Learning is a strength we can share. How could we say what we know in plain words, so that everyone can join in?'
		},
		institutional: {
			'feel-less':
				'The organisations behind us may open more doors than we use. What could we get done through them for this group? Who might see their names when they see us?',
			'feel-more':
				'The weight organisations give us may be less than it feels. Who else has a say over this work? How could we find out how they see us?',
			aligned:
				'Who in our group has no organisation behind them? How could we give their words the same weight?'
		},
		monetary: {
			'feel-less':
				'Money can quietly shape who gets a say in a group like ours. Where are choices about money made, and who is in that room? How could we open it up?',
			'feel-more':
				'Money may give us less of a say than it seems. Who really decides how money is spent on this work? What could we ask them?',
			aligned:
				'Who pays a cost to be with us, in time, travel or care? What could make it fairer for them?'
		},
		class: {
			'feel-less':
				'Our backgrounds may open doors for us that we do not notice. How might people outside this room see us? Who might find those doors harder to open?',
			'feel-more':
				'Feeling at home here is not the same for everyone. What about the way we talk or meet might feel strange to someone new? What shared stories could help?',
			aligned:
				'Which backgrounds are not part of this group yet? How could we welcome them in?'
		},
		position: {
			'feel-less':
				'Others may give our roles more weight than we do. What might they hope we will do with them? What parts could we take on that we have left to others?',
			'feel-more':
				'Our roles may mean less to others than they do to us. What might they see when we speak? How could we ask them?',
			aligned:
				'Which tasks could we take turns on, like chairing or setting the agenda? Who has not had a turn yet?'
		},
		authority: {
			'feel-less':
				'Some decisions may already be ours to make. Which could we make today, without asking anyone? What are we waiting for permission to do?',
			'feel-more':
				'The power to decide may sit somewhere other than this room. Who does decide? How could we bring them into the room, or take our ideas to them?',
			aligned:
				'Who makes the decisions that shape this work, and are they in the room? What could we decide together, with the people it affects?'
		}
	},
	custom: {
		'feel-less': [
			(name) =>
				`We may get more power from ${name} than we feel. When could we bring it into the room? Who might notice it, even when we do not?`,
			(name) =>
				`Think about the power that comes from ${name}. It may be bigger than it feels to us. What could it help us do together?`,
			(name) =>
				`Others may see more power in ${name} than we do. How might they see it? What might change if we gave it more room?`,
			(name) =>
				`Because of ${name}, others may listen to us more than we expect. What small step would let us use that? Who could we use it with?`
		],
		'feel-more': [
			(name) =>
				`The power we feel from ${name} may be hard for others to see. How might people outside this room see it? How could we find out?`,
			(name) =>
				`We may feel more power from ${name} than the facts suggest. Who gives it the same weight as we do? Who might not?`,
			(name) =>
				`Others may not know about ${name}, or may see it in a different way. What would help them understand? What could we learn from how they see it?`,
			(name) =>
				`Power from ${name} can look different from the outside. What story could help others see what we see? Who might see it quite differently?`
		],
		aligned: [
			(name) => `How could we use the power from ${name} with others, rather than over them?`,
			(name) => `Does power from ${name} reach some of us more than others? What could make it more even?`,
			(name) => `Whose voice is missing from this room? How could ${name} help us bring it in?`,
			(name) =>
				`Who outside this room has power from ${name} that could help this work? How could we invite them in?`
		]
	}
};

/** The group's discussion question under one source's gap. */
export function groupGapPrompt(gap: GapCard): string {
	return choosePrompt(GROUP_GAP_PROMPTS, gap);
}
