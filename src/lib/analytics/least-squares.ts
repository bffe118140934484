/**
 * Multiple least squares for Model A's small designs (2–6 columns): the normal equations, scaled
 * to unit diagonal, solved by Gauss–Jordan with partial pivoting. Pure.
 */

/** Result of y ≈ X·β. */
export interface LsFit {
	beta: number[];
	/** (X'X)⁻¹, p × p. */
	xtxInv: number[][];
	/** Residual variance SSR/(n − p). */
	s2: number;
	/** y − Xβ per row, in input order. */
	residuals: number[];
	n: number;
	p: number;
}

/**
 * @param rows design rows (n × p), n > p
 * @param y responses (n)
 * @returns the fit, or null when X'X is singular (a column is constant zero or collinear)
 */
export function leastSquares(
	rows: readonly (readonly number[])[],
	y: readonly number[]
): LsFit | null {
	const n = rows.length;
	const p = rows[0]?.length ?? 0;
	if (y.length !== n) throw new RangeError(`leastSquares: ${n} rows but ${y.length} values`);
	if (p === 0 || n <= p) return null;
	const a: number[][] = Array.from({ length: p }, () => new Array<number>(2 * p + 1).fill(0));
	for (let r = 0; r < n; r++) {
		const row = rows[r];
		for (let i = 0; i < p; i++) {
			for (let j = 0; j < p; j++) a[i][j] += row[i] * row[j];
			a[i][2 * p] += row[i] * y[r];
		}
	}
	const scale = a.map((r, i) => Math.sqrt(r[i]) || 1);
	for (let i = 0; i < p; i++) {
		for (let j = 0; j < p; j++) a[i][j] /= scale[i] * scale[j];
		a[i][2 * p] /= scale[i];
		a[i][p + i] = 1;
	}
	for (let c = 0; c < p; c++) {
		let piv = c;
		for (let r = c + 1; r < p; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
		if (!(Math.abs(a[piv][c]) > 1e-10)) return null;
		[a[c], a[piv]] = [a[piv], a[c]];
		const d = a[c][c];
		for (let j = 0; j <= 2 * p; j++) a[c][j] /= d;
		for (let r = 0; r < p; r++) {
			if (r === c || a[r][c] === 0) continue;
			const f = a[r][c];
			for (let j = 0; j <= 2 * p; j++) a[r][j] -= f * a[c][j];
		}
	}
	const beta = a.map((r, i) => r[2 * p] / scale[i]);
	const xtxInv = a.map((r, i) => r.slice(p, 2 * p).map((v, j) => v / (scale[i] * scale[j])));
	const residuals = rows.map((row, r) => y[r] - row.reduce((s, v, i) => s + v * beta[i], 0));
	const ssr = residuals.reduce((s, e) => s + e * e, 0);
	return { beta, xtxInv, s2: ssr / (n - p), residuals, n, p };
}

/** g'·M·g for a symmetric p × p matrix M. */
export function quadForm(m: readonly (readonly number[])[], g: readonly number[]): number {
	let s = 0;
	for (let i = 0; i < g.length; i++) for (let j = 0; j < g.length; j++) s += g[i] * m[i][j] * g[j];
	return s;
}
