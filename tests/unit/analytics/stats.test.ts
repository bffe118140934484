import { describe, expect, it } from 'vitest';
import {
	lag1Autocorrelation,
	ols,
	regularizedBeta,
	studentTCdf,
	studentTQuantile
} from '../../../src/lib/analytics/stats';

describe('ols', () => {
	it('matches a hand-computed fit', () => {
		// x̄ = 2.5, ȳ = 4.75, Sxx = 5, Sxy = 9.5 → b1 = 1.9, b0 = 0; residuals .1 .2 −.7 .4; SSR = .7
		const fit = ols([1, 2, 3, 4], [2, 4, 5, 8]);
		expect(fit.slope).toBeCloseTo(1.9, 12);
		expect(fit.intercept).toBeCloseTo(0, 12);
		expect(fit.xMean).toBe(2.5);
		expect(fit.sxx).toBe(5);
		expect(fit.n).toBe(4);
		expect(fit.s2).toBeCloseTo(0.35, 12);
		fit.residuals.forEach((e, i) => expect(e).toBeCloseTo([0.1, 0.2, -0.7, 0.4][i], 12));
	});

	it('is exact on a perfect line (residuals 0, not tiny)', () => {
		const x = Array.from({ length: 90 }, (_, i) => i - 90);
		const fit = ols(
			x,
			x.map((v) => 50 + 2 * v)
		);
		expect(fit.slope).toBe(2);
		expect(fit.intercept).toBe(50);
		expect(fit.s2).toBe(0);
	});

	it('rejects bad input', () => {
		expect(() => ols([1, 2], [1, 2])).toThrow(RangeError);
		expect(() => ols([1, 2, 3], [1, 2])).toThrow(RangeError);
		expect(() => ols([2, 2, 2], [1, 2, 3])).toThrow(RangeError);
	});
});

describe('lag1Autocorrelation', () => {
	it('matches the textbook r1 by hand', () => {
		// deviations −2 −1 0 1 2: Σ products = 2 + 0 + 0 + 2 = 4, Σ squares = 10
		expect(lag1Autocorrelation([1, 2, 3, 4, 5])).toBeCloseTo(0.4, 12);
		// alternating: deviations ±1 → Σ products = −3, Σ squares = 4
		expect(lag1Autocorrelation([1, -1, 1, -1])).toBeCloseTo(-0.75, 12);
	});

	it('skips pairs broken by null and rescales by (n − 1)/pairs', () => {
		// valid 1 2 4 5, mean 3: pairs (1,2) → 2 and (4,5) → 2; r = 4·3/2 / 10 = 0.6
		expect(lag1Autocorrelation([1, 2, null, 4, 5])).toBeCloseTo(0.6, 12);
	});

	it('is null without variance or pairs', () => {
		expect(lag1Autocorrelation([3, 3, 3, 3])).toBeNull();
		expect(lag1Autocorrelation([1, null, 2, null, 3])).toBeNull();
		expect(lag1Autocorrelation([])).toBeNull();
	});
});

describe('Student t', () => {
	it('quantiles match tables', () => {
		expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.8125, 4);
		expect(studentTQuantile(0.95, 30)).toBeCloseTo(1.6973, 4);
		expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
		expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.3027, 4);
		expect(studentTQuantile(0.95, 88)).toBeCloseTo(1.6624, 4);
		expect(studentTQuantile(0.999, 3)).toBeCloseTo(10.2145, 4);
		// df = 2 has a closed form: t = (2p − 1)/√(2p(1 − p))
		expect(studentTQuantile(0.95, 2)).toBeCloseTo(0.9 / Math.sqrt(0.095), 9);
		expect(studentTQuantile(0.05, 10)).toBeCloseTo(-1.8125, 4);
		expect(studentTQuantile(0.5, 7)).toBe(0);
		expect(() => studentTQuantile(1, 7)).toThrow(RangeError);
	});

	it('CDF matches closed forms and tables', () => {
		expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12); // Cauchy
		expect(studentTCdf(2, 2)).toBeCloseTo(0.5 + 2 / (2 * Math.sqrt(6)), 12);
		expect(studentTCdf(0, 9)).toBe(0.5);
		expect(studentTCdf(1.8125, 10)).toBeCloseTo(0.95, 4);
		expect(studentTCdf(-2, 5)).toBeCloseTo(0.05097, 5);
		expect(studentTCdf(Infinity, 3)).toBe(1);
		expect(studentTCdf(-40, 60)).toBeGreaterThanOrEqual(0);
		expect(studentTCdf(-40, 60)).toBeLessThan(1e-30);
	});

	it('quantile inverts the CDF', () => {
		for (const df of [1, 3, 12.5, 54, 200]) {
			for (const p of [0.01, 0.2, 0.9, 0.995]) {
				expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
			}
		}
	});

	it('regularized beta edge identities', () => {
		expect(regularizedBeta(0.5, 3.5, 3.5)).toBeCloseTo(0.5, 12);
		expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
		expect(regularizedBeta(0.7, 4, 1)).toBeCloseTo(0.7 ** 4, 12);
		expect(regularizedBeta(0, 2, 3)).toBe(0);
		expect(regularizedBeta(1, 2, 3)).toBe(1);
	});
});
