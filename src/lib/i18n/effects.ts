/** How the views write an estimated change in a number of people (a campaign's effect). */
export const en = {
	/** an estimate that rounds to no one: neither "+0" nor "−0" */
	aboutZero: 'about 0',
	/** a 90 % range whose two ends round to the same whole number */
	rangeSame: (n: string) => `very close to ${n}`
};

export const fr: typeof en = {
	aboutZero: 'environ 0',
	rangeSame: (n) => `très proche de ${n}`
};
