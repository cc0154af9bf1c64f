import { foldText } from "../../text/text";
import { isLabel } from "./clutter";
import { findDateMentions, parseNumericDate } from "./dates";
import { stripLegalForm } from "./legal-form";
import type { Role } from "./line-roles";
import { secondLinePublisher } from "./masthead-second-line";
import { editionOf, ownership, sameBrand, wordmark } from "./publisher-brand";
import { wordCount } from "./line-shapes";
import { type Clue, initials, letters, LINKS, nameFromHost, strongest } from "./publisher-names";

export type { Clue } from "./publisher-names";
export { nameFromHost } from "./publisher-names";

/*
 * Who published the page, from what the page itself prints around the
 * article: its masthead and logo, its copyright line, the prompts that name it
 * ("Recevez la lettre de …", "abonné à …"), a wire's agency, a source line.
 * Each place a name stands adds to its weight; a name printed in two places
 * (masthead and footer) beats one printed once. Given the page's address, the
 * host decides among them, and names the publisher itself when the page does not.
 */

export type Publisher = { name: string; url?: string; inferred: boolean; note?: string };

/** Section names a masthead line may be confused with. */
const SECTIONS = /^(actualit[ée]s?|actus?|accueil|[ée]conomie|international|politique|sports?|culture|monde|tech|r[ée]gions?|info|direct|menu|une|france|soci[ée]t[ée]|archives|opinions?|entreprises|finances?|magazine|vid[ée]os?)$/iu;

/** A one-word title closed by its own « ! » (« Zapp! »): a name, where a sentence's mark is not. */
const EXCLAIMED = /^\p{Lu}[\p{L}\d]{2,20}!$/u;

/** A player's button over the masthead (« Écouter le direct », « Regarder la chaîne »): an invitation, never a name. */
const PLAYER = /^(?:[ée]couter|regarder|revoir|voir)\s/iu;

/** The Republic's motto over every French state page's banner: no publisher's name. */
const MOTTO = /^libert[ée][\s,.·-]+[ée]galit[ée][\s,.·-]+fraternit[ée]\.?$/iu;

/** A line, or a part of one, shaped like a publication's name: capitalised words, no sentence, no time, year, market move (« +0,42% ») or rate (« EUR/USD 1,0842 », « Euro : 4 912 Ar »). */
export function nameShaped(text: string): boolean {
  const t = text.trim();
  return (
    // A site written as its address may be all lower case (« abidjan.net »): its shape still names it.
    t.length >= 2 && t.length <= 60 && (/^[\p{Lu}\d]/u.test(t) || DOMAIN.test(t)) && (!/[.!?;:,]$/.test(t) || EXCLAIMED.test(t)) && wordCount(t) <= 7 && !PLAYER.test(t) &&
    !isLabel(t) && !SECTIONS.test(t) && !DOCUMENT.test(t) && !/\d{1,2}[:h]\d{2}|\b(19|20)\d{2}\b|[+−-]\s?\d+(?:[.,]\d+)?\s?%|\d[.,]\d{2,}|\b\p{Lu}{3}\/\p{Lu}{3}\b|\d[\s\u00a0\u202f]\d{3}\b/u.test(t) && !MOTTO.test(t)
  );
}

/** "ACP – Agence Centre Presse", "Le Journal des Télécoms – Archives": a masthead's parts. */
// « Nuagéo, le mag du cloud souverain »: a tagline in apposition, a determiner then small words only, is no part of the name.
const parts = (line: string) => line.split(/\s+[–—|-]\s+/u).map((p) => stripLegalForm(p.trim().replace(/,\s+(?:le|la|les|l['’]|votre|ton|un|une)\s?[\p{Ll}'’\s-]+$/u, ""))).filter(Boolean);

/** What a copyright line names once the years and the formulas are gone. */
function copyrightHolder(line: string): string[] {
  // A footer's links beside the mark (« Politique de confidentialité · Accord d'utilisation · © 2025 ») hold no holder.
  const rest = (line.split(/\s*[·•]\s*/u).find((part) => /copyright|©|\(c\)/iu.test(part)) ?? line)
    .replace(/copyright|©|\(c\)|tous droits r[ée]serv[ée]s|all rights reserved|reproduction[^.–—-]*|fi[èe]rement propuls[ée] par .*$|\s+et(?:\/ou)? ses (?:affili[ée]s|filiales)/giu, " ")
    .replace(/\b(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?\b/g, " ")
    .replace(/\s+/g, " ");
  return rest.split(/\s*[.,]\s+|\s+[–—|-]\s+|\s*\.$/u).map((p) => stripLegalForm(p.trim().replace(/^[-–—.,\s]+|[-–—.,\s]+$/gu, ""))).filter(nameShaped);
}

/** Prompts and mentions that name the site ("Recevez chaque lundi la lettre de X", "abonné à X", "X vous propose"). */
const PROMPTS = [
  /(?:lettre|newsletter|infolettre)s?(?: \p{Ll}+)? (?:de|d['’]|du)\s+(\p{Lu}[^.!?]{1,50}?)\s*$/u,
  /abonn[ée]e?s? (?:à|a)\s+(\p{Lu}[^.!?]{1,50}?)\.?$/u,
  /^(\p{Lu}[^.!?]{1,50}?) vous (?:propose|offre|recommande)\b/u,
  /^Suivez (\p{Lu}[^.!?]{1,50}?) sur\b/u,
  /^Recommended from (\p{Lu}.{1,40})$/u,
  /^(\p{Lu}[^.!?]{1,50}?) (?:est édité par|fait partie (?:du|de))\b/u,
  // « Inscrivez-vous à la newsletter Nuagéo »: the letter named without « de ».
  /(?:newsletter|infolettre) (\p{Lu}[\p{L}\d&'’.-]{2,30})$/u,
  // An event's site, alone on its line in the footer: « Organisé par Salons Tech Événements », « Site édité par … ».
  /^(?:Organisé|(?:Site )?[ÉE]dité) par (\p{Lu}[^.!?,;:]{1,50})$/u,
];

/** What a document says it is ("DOSSIER DE PRESSE", "Communiqué de presse"): a label, and the sign of a release. */
const DOCUMENT = /^(?:\d+\.\s*)?(?:dossier de presse|communiqu[ée] de presse|communiqu[ée]|press release|press kit|information presse)$/iu;

/** A site's name written as its address ("MarchésFinance.fr"): a publication's name by its shape. */
const DOMAIN = /^[\p{L}\d-]{3,}\.(?:fr|com|net|org|info|ma|dz|tn|sn|ci|be|ch|lu|ca|qc\.ca|africa|eu|io|news|media|tv|cm|mg|lb|bf|ml|ga|cd|bj|tg|ne|mu|re)$/iu;

/** A line of the page's head that is its own furniture by rule (a cookie banner, a button, a date, the weather): no masthead. */
const isWidget = (line: string, role: Role) =>
  (role.kind === "furniture" && role.why !== "menu" && role.why !== "header") || role.kind === "dateline" || findDateMentions(line).length > 0 || parseNumericDate(line) !== undefined;

/** A web archive's toolbar (« The Wayback Machine - https://web.archive.org/web/2024…/https://site/… »): an address inside an address; the archive never publishes what it captured. */
const CAPTURE = /https?:\/\/\S+\/https?:\/\//iu;

/** A site's own pages, the first of its footer's links. */
const SITE_LINKS = /^(?:nous contacter|contactez-nous|contact|mentions l[ée]gales|qui sommes-nous\s?\??|[àa] propos)$/iu;

/** A group's name (« France Médias Monde », « Groupe Centre Presse »): an owner, whose brands publish. */
const GROUP = /(?<![\p{L}])(?:groupe|group|m[ée]dias?|presse|holding|[ée]ditions|publications)(?![\p{L}])/iu;

/** A copyright a few lines under the line that names a group other than it. */
const ownedBy = (lines: readonly string[], roles: readonly Role[], i: number) =>
  lines.slice(i + 1, i + 7).some((l, k) => {
    const role = roles[i + 1 + k];
    return role.kind === "furniture" && role.why === "footer" && /©|copyright/iu.test(l) && copyrightHolder(l).some((n) => GROUP.test(n) && letters(n) !== letters(lines[i]));
  });

/** The page's clues to its publisher, with their weights. */
function clues(lines: readonly string[], roles: readonly Role[], textStart: number, extra: Clue[]): Clue[] {
  const found: Clue[] = [...extra];
  const top = textStart < 0 ? lines.length : textStart;
  // The masthead: the first name among the page's first lines, above the text (a tagline or a menu follows it).
  // Widgets above it (a cookie banner, the date, the weather) are skipped; a release's label is followed by its title, not a masthead.
  const masthead: string[] = [];
  // The masthead's own lines: a name is printed again only on another line.
  const mastheadLines = new Set<number>();
  const headline = roles.findIndex((r) => r.kind !== "furniture" && r.kind !== "dateline" && r.kind !== "credit");
  const above = Math.min(top, headline < 0 ? lines.length : headline);
  const head = lines.slice(0, above).map((line, i) => ({ line, i })).filter(({ line, i }) => (!isWidget(line, roles[i]) || /^logo\b/iu.test(line)) && !CAPTURE.test(line)).slice(0, 3);
  // « Communiqué de presse – Traduction française »: the label may share its line.
  const release = lines.slice(0, top).some((l) => parts(l).some((p) => DOCUMENT.test(p)));
  head.forEach(({ line, i }, k) => {
    const logo = line.match(/^logo(?: du site| de)?\s+(.+)$/iu);
    if (logo) return found.push({ name: logo[1].trim(), weight: 4, why: "logo" });
    // A lab under its university's name, an official's office under her name: the second line says who publishes.
    const second = k === 1 && !release ? secondLinePublisher(head[0].line.trim(), line) : undefined;
    if (second) return found.push({ name: second, weight: 4, why: "deuxième ligne du bandeau" });
    if (masthead.length || release || roles[i].kind === "dateline") return;
    const mark = k === 0 && !SECTIONS.test(line.trim()) && !isLabel(line.trim()) ? wordmark(line) : undefined;
    if (mark) return masthead.push(mark), mastheadLines.add(i), found.push({ name: mark, weight: 1, why: "bandeau" });
    // « CloudHebdo – Toutes les actualités »: a page's label beside the name, a determiner then small words; or words in sentence case beside a name (« Nuagéo – Statut des services »).
    const label = (p: string, all: string[], words = /^\p{Lu}[\p{Ll}'’-]+(?:\s[\p{Ll}'’-]+)+$/u) => words.test(p) && all.some((o) => o !== p && nameShaped(o) && !words.test(o));
    for (const part of parts(line).filter((p, _, all) => nameShaped(p) && !/^(?:[Tt]oute?s?|[Tt]ous|[Ll]es|[Nn]os|[Vv]os)\s[\p{Ll}'’\s-]+$/u.test(p) && !label(p, all))) {
      masthead.push(part);
      mastheadLines.add(i);
      // A one-word masthead is weak, unless the site's address printed under it spells it (« CloudHebdo », https://www.cloudhebdo-exemple.fr).
      const spelled = lines.slice(0, above).some((l) => /^https?:\/\/\S+$/u.test(l.trim()) && letters(l).includes(letters(part)));
      const edition = DOMAIN.test(part) ? editionOf(part, lines.slice(i + 1, above)) : undefined;
      found.push(edition ? { name: edition, weight: 4, why: "édition du réseau" } : { name: part, weight: wordCount(part) > 1 || DOMAIN.test(part) || spelled ? 3 : 1, why: "bandeau" });
    }
  });
  // A release is published by the firm it comes from: its name alone in the head, which the text keeps repeating.
  if (release) {
    const text = foldText(lines.slice(top).join("\n"));
    for (const line of lines.slice(0, top)) {
      // « Sify Technologies Limited (NASDAQ : SIFY) »: the firm without its ticker and legal form.
      const name = stripLegalForm(line.trim().replace(/\s*\([^()]*\)$/u, ""));
      if (!nameShaped(name) || DOCUMENT.test(name) || wordCount(name) > 2) continue;
      // A firm heading the release with its ticker or legal form is its issuer once the text names it twice.
      if (text.split(foldText(name)).length - 1 >= (name === line.trim() ? 3 : 2)) found.push({ name: /^\p{Lu}+$/u.test(name) ? name.charAt(0) + name.slice(1).toLowerCase() : name, weight: 4, why: "émetteur du communiqué" });
    }
  }
  // « À propos d'Equinix » closing a release presents its issuer, when the text names that firm again.
  if (release) {
    const text = foldText(lines.slice(top).join("\n"));
    for (const line of lines.slice(top)) {
      const name = line.trim().match(/^[ÀA] propos (?:de |d['’])(\p{Lu}[\p{L}\d&' -]{1,40})$/u)?.[1];
      if (!name) continue;
      // One « À propos » block per release: a page of a million such lines must stay cheap.
      if (nameShaped(name) && text.split(foldText(name)).length - 1 >= 3) found.push({ name, weight: 4, why: "émetteur du communiqué (« À propos »)" });
      break;
    }
  }
  // A public body's release: its name heads the page (« MINISTÈRE CHARGÉ DE L'INDUSTRIE… »), cased as the text writes it.
  if (release) {
    const page = lines.join("\n");
    // The head's first lines only: a page of a million such lines must stay cheap.
    for (const line of lines.slice(0, Math.min(top, 30))) {
      const name = line.trim();
      if (PUBLIC_BODY.test(name) && wordCount(name) <= 10 && !/[.!?;:,]$/.test(name)) found.push({ name: casedAsText(name, page), weight: 4, why: "émetteur du communiqué" });
    }
  }
  const agencies = extra.filter((c) => c.why === "agence de la dépêche").map((c) => letters(c.name));
  // « X est une marque de Y » under the text, X the masthead: Y owns the brand, and its copyright does not name the outlet.
  const owned = lines.map(ownership).filter((o) => o !== undefined && masthead.some((m) => sameBrand(m, o.brand)));
  const owners = owned.map((o) => letters(o!.owner));
  owned.forEach((o) => found.push({ name: o!.brand, weight: 3, why: "marque nommée par la page" }));
  lines.forEach((line, i) => {
    const role = roles[i];
    // The copyright of a wire the site reprints is the agency's, over its text; the site's own is over the page.
    if (role.kind === "furniture" && role.why === "footer" && /©|copyright|\(c\)|droits r[ée]serv[ée]s|rights reserved/iu.test(line)) {
      copyrightHolder(line).forEach((name) => found.push({ name, weight: agencies.includes(letters(name)) || owners.includes(letters(name)) ? 1 : 3, why: "copyright" }));
    }
    for (const prompt of PROMPTS) {
      const m = line.match(prompt);
      if (m && nameShaped(m[1])) found.push({ name: m[1].trim(), weight: 3, why: "mention de la page" });
    }
    // The site's own pages named after it in the footer: « À propos de Wikimonde ».
    const about = i >= 3 ? line.trim().match(/^(?:[ÀA] propos (?:de\s+|d['’])|Contacter\s+|Soutenir\s+)(\p{Lu}.{1,50})$/u) : null;
    if (about && masthead.some((m) => sameBrand(m, about[1]))) found.push({ name: about[1].trim(), weight: 2, why: "repris en pied de page" });
    // A public body's postal address closing its page (« Préfecture de l'Essonne – Boulevard de France – 91010 Évry »): who publishes, unless its banner names it.
    if (i >= 3 && !masthead.some((m) => PUBLIC_BODY.test(m)) && /\b\d{5}\b/.test(line) && PUBLIC_BODY.test(parts(line)[0] ?? "") && nameShaped(parts(line)[0])) found.push({ name: parts(line)[0], weight: 4, why: "adresse en pied de page" });
    // The site's own name alone over its footer's links (« France 24 » over « Nous contacter »), when the copyright under them names a group that owns it: the brand publishes.
    if (i > Math.max(3, textStart) && wordCount(line) <= 4 && nameShaped(line) && !SITE_LINKS.test(line.trim()) && SITE_LINKS.test(lines[i + 1]?.trim() ?? "") && ownedBy(lines, roles, i)) found.push({ name: line.trim(), weight: 3, why: "nom en pied de page" });
    // The masthead's name printed again, alone, further down (footer, comments header).
    // A footer's links are set apart by dots as often as by dashes (« Name · À propos · Nous contacter »).
    if (i >= 3 && !mastheadLines.has(i)) for (const part of parts(line).flatMap((p) => p.split(/\s+[·•]\s+/u))) for (const m of masthead.filter((m) => sameBrand(m, part)).slice(0, 1)) found.push({ name: m, weight: 2, why: "repris en pied de page" });
  });
  return found;
}

/** Words that open a public body's name: a ministry, a prefecture, a region's council, a Swiss canton (« Canton de Vaud », « République et canton de Genève », « État de Fribourg »)… */
const PUBLIC_BODY = /^(?:minist[èe]re|pr[ée]fecture|mairie|ville de|r[ée]gion|conseil (?:r[ée]gional|d[ée]partemental)|secr[ée]tariat d['’][ée]tat|gouvernement|canton d[eu]|r[ée]publique et canton d[eu]|[ée]tat d[eu])(?![\p{L}])/iu;

/** A name printed in capitals, cased as the page writes its words elsewhere (« chargé de l'Industrie »), else in sentence case. */
function casedAsText(name: string, page: string): string {
  if (name !== name.toUpperCase()) return name;
  const lower = name.toLowerCase();
  const [head, ...rest] = lower.split(" ");
  const tail = rest.join(" ");
  const lowerPage = page.toLowerCase();
  let casedTail = tail;
  for (let at = tail ? lowerPage.indexOf(tail) : -1; at >= 0; at = lowerPage.indexOf(tail, at + 1)) {
    const written = page.slice(at, at + tail.length);
    if (written !== written.toUpperCase()) {
      casedTail = written;
      break;
    }
  }
  return [head.charAt(0).toUpperCase() + head.slice(1), casedTail].filter(Boolean).join(" ");
}

/**
 * The page's publisher: the name given by the editor (`--source`), else the
 * name the page prints that the address agrees with, else the address's own
 * name (deduced), else the page's strongest name when it is printed in a place
 * that names a site (weight 3: a masthead of several words, a logo, a footer).
 */
export function findPublisher(
  lines: readonly string[],
  roles: readonly Role[],
  options: { textStart: number; url?: string; sourceName?: string; extra?: Clue[] },
): { publisher?: Publisher; candidates: string[]; report: string } {
  const found = clues(lines, roles, options.textStart, options.extra ?? []);
  const candidates = [...new Set(found.map((c) => c.name))];
  const url = options.url;
  if (options.sourceName) return { publisher: { name: options.sourceName, ...(url ? { url } : {}), inferred: false }, candidates, report: `éditeur donné par --source : ${options.sourceName}` };
  if (url) {
    const host = new URL(url).hostname;
    const hostLetters = letters(nameFromHost(host));
    const agreeing = found.filter((c) => {
      const l = letters(c.name);
      // « La Gazette de l'Archipel » at gazette-archipel.km: a host drops the name's articles and « de ».
      const words = (foldText(c.name).match(/[a-z0-9]+/g) ?? []).filter((w) => !LINKS.has(w)).join("");
      return l === hostLetters || words === hostLetters || initials(c.name) === hostLetters || (Math.min(l.length, hostLetters.length) >= 5 && (l.includes(hostLetters) || hostLetters.includes(l)));
    });
    const best = strongest(agreeing);
    if (best) return { publisher: { name: best.name, url, inferred: false }, candidates, report: `éditeur : ${best.name} (nommé par la page, ${best.whys.join(", ")}, et par l'adresse ${host})` };
    const name = nameFromHost(host);
    const note = `Nom tiré de l'adresse de la page (${host}), que la page ne confirme pas.`;
    return { publisher: { name, url, inferred: true, note }, candidates, report: `éditeur tiré de l'adresse : ${name}${candidates.length ? ` ; noms lus dans la page : ${candidates.join(", ")}` : ""}` };
  }
  const best = strongest(found);
  if (!best || best.weight < 3) return { candidates, report: `éditeur non trouvé dans la page${candidates.length ? ` (indices trop faibles : ${candidates.join(", ")})` : ""} : le donner avec --source ou --url` };
  return { publisher: { name: best.name, inferred: false }, candidates, report: `éditeur : ${best.name} (lu dans la page : ${best.whys.join(", ")})` };
}
