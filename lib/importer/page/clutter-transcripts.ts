import type { LineRule } from "./line-rule";

/*
 * Rules of the line table (clutter.ts) for the transcript of a broadcast or an
 * audio version of an article: the timecodes, who speaks, the end mark and the
 * notice about the transcript. The words spoken stay: they are the text.
 */

/** Who speaks, in a transcript's own words: a role alone, in capitals. */
const SPEAKER_ROLE = /^(presentateur|presentatrice|journaliste|reporter|animateur|animatrice|envoye special|envoyee speciale|correspondant|correspondante|commentateur|commentatrice|voix off|intervenant|intervenante|interviewer)( \((voix off|off|en plateau|en duplex|sur le plateau)\))?$/;

/** A name in capitals and the role the caption gives it (« MICHEL DORÉ, maire de … »): a speaker's caption. */
const SPEAKER_NAME = /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,3}(?: \((?:voix off|off|en duplex)\)|, \p{Ll}[^.!?]{2,80})$/u;

export const TRANSCRIPT_RULES: LineRule[] = [
  // A timecode alone, in brackets or not: « [00:08:20] », « (12:05) ».
  { id: "timecode", kind: "time", furniture: "[00:08:20]", text: "[00:08:20] Le maire a pris la parole devant les élus.", test: (l) => /^[[(]\d{1,2}:\d{2}(:\d{2})?[\])]$|^\d{1,2}:\d{2}:\d{2}$/.test(l.key) },
  // A transcript's speaker line: a role in capitals, or a name in capitals with its caption.
  {
    id: "speaker", kind: "metadata", furniture: "MICHEL DORÉ, maire de Saint-Hilaire-de-Riez", text: "ORANGE INVESTIT À DUNKERQUE",
    test: (l) => l.words <= 14 && !l.prose && ((l.text === l.text.toUpperCase() || /\(voix off\)$/.test(l.key)) && SPEAKER_ROLE.test(l.key) || SPEAKER_NAME.test(l.text)),
  },
  // A video's « Chapitres : » over its timed chapters (« 00:00 Introduction »): the player's index, not the story.
  { id: "chapters", kind: "widget", furniture: "Chapitres :", text: "Chapitres : le rapport en compte douze.", test: (l) => /^chapitres\s*:?$/.test(l.key) },
  // The end mark of a piece read aloud or broadcast: « Fin de l'article. », « Fin du sujet », « — FIN — ».
  { id: "end-mark", kind: "boilerplate", block: "end", furniture: "Fin de l'article.", text: "Fin de l'article 12 : le décret est abrogé.", test: (l) => l.words <= 5 && /^[-–—\s]*fin( (de l'article|du sujet|du reportage|de la transcription|de la depeche|du communique|de l'emission|de la chronique))?[-–—\s.]*$/.test(l.key) },
  // The notice about a transcript or an accessible version: « Cette transcription … peut comporter des erreurs. »
  { id: "transcript-notice", kind: "notice", furniture: "Cette transcription est fournie pour l'accessibilité ; elle peut comporter des erreurs.", text: "La transcription des débats comporte des erreurs, a reconnu la mairie, qui la corrigera.", test: (l) => l.words <= 30 && /^(cette|la presente) (transcription|retranscription|version (audio|accessible|texte))\b.{0,80}\b(accessibilite|peut comporter des erreurs|generee automatiquement)/.test(l.key) },
];
