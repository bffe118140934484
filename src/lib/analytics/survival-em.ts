/**
 * Model B's fit (analytics.md §2.2): maximum likelihood for the hazards under
 * U_t ~ Poisson(μ_t), μ_t = Σ_k λ_k N_{k,t}(λ), where the exposure N depends on the hazards
 * through depletion. Fisher scoring on log hazards with the exact derivatives of μ (depletion
 * included), every step checked to raise the log-likelihood (halved until it does), stopped when
 * half the Newton decrement g'I⁻¹g falls below the tolerance (the log-likelihood is then within
 * about that much of its maximum) — or not converged, and said so, at the iteration cap.
 *
 * Structure before iterations: bands with too little information are merged with their
 * neighbour (one hazard for both) until every band rests on at least `minBandEvents` effective
 * events (1 / Var(log λ)); this replaces the capped, cycling EM of earlier versions.
 * (File name kept from the EM days: the §2.2 EM fixed point is not the likelihood's maximum once
 * depletion depends on the hazards, and it converged too slowly to bootstrap.)
 */
import { exposure } from './survival-model.ts';
import type { Model } from './survival-model.ts';

/** Hazards are kept in [MIN_HAZARD, MAX_HAZARD] (daily leaving probabilities). */
const MIN_HAZARD = 1e-10;
const MAX_HAZARD = 0.5;
const MAX_LOG_STEP = 2;

/** One fit's buffers for a model with K hazards, at most P parameters, over T days (zeroed). */
export function emState(K: number, T: number, P = K) {
	return {
		/** log hazards, one per free parameter */
		theta: new Float64Array(P),
		trial: new Float64Array(P),
		lam: new Float64Array(K),
		/** expected at-risk fans by band and day, K × (T + 1) (start of day t), and dN/dλ_own */
		N: new Float64Array(K * (T + 1)),
		D: new Float64Array(K * (T + 1)),
		mu: new Float64Array(T),
		/** dμ_t/dθ_p, P × T */
		J: new Float64Array(P * T),
		/** gradient, information (row-major, free parameters only) and Newton step */
		g: new Float64Array(P),
		A: new Float64Array(P * P),
		step: new Float64Array(P),
		free: new Int32Array(P),
		/** 1/μ_t and U_t/μ_t − 1 on observed days with μ_t > 0, else 0 */
		w: new Float64Array(T),
		res: new Float64Array(T),
		/** days [lo_p, hi_p) on which J_p can be non-zero */
		lo: new Int32Array(P),
		hi: new Int32Array(P),
		/** log-likelihood at theta (up to a constant) */
		ll: -Infinity,
		iterations: 0,
		evaluations: 0,
		converged: false
	};
}

/** A fit's state; the bootstrap reuses one for all its refits (same model). */
export type EmState = ReturnType<typeof emState>;

function setHazards(model: Model, theta: Float64Array, lam: Float64Array): void {
	for (let k = 0; k < model.K; k++)
		lam[k] = Math.min(MAX_HAZARD, Math.max(MIN_HAZARD, Math.exp(theta[model.param[k]])));
}

/** Exposure, μ and the log-likelihood Σ_obs U_t log μ_t − μ_t at st.lam. */
function evaluate(model: Model, U: Float64Array, st: EmState, full: boolean): number {
	const { T, K, observed, from, to } = model;
	const { N, mu } = st;
	exposure(model, st.lam, N, full, st.D);
	mu.fill(0);
	for (let k = 0; k < K; k++) {
		const lam = st.lam[k];
		const off = k * (T + 1);
		for (let t = from[k]; t < to[k]; t++) mu[t] += lam * N[off + t];
	}
	let ll = 0;
	for (let t = 0; t < T; t++) {
		if (!observed[t]) continue;
		if (mu[t] > 0) ll += U[t] * Math.log(mu[t]) - mu[t];
		else if (U[t] > 0) return -Infinity;
	}
	return ll;
}

/**
 * J_{p,t} = dμ_t/dθ_p: for band k of a channel, λ_k(N_k + λ_k dN_k/dλ_k) minus the depletion it
 * causes in the channel's later bands, λ_k·len_k/(1 − λ_k)·Σ_{j>k} λ_j N_j; then the gradient and
 * Fisher information over observed days.
 */
function derivatives(model: Model, U: Float64Array, st: EmState): void {
	const { T, P, param, observed, from, to } = model;
	const { N, D, J, mu, lam, g, w, res } = st;
	J.fill(0, 0, P * T);
	const lo = st.lo.fill(T);
	const hi = st.hi.fill(0);
	for (const c of model.channels) {
		const n = c.starts.length;
		for (let i = 0; i < n; i++) {
			const k = c.k0 + i;
			const p = param[k];
			const jo = p * T;
			const off = k * (T + 1);
			const l = lam[k];
			for (let t = from[k]; t < to[k]; t++) J[jo + t] += l * (N[off + t] + l * D[off + t]);
			lo[p] = Math.min(lo[p], from[k]);
			hi[p] = Math.max(hi[p], to[k]);
			if (i === n - 1) continue;
			const len = c.starts[i + 1] - c.starts[i];
			const f = (l * len) / (1 - l);
			for (let j = i + 1; j < n; j++) {
				const kj = c.k0 + j;
				const oj = kj * (T + 1);
				const lj = f * lam[kj];
				for (let t = from[kj]; t < to[kj]; t++) J[jo + t] -= lj * N[oj + t];
				// J_p stays 0 outside [lo_p, hi_p) (information relies on it); a later band starts
				// later, so lo does not move in practice
				if (from[kj] < to[kj]) lo[p] = Math.min(lo[p], from[kj]);
				hi[p] = Math.max(hi[p], to[kj]);
			}
		}
	}
	for (let t = 0; t < T; t++) {
		const ok = observed[t] && mu[t] > 0;
		w[t] = ok ? 1 / mu[t] : 0;
		res[t] = ok ? U[t] * w[t] - 1 : 0;
	}
	for (let p = 0; p < P; p++) {
		let s = 0;
		const jo = p * T;
		for (let t = lo[p]; t < hi[p]; t++) s += res[t] * J[jo + t];
		g[p] = s;
		for (let q = 0; q <= p; q += 4) information(st, T, P, p, q, Math.min(4, p + 1 - q));
	}
}

/**
 * A[p][q] = Σ_t J_p,t·J_q,t·w_t over the days both can be non-zero, for the `n` ≤ 4 parameters
 * q0 … q0 + n − 1 at once, each in its own accumulator: four independent chains of additions
 * instead of one keep the processor busy. Same days, same order, so the same sums bit for bit:
 * the loop runs over the union of the pairs' ranges, and outside a pair's own range J_q is exactly
 * 0 (derivatives writes only inside [lo_q, hi_q)), so its term is ±0, which leaves a sum
 * unchanged (a sum started at +0 is never −0).
 */
function information(st: EmState, T: number, P: number, p: number, q0: number, n: number): void {
	const { J, w, lo, hi, A } = st;
	const jo = p * T;
	let from = T;
	let to = 0;
	for (let q = q0; q < q0 + n; q++) {
		const a = Math.max(lo[p], lo[q]);
		const b = Math.min(hi[p], hi[q]);
		if (a < b) [from, to] = [Math.min(from, a), Math.max(to, b)];
	}
	// absent slots (n < 4) read row q0 and are dropped
	const o0 = q0 * T;
	const o1 = (n > 1 ? q0 + 1 : q0) * T;
	const o2 = (n > 2 ? q0 + 2 : q0) * T;
	const o3 = (n > 3 ? q0 + 3 : q0) * T;
	let a0 = 0;
	let a1 = 0;
	let a2 = 0;
	let a3 = 0;
	for (let t = from; t < to; t++) {
		const jp = J[jo + t];
		const wt = w[t];
		a0 += jp * J[o0 + t] * wt;
		a1 += jp * J[o1 + t] * wt;
		a2 += jp * J[o2 + t] * wt;
		a3 += jp * J[o3 + t] * wt;
	}
	const a = [a0, a1, a2, a3];
	for (let i = 0; i < n; i++) A[p * P + q0 + i] = A[(q0 + i) * P + p] = a[i];
}

/** Solve the symmetric positive-definite system A x = b (n × n, row-major) by Cholesky, in place. */
export function choleskySolve(A: Float64Array, b: Float64Array, n: number): boolean {
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

const LOG_MIN = Math.log(MIN_HAZARD);

/**
 * Newton step on the free parameters (a hazard at its floor whose gradient pushes it lower stays
 * there). Returns half the Newton decrement, or NaN when the information is singular even with
 * a ridge.
 */
function newtonStep(model: Model, st: EmState, damp = 0): number {
	const { P } = model;
	const { g, A, step, free, theta } = st;
	let n = 0;
	for (let p = 0; p < P; p++) if (!(theta[p] <= LOG_MIN + 1e-9 && g[p] < 0)) free[n++] = p;
	step.fill(0);
	const M = new Float64Array(n * n);
	const b = new Float64Array(n);
	for (let ridge = 0; ridge < 8; ridge++) {
		let trace = 0;
		for (let a = 0; a < n; a++) trace += A[free[a] * P + free[a]];
		const eps = ridge ? (trace / Math.max(n, 1)) * 1e-10 * 100 ** ridge : 0;
		for (let a = 0; a < n; a++) {
			b[a] = g[free[a]];
			for (let c = 0; c < n; c++)
				M[a * n + c] = A[free[a] * P + free[c]] * (a === c ? 1 + damp : 1) + (a === c ? eps : 0);
		}
		if (choleskySolve(M, b, n)) {
			let dec = 0;
			for (let a = 0; a < n; a++) {
				step[free[a]] = b[a];
				dec += b[a] * g[free[a]];
			}
			return dec / 2;
		}
	}
	return NaN;
}

/**
 * Maximise the likelihood from the log hazards `theta0` (one per free parameter). Converged when
 * half the Newton decrement is below model.tolerance; not converged when the iteration cap is
 * reached or no step along the Newton direction raises the likelihood. `st` may be reused across
 * fits of the same model (a bootstrap refit starts from the point fit's hazards).
 * @param interpolate step length from a parabola through the log-likelihood along the scoring
 * direction (one or two evaluations a step) instead of full steps halved until the likelihood
 * rises: where Fisher's information misjudges the curvature along the step (a cohort drawn so
 * small that its hazard is barely identified), plain steps overshoot and zigzag, or creep. The
 * measured curvature over the predicted one also sets a Levenberg–Marquardt damping (diagonal ×
 * (1 + d)) of the next directions, relaxed when the prediction holds again; the convergence test
 * keeps the undamped decrement. The bootstrap's refits use it; the point fit keeps plain steps
 * (its estimates stay as published).
 */
export function emFit(
	model: Model,
	U: Float64Array,
	theta0: Float64Array,
	st: EmState = emState(model.K, model.T, model.P),
	interpolate = false
): EmState {
	const { P } = model;
	st.theta.set(theta0.subarray(0, P));
	st.iterations = 0;
	st.evaluations = 0;
	st.converged = false;
	setHazards(model, st.theta, st.lam);
	st.ll = evaluate(model, U, st, false);
	let damp = 0;
	while (st.iterations < model.maxIterations) {
		derivatives(model, U, st);
		const half = newtonStep(model, st);
		if (!(half >= 0)) break;
		if (half < model.tolerance) {
			st.converged = true;
			break;
		}
		let slope = 2 * half;
		if (interpolate && damp > 0) {
			newtonStep(model, st, damp);
			slope = 0;
			for (let p = 0; p < P; p++) slope += st.g[p] * st.step[p];
		}
		let biggest = 0;
		for (let p = 0; p < P; p++) biggest = Math.max(biggest, Math.abs(st.step[p]));
		const longest = MAX_LOG_STEP / biggest;
		let alpha = Math.min(1, longest);
		let accepted = false;
		if (interpolate) {
			// the log-likelihood along the step, fitted by a parabola through ll(0), its slope
			// g'd = 2·half and ll(alpha): its top, when it lies well away from alpha, is tried too,
			// and the better of the two is taken if it raises the log-likelihood; else halving
			const ll1 = tryStep(model, U, st, alpha);
			const c = (2 * (st.ll + slope * alpha - ll1)) / (alpha * alpha);
			const top = c > 0 ? Math.max(Math.min(slope / c, 4 * alpha, longest), alpha / 1024) : alpha;
			const ratio = c / slope;
			if (ratio > 2) damp = Math.min((1 + damp) * ratio - 1, 1e6);
			else if (ratio < 1.5) damp = damp > 1e-3 ? damp / 4 : 0;
			if (top < 0.7 * alpha || top > 1.4 * alpha) {
				const ll2 = tryStep(model, U, st, top);
				if (ll2 >= st.ll && ll2 >= ll1) [accepted, st.ll] = [true, ll2];
				else if (ll1 >= st.ll) {
					tryStep(model, U, st, alpha);
					[accepted, st.ll] = [true, ll1];
				} else alpha = Math.min(alpha, top) / 2;
			} else if (ll1 >= st.ll) [accepted, st.ll] = [true, ll1];
			else alpha /= 2;
		}
		for (let halving = 0; halving < 40 && !accepted; halving++, alpha /= 2) {
			const ll = tryStep(model, U, st, alpha);
			if (ll >= st.ll) [accepted, st.ll] = [true, ll];
		}
		st.iterations++;
		if (!accepted) {
			setHazards(model, st.theta, st.lam);
			st.ll = evaluate(model, U, st, false);
			break;
		}
		st.theta.set(st.trial.subarray(0, P));
	}
	setHazards(model, st.theta, st.lam);
	st.ll = evaluate(model, U, st, true);
	return st;
}

/** The log-likelihood at theta + alpha·step (kept in st.trial, st.lam, st.N and st.mu). */
function tryStep(model: Model, U: Float64Array, st: EmState, alpha: number): number {
	for (let p = 0; p < model.P; p++)
		st.trial[p] = Math.max(LOG_MIN, Math.min(0, st.theta[p] + alpha * st.step[p]));
	setHazards(model, st.trial, st.lam);
	st.evaluations++;
	return evaluate(model, U, st, false);
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
	return atRisk > 0 ? Math.min(0.5, Math.max(1e-6, events / atRisk)) : 1e-4;
}

/**
 * Var(θ_p) for each free parameter: the diagonal of the inverse Fisher information at st, over
 * the parameters that carry information (one with none, e.g. a hazard at its floor, gets
 * Infinity without hiding the others').
 */
function parameterVariances(model: Model, U: Float64Array, st: EmState): Float64Array {
	const { P } = model;
	derivatives(model, U, st);
	const out = new Float64Array(P).fill(Infinity);
	let top = 0;
	for (let p = 0; p < P; p++) top = Math.max(top, st.A[p * P + p]);
	const idx: number[] = [];
	for (let p = 0; p < P; p++) if (st.A[p * P + p] > 1e-12 * top) idx.push(p);
	const n = idx.length;
	for (let a = 0; a < n; a++) {
		const M = new Float64Array(n * n);
		for (let i = 0; i < n; i++)
			for (let j = 0; j < n; j++) M[i * n + j] = st.A[idx[i] * P + idx[j]];
		const e = new Float64Array(n);
		e[a] = 1;
		if (choleskySolve(M, e, n)) out[idx[a]] = e[a];
	}
	return out;
}

/** Re-index model.param after parameter `from` is merged into parameter `into`. */
function mergeParameter(model: Model, from: number, into: number): void {
	for (let k = 0; k < model.K; k++) {
		if (model.param[k] === from) model.param[k] = into;
		if (model.param[k] > from) model.param[k]--;
	}
	model.P--;
}

export interface StructuredFit {
	st: EmState;
	/** iterations over every fit, start-up and merges included */
	iterations: number;
	/** bands merged with a neighbour for lack of information */
	mergedBands: number;
}

/**
 * The point fit: one hazard per channel first (a start for the bands), then every band, then
 * merges of the least informed band with its neighbour (the previous band, or the next for a
 * channel's first) while one rests on fewer than model.minBandEvents effective events. Mutates
 * model.param and model.P (the structure every bootstrap refit then shares).
 */
export function fitStructure(model: Model): StructuredFit {
	const { K, T } = model;
	const param = model.param.slice();
	const P0 = model.P;
	const crude = Math.log(crudeRate(model, model.removals));
	let iterations = 0;
	// start-up: one parameter per channel
	model.channels.forEach((c) =>
		model.param.fill(model.channels.indexOf(c), c.k0, c.k0 + c.starts.length)
	);
	model.P = model.channels.length;
	let st = emFit(model, model.removals, new Float64Array(model.P).fill(crude), emState(K, T, P0));
	iterations += st.iterations;
	const perChannel = Float64Array.from(st.theta.subarray(0, model.P));
	model.param.set(param);
	model.P = P0;
	const theta = new Float64Array(P0);
	model.channels.forEach((c, i) => {
		for (let k = c.k0; k < c.k0 + c.starts.length; k++) theta[model.param[k]] = perChannel[i];
	});
	st = emFit(model, model.removals, theta, st);
	iterations += st.iterations;
	let mergedBands = 0;
	for (;;) {
		if (!(model.minBandEvents > 0)) break;
		const variance = parameterVariances(model, model.removals, st);
		let worst = -1;
		let fewest = model.minBandEvents;
		for (const c of model.channels) {
			const first = model.param[c.k0];
			const last = model.param[c.k0 + c.starts.length - 1];
			if (first === last) continue;
			for (let p = first; p <= last; p++) {
				const events = 1 / variance[p];
				if (events < fewest) [worst, fewest] = [p, events];
			}
		}
		if (worst < 0) break;
		// a channel's first band merges with the next one, any other with the previous one
		const isFirst = model.channels.some((c) => model.param[c.k0] === worst);
		const [into, from] = isFirst ? [worst, worst + 1] : [worst - 1, worst];
		// the merged band starts from its better-informed neighbour's hazard
		const next = Float64Array.from(st.theta.subarray(0, model.P));
		if (worst === into) next[into] = next[from];
		next.copyWithin(from, from + 1);
		mergeParameter(model, from, into);
		st = emFit(model, model.removals, next, st);
		iterations += st.iterations;
		mergedBands++;
	}
	return { st, iterations, mergedBands };
}
