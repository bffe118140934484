import type { Lang } from '$lib/i18n';

declare global {
	namespace App {
		interface Error {
			message: string;
			errorId?: string;
		}
		interface Locals {
			lang: Lang;
			/** who is signed in, when a sign-in is required (served beyond this computer) */
			user?: string;
		}
	}
}

export {};
