/**
 * Platform clean-ups in Model B (analytics.md §0.1 "reconciliation gap", docs/analytics.md
 * "Model B"): fans the platform removed that fans_removed does not count. On a day g with a gap
 * G_g (fans), the clean-up is shared across everyone following at the end of that day in
 * proportion to their expected survivors: the same fraction f_g = G_g / N_g of every cohort, N_g
 * being the expected survivors of every channel then (the fans already there on the first day
 * included, they are organic's). Those fans did not unfollow: the hazards' likelihood is left as
 * it is, and only the survivors' counts lose them. Pure.
 */

/** One channel's daily adds A_s (fans) and survival S(a) for a = 0..T (share). */
export interface CleanupCohort {
	adds: ArrayLike<number>;
	survival: ArrayLike<number>;
}

/**
 * The clean-up fraction f_g of every day (0 where there is no gap; at most 1).
 * @param cohorts every channel's adds and survival curve
 * @param cleanups fans removed unseen per day (≥ 0), one per day
 */
export function cleanupFractions(
	cohorts: readonly CleanupCohort[],
	cleanups: ArrayLike<number>
): Float64Array {
	const f = new Float64Array(cleanups.length);
	for (let g = 0; g < cleanups.length; g++) {
		if (!(cleanups[g] > 0)) continue;
		let atRisk = 0;
		for (const c of cohorts) atRisk += keptAt(c, f, g, g - 1);
		f[g] = atRisk > 0 ? Math.min(1, cleanups[g] / atRisk) : 0;
	}
	return f;
}

/** Σ_{s≤t} A_s S(t − s) Π_{j∈[s, last]} (1 − f_j): survivors at the end of t after clean-ups ≤ last. */
function keptAt(c: CleanupCohort, f: ArrayLike<number>, t: number, last: number): number {
	let kept = 1;
	let n = 0;
	for (let s = t; s >= 0; s--) {
		if (s <= last) kept *= 1 - f[s];
		if (c.adds[s]) n += c.adds[s] * c.survival[t - s] * kept;
	}
	return n;
}

/** Fans of channel c the clean-ups up to day t took out of its survivors at the end of t. */
export function cleanedOut(c: CleanupCohort, f: ArrayLike<number>, t: number): number {
	let kept = 1;
	let loss = 0;
	for (let s = t; s >= 0; s--) {
		kept *= 1 - f[s];
		if (c.adds[s]) loss += c.adds[s] * c.survival[t - s] * (1 - kept);
	}
	return loss;
}
