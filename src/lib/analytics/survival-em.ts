/**
 * Model B's fit (analytics.md §2.2): the EM fixed point for the hazards, with Fisher-scoring steps
 * toward that same fixed point, the convergence rule, and the starting hazards.
 */
import { exposure } from './survival-model.ts';
import type { Model } from './survival-model.ts';

/** One fit's buffers for a model with K hazards over T days (zeroed). */
export function emState(K: number, T: number) {
	return {
		lam: new Float64Array(K),
		next: new Float64Array(K),
		/** expected at-risk fans by band and day, K × (T + 1) (start of day t) */
		N: new Float64Array(K * (T + 1)),
		mu: new Float64Array(T),
		/** 1/μ_t on observed days with μ_t > 0, else 0; U_t/μ_t; and U_t/μ_t − 1 on those days */
		w: new Float64Array(T),
		ratio: new Float64Array(T),
		resid: new Float64Array(T),
		/** λ_k Σ_t N_{k,t}: expected events of each hazard on observed days */
		events: new Float64Array(K),
		/** Σ_t N_{k,t}(U_t/μ_t − 1) over those days: the EM estimating equations */
		score: new Float64Array(K),
		/** scoring system: the hazards it moves, information (row-major) and gradient */
		free: new Int32Array(K),
		A: new Float64Array(K * K),
		g: new Float64Array(K),
		iterations: 0,
		converged: false
	};
}

/** A fit's state; the bootstrap reuses one for all its refits (same K and T). */
export type EmState = ReturnType<typeof emState>;

/** Crude starting hazard: observed removals / cumulative adds at risk (no depletion). */
function crudeRate(model: Model, U: Float64Array): number {
	let events = 0;
	let atRisk = 0;
	let cumulative = 0;
	for (let t = 0; t < model.T; t++) {
		if (model.observed[t]) [events, atRisk] = [events + U[t], atRisk + cumulative];
		for (const c of model.channels) cumulative += c.adds[t];
	}
	return atRisk > 0 ? Math.min(0.5, events / atRisk) : 0;
}

/**
 * Exposure N, expected removals μ_t = Σ_k λ_k N_{k,t} and weights 1/μ_t on observed days. Inside
 * the iterations N is only needed where the likelihood reads it (`full` false).
 */
function expected(model: Model, U: Float64Array, st: EmState, full: boolean): void {
	const { T, K, observed, from, to } = model;
	const { N, mu, w, ratio, resid } = st;
	exposure(model, st.lam, N, full);
	mu.fill(0);
	for (let k = 0; k < K; k++) {
		const lam = st.lam[k];
		const off = k * (T + 1);
		const end = to[k];
		for (let t = from[k]; t < end; t++) mu[t] += lam * N[off + t];
	}
	for (let t = 0; t < T; t++) {
		w[t] = observed[t] && mu[t] > 0 ? 1 / mu[t] : 0;
		ratio[t] = U[t] * w[t];
		resid[t] = ratio[t] - (w[t] > 0 ? 1 : 0);
	}
}

/**
 * EM update (§2.2) into st.next. E-step: Û_{k,t} = U_t·λ_k N_{k,t}/μ_t. M-step: λ_k = Σ_t Û_{k,t} /
 * Σ_t N_{k,t} over observed days. Returns the largest relative change |Δλ_k| / max(λ_k, 1/Σ_t N_k)
 * (a hazard worth less than one expected event is measured on the events scale). Also fills
 * st.score for the scoring step, in the same pass.
 */
function emUpdate(model: Model, st: EmState): number {
	const { T, K, observed, tied, from, to } = model;
	const { N, ratio, resid } = st;
	let change = 0;
	for (let k = 0; k < K; k++) {
		let num = 0;
		let den = 0;
		let score = 0;
		const off = k * (T + 1);
		const end = to[k];
		for (let t = from[k]; t < end; t++) {
			const n = N[off + t];
			num += n * ratio[t];
			den += n * observed[t];
			score += n * resid[t];
		}
		st.score[k] = score;
		st.events[k] = st.lam[k] * den;
		st.next[k] = tied[k]
			? st.next[k - 1]
			: den > 0
				? Math.min(1, (st.lam[k] * num) / den)
				: st.lam[k];
		const scale = Math.min(1 / st.lam[k], den);
		if (!tied[k] && den > 0) change = Math.max(change, Math.abs(st.next[k] - st.lam[k]) * scale);
	}
	return change;
}

/** Solve the symmetric positive-definite system A x = b (n × n, row-major) by Cholesky, in place. */
function choleskySolve(A: Float64Array, b: Float64Array, n: number): boolean {
	for (let j = 0; j < n; j++) {
		for (let k = 0; k < j; k++) A[j * n + j] -= A[j * n + k] ** 2;
		if (!(A[j * n + j] > 0)) return false;
		A[j * n + j] = Math.sqrt(A[j * n + j]);
		for (let i = j + 1; i < n; i++) {
			for (let k = 0; k < j; k++) A[i * n + j] -= A[i * n + k] * A[j * n + k];
			A[i * n + j] /= A[j * n + j];
		}
	}
	for (let i = 0; i < n; i++) {
		for (let k = 0; k < i; k++) b[i] -= A[i * n + k] * b[k];
		b[i] /= A[i * n + i];
	}
	for (let i = n - 1; i >= 0; i--) {
		for (let k = i + 1; k < n; k++) b[i] -= A[k * n + i] * b[k];
		b[i] /= A[i * n + i];
	}
	return true;
}

/**
 * Accelerator with the same fixed point as EM: a Fisher-scoring step on log hazards for the EM
 * estimating equations g_k = Σ_t N_{k,t}(U_t/μ_t − 1) = 0, information Σ_t λ_k N_k λ_l N_l/μ_t at
 * fixed exposure; the step is scaled to move no log hazard by more than 1. Overwrites st.next.
 */
function scoringUpdate(model: Model, st: EmState): void {
	const { K, tied } = model;
	const { free, A, g } = st;
	let n = 0;
	for (let k = 0; k < K; k++) if (!tied[k] && st.events[k] > 1e-6) free[n++] = k;
	for (let a = 0; a < n; a++) {
		const ka = free[a];
		g[a] = st.lam[ka] * st.score[ka];
		for (let b = 0; b <= a; b++) {
			const kb = free[b];
			A[a * n + b] = A[b * n + a] = information(model, st, ka, kb) * st.lam[ka] * st.lam[kb];
		}
	}
	if (!choleskySolve(A, g, n)) return;
	for (let a = 0; a < n; a++) {
		const k = free[a];
		st.next[k] = Math.min(1, st.lam[k] * Math.exp(Math.max(-1, Math.min(1, g[a]))));
	}
	for (let k = 1; k < K; k++) if (tied[k]) st.next[k] = st.next[k - 1];
}

/** Σ_t N_{k,t} N_{l,t} / μ_t over the days both hazards can have fans at risk. */
function information(model: Model, st: EmState, k: number, l: number): number {
	const { N, w } = st;
	const { from, to } = model;
	const ok = k * (model.T + 1);
	const ol = l * (model.T + 1);
	const end = Math.min(to[k], to[l]);
	let sum = 0;
	for (let t = Math.max(from[k], from[l]); t < end; t++) sum += N[ok + t] * N[ol + t] * w[t];
	return sum;
}

/**
 * Iterate from `init` until one EM step would change every hazard by less than `tolerance`
 * (relative) or after maxIterations. Each iteration computes the EM update; with acceleration on
 * (default) the step taken is the scoring step, which reaches the same fixed point far sooner.
 * `st` (fresh by default) may be reused across fits of the same model.
 */
export function emFit(
	model: Model,
	U: Float64Array,
	init: Float64Array,
	st: EmState = emState(model.K, model.T)
): EmState {
	st.lam.set(init);
	st.iterations = 0;
	st.converged = false;
	let last = Infinity;
	while (!st.converged && st.iterations < model.maxIterations) {
		expected(model, U, st, false);
		const change = emUpdate(model, st);
		st.converged = change < model.tolerance;
		if (st.converged) break;
		if (model.accelerate && change < last) scoringUpdate(model, st);
		last = change;
		[st.lam, st.next] = [st.next, st.lam];
		st.iterations++;
	}
	expected(model, U, st, true);
	return st;
}

/**
 * Starting hazards: the crude rate for every hazard; with piecewise channels, first a fit with one
 * constant hazard per channel, whose values then start every band (a flat start needs ~800 EM
 * steps). Returns the hazards and the iterations spent.
 */
export function startingHazards(model: Model): { init: Float64Array; iterations: number } {
	const C = model.channels.length;
	const crude = new Float64Array(C).fill(crudeRate(model, model.removals));
	if (model.K === C) return { init: crude, iterations: 0 };
	const channels = model.channels.map((c, k0) => ({ ...c, starts: [0], k0 }));
	const from = Int32Array.from(model.channels, (c) => c.first + 1);
	const to = new Int32Array(C).fill(model.T);
	const flat: Model = { ...model, channels, K: C, tied: new Uint8Array(C), from, to };
	const { lam, iterations } = emFit(flat, model.removals, crude);
	const init = new Float64Array(model.K);
	model.channels.forEach((c, i) => init.fill(lam[i], c.k0, c.k0 + c.starts.length));
	return { init, iterations };
}
