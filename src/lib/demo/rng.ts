/** Seeded pseudo-random source. Every draw is deterministic for a given seed. */
export interface Rng {
	/** Uniform float in [0, 1). */
	next(): number;
	/** Normal draw (Box-Muller) with the given mean and standard deviation (same unit as mean). */
	normal(mean?: number, sd?: number): number;
	/** Multiplicative noise exp(N(0, sd)): unitless factor with median 1. */
	logNormal(sd: number): number;
	/** Poisson count (events) with the given mean (events). */
	poisson(mean: number): number;
	/** Binomial count: successes out of `n` trials, each with probability `p`. */
	binomial(n: number, p: number): number;
}

/**
 * mulberry32: a small 32-bit seeded PRNG.
 * @param seed any integer (taken modulo 2^32)
 * @returns a function giving uniform floats in [0, 1)
 */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** log(k!) via Stirling's series, exact table for small k. Unitless. */
function logFactorial(k: number): number {
	if (k < 10) {
		let f = 1;
		for (let i = 2; i <= k; i++) f *= i;
		return Math.log(f);
	}
	const x = k + 1;
	return (
		(x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3)
	);
}

/** Knuth's multiplication method; fine for small means (events). */
function poissonSmall(u: () => number, mean: number): number {
	const limit = Math.exp(-mean);
	let k = 0;
	let p = u();
	while (p > limit) {
		k++;
		p *= u();
	}
	return k;
}

/** Hörmann's PTRS transformed rejection; exact for means >= 10 (events). */
function poissonLarge(u: () => number, mean: number): number {
	const slam = Math.sqrt(mean);
	const logLam = Math.log(mean);
	const b = 0.931 + 2.53 * slam;
	const a = -0.059 + 0.02483 * b;
	const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
	const vr = 0.9277 - 3.6224 / (b - 2);
	for (;;) {
		const U = u() - 0.5;
		const V = u();
		const us = 0.5 - Math.abs(U);
		const k = Math.floor(((2 * a) / us + b) * U + mean + 0.43);
		if (us >= 0.07 && V <= vr) return k;
		if (k < 0 || (us < 0.013 && V > us)) continue;
		const lhs = Math.log(V) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
		if (lhs <= -mean + k * logLam - logFactorial(k)) return k;
	}
}

/** Inversion by sequential search; exact, used when n·p is small (successes). */
function binomialInversion(u: () => number, n: number, p: number): number {
	const q = 1 - p;
	const s = p / q;
	const a = (n + 1) * s;
	let r = q ** n;
	let x = 0;
	let v = u();
	while (v > r && x < n) {
		v -= r;
		x++;
		r *= a / x - s;
	}
	return x;
}

/**
 * Create a seeded random source.
 * @param seed integer seed; identical seeds give identical sequences
 */
export function createRng(seed: number): Rng {
	const u = mulberry32(seed);
	let spare: number | null = null;
	const normal = (mean = 0, sd = 1): number => {
		if (spare !== null) {
			const z = spare;
			spare = null;
			return mean + sd * z;
		}
		const u1 = 1 - u();
		const u2 = u();
		const r = Math.sqrt(-2 * Math.log(u1));
		spare = r * Math.sin(2 * Math.PI * u2);
		return mean + sd * r * Math.cos(2 * Math.PI * u2);
	};
	const poisson = (mean: number): number => {
		if (!(mean > 0)) return 0;
		return mean < 10 ? poissonSmall(u, mean) : poissonLarge(u, mean);
	};
	const binomial = (n: number, p: number): number => {
		if (n <= 0 || p <= 0) return 0;
		if (p >= 1) return n;
		if (p > 0.5) return n - binomial(n, 1 - p);
		if (n * p < 20) return binomialInversion(u, n, p);
		// Normal approximation with continuity correction for large n·p (approximate).
		const x = Math.round(normal(n * p, Math.sqrt(n * p * (1 - p))));
		return Math.min(n, Math.max(0, x));
	};
	return { next: u, normal, logNormal: (sd) => Math.exp(normal(0, sd)), poisson, binomial };
}
