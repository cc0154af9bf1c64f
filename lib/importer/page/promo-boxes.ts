import { foldText } from "../../text/text";
import { SIGN_UP_BUTTONS, wholeLine } from "./button-labels";
import { isText, type Role } from "./line-roles";
import { wordCount } from "./line-shapes";

/*
 * A box the site inserts between paragraphs to sell something of its own (a
 * newsletter, a white paper, a training, a webinar), printed as a title or a
 * pitch over its button. The button is what tells it from the text: an
 * intertitle or a short sentence is followed by a paragraph, never by
 * « Télécharger » or « Je m'inscris ».
 */

/** A button's words alone on their line: to download, to sign up, to register. */
const BUTTON_WORDS = new RegExp(`^(?:${wholeLine([...SIGN_UP_BUTTONS, "telecharger", "je telecharge", "telechargez", "participer", "je participe", "reserver", "je reserve"])})(?: (?:le|la|gratuitement|maintenant|ici))?\\s*!?$`, "u");

/** An ad slot's label (« PUBLICITÉ », « Annonce »), folded: it stands anywhere, under a headline as well as under a box. */
const AD_LABEL = /^(?:publicite|annonce|sponsorise|contenu sponsorise|pub)$/;

/** A button: a short line the table read as a widget or a call to action (an ad slot's label is none), or a button's words alone. */
const isButton = (line: string | undefined, role: Role | undefined) =>
  !!line && !!role && wordCount(line) <= 4 && !AD_LABEL.test(foldText(line.trim())) && ((role.kind === "furniture" && (role.why === "widget" || role.why === "call-to-action")) || (isText(role) && BUTTON_WORDS.test(foldText(line.trim()))));

/** A promoted item's title: a kicker, a colon, its title (« Livre blanc : … », « Formation : … »), no sentence's end. */
const KICKED = /^\p{Lu}[\p{L}'’ -]{1,24}\s?:\s\S.*[^.!?…]$/u;

/** What a site's own box sells, alone on its line over the item (« Livre blanc », « Webinaire », « Formation »), folded. */
const PROMO_LABEL = /^(?:livre blanc|e-?book|guide( pratique| gratuit)?|webinaire|webinar|formation|etude|rapport|conference|evenement|partenaire|contenu partenaire|a telecharger|offre speciale)\s*:?$/;

/** A call to sign up to a letter over it: the pitch under it describes the letter. */
const LETTER = /\b(?:newsletter|lettre|infolettre|inscri|abonn)/iu;

export function markPromoBoxes(lines: readonly string[], roles: Role[]): void {
  roles.forEach((role, i) => {
    // « Berry+ » alone over « … passez à Berry+. »: the offer's name heads the box that sells it.
    const offer = /^\S{1,25}\+$/u.exec(lines[i].trim())?.[0];
    const under = roles[i + 1];
    if (offer && isText(role) && under?.kind === "furniture" && under.why === "paywall" && lines[i + 1].includes(offer)) {
      roles[i] = { kind: "furniture", why: "paywall" };
      return;
    }
    if (!isText(role) || !isButton(lines[i + 1], roles[i + 1]) || /[«“][^»”]{20,}/u.test(lines[i])) return;
    const line = lines[i].trim();
    // « Livre blanc : réussir sa migration » over « Télécharger »: the promoted item and its button.
    const promoted = wordCount(line) <= 15 && KICKED.test(line);
    // « Recevez notre newsletter » / « Chaque vendredi, l'essentiel de… » / « Je m'inscris »: the letter's pitch between its call and its button.
    const above = roles[i - 1];
    const pitch = line.length <= 150 && !!above && above.kind === "furniture" && (above.why === "call-to-action" || above.why === "newsletter") && LETTER.test(lines[i - 1]);
    if (!promoted && !pitch) return;
    roles[i] = { kind: "furniture", why: promoted ? "call-to-action" : "newsletter" };
    // « Livre blanc » alone over « Réseaux : les clés… » / « Télécharger »: the box's label, printed over its item.
    if (promoted && above && isText(above) && PROMO_LABEL.test(foldText(lines[i - 1].trim()))) roles[i - 1] = { kind: "furniture", why: "call-to-action" };
    if (isText(roles[i + 1])) roles[i + 1] = { kind: "furniture", why: "widget" };
  });
}
