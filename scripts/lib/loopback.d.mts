/** A port the OS says is free on loopback. */
export function freePort(): Promise<number>;
/** The origin a server on this port is reached at, and what SITE_URL must say for its build. */
export function loopbackOrigin(port: number): string;
