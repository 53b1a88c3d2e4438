import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centreAcross, fitRadius, reachAcross } from './radar-fit';
import { alignFor } from './radar-labels';

describe('fitRadius', () => {
	const bounds = { min: 30, max: 150 };
	const S60 = Math.sqrt(3) / 2;
	it.each([
		[
			'level labels at 3 and 9 o’clock',
			[
				{ dx: 1, width: 150, textAnchor: 'start' as const },
				{ dx: -1, width: 50, textAnchor: 'end' as const }
			],
			(392 - 150 - 50) / 2 - 7.5
		],
		[
			'labels at 60° either side of 12 o’clock, one wider than the other',
			[
				{ dx: S60, width: 100, textAnchor: 'start' as const },
				{ dx: -S60, width: 40, textAnchor: 'end' as const }
			],
			(392 - 100 - 40) / (2 * S60) - 7.5
		],
		[
			'centred labels straight up and down, however wide',
			[
				{ dx: 0, width: 300, textAnchor: 'middle' as const },
				{ dx: 0, width: 300, textAnchor: 'middle' as const }
			],
			150
		],
		[
			'a label too wide to fit',
			[
				{ dx: 1, width: 380, textAnchor: 'start' as const },
				{ dx: -1, width: 0, textAnchor: 'middle' as const }
			],
			30
		],
		[
			'the tightest pair of several',
			[
				{ dx: 1, width: 20, textAnchor: 'start' as const },
				{ dx: 0.5, width: 150, textAnchor: 'start' as const },
				{ dx: -1, width: 80, textAnchor: 'end' as const }
			],
			(392 - 150 - 80) / 1.5 - 7.5
		]
	])('fits %s', (_, blocks, expected) => {
		expect(fitRadius(blocks, 392, 7.5, bounds)).toBeCloseTo(expected, 6);
	});

	it('gives the largest radius at which the labels still fit the span together', () => {
		// Directions a twelfth apart, each with the alignment a label there is given.
		const block = fc.record({ twelfths: fc.integer({ min: -12, max: 12 }), width: fc.double({ min: 0, max: 200, noNaN: true }) }).map(({ twelfths, width }) => {
			const dx = twelfths / 12;
			return { dx, width, textAnchor: alignFor(dx, 0).textAnchor };
		});
		fc.assert(
			fc.property(fc.array(block, { maxLength: 10 }), (blocks) => {
				const radius = fitRadius(blocks, 392, 7.5, bounds);
				const across = (r: number) => {
					const { right, left } = reachAcross(blocks, r, 7.5);
					return right + left;
				};
				// Labels that cannot fit even around the smallest chart get the smallest.
				fc.pre(across(bounds.min) <= 392);
				expect(across(radius)).toBeLessThanOrEqual(392 + 1e-6);
				if (radius < bounds.max) expect(across(radius + 0.01)).toBeGreaterThan(392);
			})
		);
	});
});

describe('centreAcross', () => {
	it.each([
		['room either side: the middle', { right: 100, left: 60 }, 200],
		['a long reach to the right: moved left just enough', { right: 250, left: 60 }, 146],
		['a long reach to the left: moved right just enough', { right: 60, left: 250 }, 254],
		['too wide to fit: the overflow shared', { right: 300, left: 200 }, 150]
	])('puts the centre for %s', (_, reach, expected) => {
		expect(centreAcross(400, 4, reach)).toBeCloseTo(expected, 6);
	});
});
