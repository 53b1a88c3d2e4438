import { choosePrompt, type GapCard, type GapPromptSet } from './gap-prompt-choice';
import type { GapDirection } from './types';

// Spoken to one person ("you"), under a line that already gives their two numbers. Each asks
// about this group, not about anyone's job, money or upbringing in general, and never says
// what the person ought to do. Extra sources' names only sit where any noun reads well.
// Where feeling and facts both say a source gives little power, the prompt turns to what the person
// brings instead: asking them who might struggle to follow them would talk down to them.

/** The kinds of gap the results page words apart: the three directions, and both readings low. */
export type ResultsPromptKind = GapDirection | 'both-low';

/** Both readings below this (of 100) make a gap a low one: little power from that source, felt and in fact. */
const LOW_BELOW = 35;

/** The results page's gap prompts, for one person thinking alone. */
export const GAP_PROMPTS: GapPromptSet<ResultsPromptKind> = {
	standard: {
		educational: {
			'feel-less':
				'What you have learned may count for more here than you feel. What do you know that the group could use? What might make you hold it back?',
			'feel-more':
				'You feel sure of what you know, and that gives you a voice here. Others may feel less sure of their own learning. How could you help them speak up too?',
			aligned:
				'You seem to have a clear sense of what your learning brings here. When the group uses hard words or long papers, who might struggle to follow? What would help everyone have a say?',
			'both-low':
				'Learning from school or courses may give you little say here. What have you learned from your own life that this group could use? Who might want to hear it?'
		},
		institutional: {
			'feel-less':
				'An organisation may be backing you more than it seems. What could you get done through it for this group? Who might see its name when they see you?',
			'feel-more':
				'Feeling backed by an organisation can help your voice carry here. Some people come on their own, or trust organisations less. What might this group feel like for them?',
			aligned:
				'Some people here have an organisation behind them, and some do not. How does that change whose words carry weight? What could make it fairer, for others or for you?',
			'both-low':
				'An organisation may give you little backing here. What would you most want this group to hear from you, in your own words?'
		},
		monetary: {
			'feel-less':
				'Money can shape who gets a say, even when nobody mentions it. Who might notice the say it gives you? How might that change what they feel able to ask for?',
			'feel-more':
				'Being free to take part and have a say, whatever the cost, is a strength. Who decides how money is spent in this group? How could you help more people have a say in that?',
			aligned:
				'Money can decide who is able to take part. Who in the group pays a cost to be here, in time, travel or care? What would make it easier, for them or for you?',
			'both-low':
				'Money may give you little say here. You may know what taking part costs, in time, travel or care. What would you want the group to understand about that?'
		},
		class: {
			'feel-less':
				'Your background may open doors here without you noticing. How might others read the way you speak or dress? What might that make easier for you?',
			'feel-more':
				'You feel at home here, and that is a strength. Not everyone may feel the same. Which shared stories or values could help others feel at home too?',
			aligned:
				'Which backgrounds are not part of this group yet? How could you help people from those backgrounds feel welcome here?',
			'both-low':
				'Your background may not open doors here. Your story may be one this group has not heard yet. If you wanted to tell it, what would help?'
		},
		position: {
			'feel-less':
				'Others may give your role more weight than you do. What might they hope you will do with it? Is there a part you could play that you have not taken up yet?',
			'feel-more':
				'Your role helps you speak with confidence here, and that is worth a lot. Others may not know all that it involves. What could you tell them about it, and what could you learn about theirs?',
			aligned:
				'Roles like chairing or setting the agenda can be shared. Which would you like to pass on, or to try yourself? What would help you do that?',
			'both-low':
				'You may have no title or formal role here. People often listen to experience too. What do you know that others here might not?'
		},
		authority: {
			'feel-less':
				'Some decisions here may already be yours to make. Which ones do you make without noticing? Who might be waiting for your yes or no?',
			'feel-more':
				'Trusting that your view matters is a strength in any group. Who makes the decisions in this group? How could you help quieter voices count too?',
			aligned:
				'Think about who makes the decisions in this group. Which ones could be made together, with everyone? What part would you like to play in that?',
			'both-low':
				'Decisions here may be made without much say from you. Which of them touch your life the most? Who would you want to hear your view on them?'
		}
	},
	custom: {
		'feel-less': [
			(name) =>
				`Your answers suggest you may get more power from ${name} than you feel. When could you bring it into the room? Who might notice it, even when you do not?`,
			(name) =>
				`Think about the power that comes from ${name}. It may be bigger than it feels. What could it help you do in this group, and who else could it help?`,
			(name) =>
				`Others may see more power in ${name} than you do. How might they see it? What might change if you gave it more room?`,
			(name) =>
				`Because of ${name}, others may listen to you more than you expect. What small step would let you use that? Who could you use it with?`
		],
		'feel-more': [
			(name) =>
				`The power you feel from ${name} may be hard for others to see. How might they see it? What could help you find out?`,
			(name) =>
				`It can be hard to tell how much ${name} counts here. Who in the group gives it the same weight as you do? Who might not?`,
			(name) =>
				`Others may not know about ${name}, or may see it in a different way. What would help them understand? What might you learn from how they see it?`,
			(name) =>
				`Power from ${name} can look different from the outside. What story could help others see what you see? Who might see it quite differently?`
		],
		aligned: [
			(name) => `How could you use the power from ${name} with others, rather than over them?`,
			(name) =>
				`Who in the group might have more, or less, power from ${name} than you do? What could you learn from each other?`,
			(name) => `Whose voice is missing from the room? How could ${name} help you bring it in?`,
			(name) =>
				`Power from ${name} may reach some people here more than others. Where do you fit? What could make it more even?`
		],
		'both-low': [
			(name) => `${name} may give you little power here. What else do you bring that this group could use?`,
			(name) =>
				`You may get little say here from ${name}. Which of your own experiences could count for more? Who would you want to hear them?`,
			(name) => `Little power may come from ${name} here. What other strengths do you bring, from your own life?`,
			(name) => `Few doors may open for you through ${name} here. Who else might feel the same? What could you do about it together?`
		]
	}
};

/**
 * The kind of prompt a gap takes: its direction, unless feeling and facts both say the source gives little power.
 * Feeling less than the facts keeps its own prompt, low or not: that the facts say more is the kindest thing to hear.
 */
export function promptKind(gap: { direction: GapDirection; perceived: number; actual: number }): ResultsPromptKind {
	return gap.direction !== 'feel-less' && Math.max(gap.perceived, gap.actual) < LOW_BELOW ? 'both-low' : gap.direction;
}

/** The reflection prompt under one source's gap on the results page. */
export function gapPrompt(gap: GapCard & { perceived: number; actual: number }): string {
	return choosePrompt(GAP_PROMPTS, { ...gap, direction: promptKind(gap) });
}
