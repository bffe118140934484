import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../src/lib/components/table-rows.ts';

describe('tableRows: a data table body written once per rows array', () => {
	it('writes a row header, then cells, numeric columns marked, every text escaped', () => {
		const rows = [
			['9 Jan 2022', '1,009', 'a'],
			['<script>alert(1)</script>', '−20', 'Tom & "Jerry" \'s']
		];
		expect(tableRows(rows, [1])).toBe(
			'<tr><th scope="row">9 Jan 2022</th><td class="num">1,009</td><td>a</td></tr>' +
				'<tr><th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th><td class="num">−20</td>' +
				'<td>Tom &amp; &quot;Jerry&quot; &#39;s</td></tr>'
		);
	});

	it('writes numbers as given, and an empty table as nothing', () => {
		expect(tableRows([['x', 12.5]], [1])).toBe(
			'<tr><th scope="row">x</th><td class="num">12.5</td></tr>'
		);
		expect(tableRows([])).toBe('');
	});

	it('keeps one markup per rows array and set of numeric columns, never the markup of other columns', () => {
		const rows = [['a', '1']];
		const first = tableRows(rows, [1]);
		expect(tableRows(rows, [1])).toBe(first);
		expect(tableRows(rows, [])).toBe('<tr><th scope="row">a</th><td>1</td></tr>');
		// the same content in a new array (a request that built its rows) gives the same markup
		expect(tableRows([['a', '1']], [1])).toBe(first);
	});
});
