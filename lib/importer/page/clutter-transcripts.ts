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
  { id: "end-mark", kind: "boilerplate", block: "end", furniture: "Fin de l'article.", text: "Fin de l'article 12 : le décret est abrogé.", test: (l) => l.words <= 5 && /^[-–—\s]*fin( (de l'article|du sujet|du reportage|de la transcription|de la depeche|du communique|de l'emission|de la chronique|de la conference|de l'audition))?[-–—\s.]*$/.test(l.key) },
  // The notice about a transcript or an accessible version: « Cette transcription … peut comporter des erreurs. »
  { id: "transcript-notice", kind: "notice", furniture: "Cette transcription est fournie pour l'accessibilité ; elle peut comporter des erreurs.", text: "La transcription des débats comporte des erreurs, a reconnu la mairie, qui la corrigera.", test: (l) => l.words <= 30 && /^(cette|la presente) (transcription|retranscription|version (audio|accessible|texte))\b.{0,80}\b(accessibilite|peut comporter des erreurs|generee automatiquement|a titre d'information|fait foi)/.test(l.key) },
  // A sitting's record opens and closes on its clock (« La réunion est ouverte à 9 h 30. », « La séance est levée à 11 h 05. »).
  { id: "sitting-clock", kind: "time", furniture: "La réunion est ouverte à 9 h 30.", text: "La séance est ouverte au public, a précisé le maire à 9 h 30.", test: (l) => l.words <= 10 && /^la (reunion|seance) est (ouverte|close|levee|suspendue|reprise) a \d{1,2} ?h ?(\d{2})?\.?$/.test(l.key) },
  // Who chairs it, between dashes (« - Présidence de Mme Claire Vautrin, présidente - »): the record's header, not its title.
  { id: "sitting-chair", kind: "metadata", furniture: "- Présidence de Mme Claire Vautrin, présidente -", text: "Présidence de la République : le décret est paru.", test: (l) => l.words <= 14 && /^[-–—\s]*presidence de (m|mme|monsieur|madame)\.? [^.:]{2,80}?[-–—\s]*$/.test(l.key) },
  // The notice that the sitting was filmed: « Ce compte rendu a fait l'objet d'une captation vidéo disponible en ligne … ».
  { id: "sitting-recording", kind: "notice", furniture: "Ce compte rendu a fait l'objet d'une captation vidéo disponible en ligne sur le site du Sénat.", text: "Ce compte rendu a fait l'objet de nombreuses critiques de la part de l'opposition.", test: (l) => l.words <= 30 && /^(ce compte rendu|cette (audition|reunion|seance)) (a fait|fait) l'objet d'une (captation|retransmission|diffusion) (video|audio|en direct)\b/.test(l.key) },
];
