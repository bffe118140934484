import type { Lang } from '$lib/i18n';

declare global {
	namespace App {
		interface Error {
			message: string;
			errorId?: string;
		}
		interface Locals {
			lang: Lang;
		}
	}
}

export {};
