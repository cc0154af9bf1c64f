/* line-roles.ts reads these while it assigns roles: only a role's kind is looked at, so no import back. */

/**
 * A key-points box (« Points clés », « À retenir ») sums the article up in a
 * few short sentences the text then develops; the box is closed by furniture
 * (a wall, share buttons) before the text starts. Without that close, the
 * sentences may be the text's own: they stay.
 */
export const KEY_POINTS = /^(?:les )?(?:points? cl[ée]s|points? à retenir|à retenir|ce qu['’]il faut retenir)\s*:?$/iu;
export function keyPoint(opener: string, lines: readonly string[], roles: readonly { kind: string }[], i: number): boolean {
  if (!KEY_POINTS.test(opener)) return false;
  for (let k = i; k < Math.min(lines.length, i + 6); k++) if (roles[k].kind !== "text" || lines[k].length > 160) return roles[k].kind !== "text";
  return false;
}

