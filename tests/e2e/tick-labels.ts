import type { Page } from '@playwright/test';

/**
 * The x-axis tick labels of the visible charts that run into their neighbour, as "a | b" (none
 * when every label stands apart), measured by the browser where they are drawn.
 */
export async function overlappingTickLabels(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const axis of document.querySelectorAll('g[aria-label="x-axis tick label"]')) {
			const boxes = [...axis.querySelectorAll('text')]
				.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
				.filter((b) => b.box.width > 0)
				.sort((a, b) => a.box.left - b.box.left);
			for (let i = 1; i < boxes.length; i++)
				if (boxes[i].box.left < boxes[i - 1].box.right)
					out.push(`${boxes[i - 1].text} | ${boxes[i].text}`);
		}
		return out;
	});
}
