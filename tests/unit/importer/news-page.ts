import { importLines } from "./import-lines";

/*
 * A made-up regional news article (masthead, rubric, headline, byline, date,
 * three paragraphs) that the page-shape tests of the ordinary-news rounds
 * (19–21) put one furniture or text line into, to see it removed or kept.
 * No blind page's words.
 */
export const run = importLines;
export const H = "Vierzon : Nordvolt ouvre son centre de données près de la gare";
export const BY = "Par Jeanne Morel";
export const DATE = "Publié le 4 mars 2026 à 07h00";
export const P1 = "La société Nordvolt a inauguré mardi à Vierzon un centre de données de 12 mégawatts, pour 90 millions d'euros, sur un terrain de la zone d'activités.";
export const P2 = "Le conseil a autorisé le maire à signer l'acte de vente du terrain, d'une superficie de 4 hectares, au prix de 1,2 million d'euros.";
export const P3 = "La mise en service de la seconde tranche est prévue en 2027, selon le calendrier présenté par l'exploitant en séance.";
/** The article with `middle` between its date line and the end of the page. */
export const page = (...middle: string[]) => run("Le Berry Libre", "Économie", H, BY, DATE, ...middle);
