/**
 * Model B's fit (analytics.md §2.2): the EM fixed point for the hazards, with Fisher-scoring steps
 * toward that same fixed point, the convergence rule, and the starting hazards.
 */
import { exposure } from './survival-model.ts';
import type { Model } from './survival-model.ts';

export interface EmState {
	lam: Float64Array;
	next: Float64Array;
	/** expected at-risk fans by band and day, K × (T + 1) (start of day t) */
	N: Float64Array;
	mu: Float64Array;
	/** 1/μ_t on observed days with μ_t > 0, else 0; and U_t/μ_t */
	w: Float64Array;
	ratio: Float64Array;
	/** λ_k Σ_t N_{k,t}: expected events of each hazard on observed days */
	events: Float64Array;
	iterations: number;
	converged: boolean;
}

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

/** Exposure N, expected removals μ_t = Σ_k λ_k N_{k,t} and weights 1/μ_t on observed days. */
function expected(model: Model, U: Float64Array, st: EmState): void {
	const { T, K, observed, from, to } = model;
	exposure(model, st.lam, st.N);
	st.mu.fill(0);
	for (let k = 0; k < K; k++) {
		const lam = st.lam[k];
		const off = k * (T + 1);
		for (let t = from[k]; t < to[k]; t++) st.mu[t] += lam * st.N[off + t];
	}
	for (let t = 0; t < T; t++) {
		st.w[t] = observed[t] && st.mu[t] > 0 ? 1 / st.mu[t] : 0;
		st.ratio[t] = U[t] * st.w[t];
	}
}

/**
 * EM update (§2.2) into st.next. E-step: Û_{k,t} = U_t·λ_k N_{k,t}/μ_t. M-step: λ_k = Σ_t Û_{k,t} /
 * Σ_t N_{k,t} over observed days. Returns the largest relative change |Δλ_k| / max(λ_k, 1/Σ_t N_k)
 * (a hazard worth less than one expected event is measured on the events scale).
 */
function emUpdate(model: Model, st: EmState): number {
	const { T, K, observed, tied, from, to } = model;
	let change = 0;
	for (let k = 0; k < K; k++) {
		let num = 0;
		let den = 0;
		const off = k * (T + 1);
		for (let t = from[k]; t < to[k]; t++) {
			num += st.N[off + t] * st.ratio[t];
			den += st.N[off + t] * observed[t];
		}
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
	const { T, K, tied, from, to } = model;
	const free = Array.from({ length: K }, (_, k) => k).filter(
		(k) => !tied[k] && st.events[k] > 1e-6
	);
	const n = free.length;
	const A = new Float64Array(n * n);
	const g = new Float64Array(n);
	for (let a = 0; a < n; a++) {
		const [ka, oa] = [free[a], free[a] * (T + 1)];
		for (let t = from[ka]; t < to[ka]; t++) {
			g[a] += st.N[oa + t] * (st.ratio[t] - (st.w[t] > 0 ? 1 : 0));
		}
		g[a] *= st.lam[ka];
		for (let b = 0; b <= a; b++) {
			const [kb, ob] = [free[b], free[b] * (T + 1)];
			let sum = 0;
			const end = Math.min(to[ka], to[kb]);
			for (let t = Math.max(from[ka], from[kb]); t < end; t++) {
				sum += st.N[oa + t] * st.N[ob + t] * st.w[t];
			}
			A[a * n + b] = A[b * n + a] = sum * st.lam[ka] * st.lam[kb];
		}
	}
	if (!choleskySolve(A, g, n)) return;
	free.forEach(
		(k, a) => (st.next[k] = Math.min(1, st.lam[k] * Math.exp(Math.max(-1, Math.min(1, g[a])))))
	);
	for (let k = 1; k < K; k++) if (tied[k]) st.next[k] = st.next[k - 1];
}

/**
 * Iterate from `init` until one EM step would change every hazard by less than `tolerance`
 * (relative) or after maxIterations. Each iteration computes the EM update; with acceleration on
 * (default) the step taken is the scoring step, which reaches the same fixed point far sooner.
 */
export function emFit(model: Model, U: Float64Array, init: Float64Array): EmState {
	const { K, T } = model;
	const st: EmState = {
		lam: init.slice(),
		next: new Float64Array(K),
		N: new Float64Array(K * (T + 1)),
		mu: new Float64Array(T),
		w: new Float64Array(T),
		ratio: new Float64Array(T),
		events: new Float64Array(K),
		iterations: 0,
		converged: false
	};
	let last = Infinity;
	while (!st.converged && st.iterations < model.maxIterations) {
		expected(model, U, st);
		const change = emUpdate(model, st);
		st.converged = change < model.tolerance;
		if (st.converged) break;
		if (model.accelerate && change < last) scoringUpdate(model, st);
		last = change;
		[st.lam, st.next] = [st.next, st.lam];
		st.iterations++;
	}
	expected(model, U, st);
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
