/**
 * The one thing reachable without a session when a sign-in is required: reading a share link
 * (GET or HEAD of /s/<token>; src/routes/s/[...token] answers every such path, a live link's
 * report or the same 404). Nothing else under any other path, and no other method.
 */
export function isShareRequest(method: string, pathname: string): boolean {
	return (method === 'GET' || method === 'HEAD') && pathname.startsWith('/s/');
}
