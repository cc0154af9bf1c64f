import { randomUUID, timingSafeEqual } from "node:crypto";

/*
 * Who may publish: whoever holds PUBLISH_TOKEN (an editor's script, a CMS),
 * and the server's own file watcher, which holds a secret made at start-up
 * and never leaves the process. Without PUBLISH_TOKEN the endpoint does not
 * exist for anyone else.
 */

const internalVariable = "ARCHIVE_INTERNAL_PUBLISH_TOKEN";

/** The watcher's secret, made once per process (process.env is shared by every bundle of the server). */
export function internalPublishToken(): string {
  return (process.env[internalVariable] ??= randomUUID());
}

export type PublishAuthorization = "allowed" | "unauthorized" | "disabled";

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * What an `Authorization` header allows: the internal secret or PUBLISH_TOKEN
 * as a bearer token; "disabled" when PUBLISH_TOKEN is unset (the endpoint
 * then answers 404, as for any address that does not exist).
 */
export function authorizePublication(header: string | null, env: Record<string, string | undefined> = process.env): PublishAuthorization {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];
  const internal = env[internalVariable];
  if (given && internal && same(given, internal)) return "allowed";
  if (!env.PUBLISH_TOKEN) return "disabled";
  return given && same(given, env.PUBLISH_TOKEN) ? "allowed" : "unauthorized";
}
