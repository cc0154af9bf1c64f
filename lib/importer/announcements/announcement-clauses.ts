/* Words around a statement that say what its clause is: reported speech, a part of a thing named, a home, a signing place, a target bought. */

/** « , a indiqué que … », « , a précisé qu'… »: what follows is what the person just named says. */
export const REPORTED = /^\s*,\s*(?:a|ont)\s+(?:[\p{L}-]+\s+)?(?:indiqué|annoncé|précisé|confirmé|expliqué|affirmé|assuré|déclaré|souligné|fait savoir|révélé)\s+(?:qu'|que\s)[^,;]*$/iu;

/** « la construction du premier bâtiment »: a part of what was named, not a new one. */
export const OF_THE = /(?:^|\s)(?:du|de la|de l'|des)\s*(?:[\p{L}-]+\s+)?$/iu;

/** « fondé à Nantes », « basée à Lyon »: where a firm lives. */
export const HOME = /(?:fond|bas|établi|implant)[ée]e?s?(?:\s+en\s+\d{4})?\s+(?:à|au|aux|en)\s+(?:l[ae]\s+|l')?$/iu;

/** What a cancelling verb gives up when it names no facility: a stage of one (« à la seconde tranche », « la phase 2 »). */
export const CANCELLED_STAGE = /^\s*(?:à\s+|de\s+)?(?:la|le|l'|sa|son|les|ses|au|aux)\s*(?:[\p{L}-]+\s+)?(?:tranche|phase|extension)s?(?![\p{L}])/iu;
export const SIGNED_AT = /(?:signé|conclu|paraphé)e?s?(?:\s+\p{L}+)?\s+à\s*$/iu;
export const TARGET = /(?:société|opérateur|filiale|activités?|participation|parts|\d+\s?%|actifs|portefeuille|centres? de données|campus|(?:le|les|son|ses) sites?(?! web| internet))/iu;
/** « Orange Business y installera une partie de son offre, dans le cadre d'un partenariat »: « y » before a verb that is no trigger still places the clause there (« il y a », « y compris » do not). */
export const THERE_PRONOUN = /(?<![\p{L}'’])(?<!\bil\s|\bIl\s)y\s+(?!compris|a\s|avait\s)(?:a\s+|ont\s+|sera\s+|seront\s+)?\p{Ll}{3,}/u;
/** « IL EST PROPOSÉ PAR le conseiller X … ET RÉSOLU de vendre à Data Nord le lot »: a council's resolution; it acts, not the firm of the clause before (« il est résolu à construire » is a firm's resolve). */
export const RESOLVED = /(?<![\p{L}])(?:ET\s+RÉSOLU|IL\s+EST\s+RÉSOLU|[Ii]l\s+est\s+résolu\s+(?:de|d'|que))(?![\p{L}])/u;
/** « Un autre message affirme qu'Amazon a renoncé… », « une rumeur prétend que… »: a claim being checked, which the article then confirms or denies in its own words. */
export const CLAIM = /^\s*(?:(?:un|une|le|la|les|des|ce|cette|ces)\s+)?(?:[\p{L}-]+\s+)?(?:messages?|rumeurs?|publications?|posts?|tweets?|vidéos?|internautes?|affirmations?|intox)\s+(?:[\p{L}-]+\s+){0,3}(?:affirme|affirment|prétend|prétendent|assure|assurent|soutient|soutiennent|laisse entendre|avance|avancent)\s+(?:qu'|que\s)/iu;
/** « 1,5 Md€ en Europe », « dans le monde »: a sum or plan over a continent takes no country from the sentence before. */
export const CONTINENT = /(?<![\p{L}])(?:(?:en|dans toute l'|à travers l')\s*(?:Europe|Afrique|Asie|Amérique(?:\s+(?:du Nord|du Sud|latine))?|Océanie)|dans le monde(?: entier)?)(?![\p{L}])/u;
/**
 * « Le contrat, signé mardi à Cayenne, s'élève à 65 millions d'euros », « Le marché atteint 12 M€ »: the price of the deal
 * just announced (a contract to build, a tender won) is that announcement's amount, not a new one (266 of held-out-12);
 * « Le montant annoncé atteint 1,1 milliard d'euros » is the cost of the project just announced (298 of held-out-14).
 */
export const PRICE_SUBJECT = /^\s*(?:le|ce|son|leur)\s+(?:contrat|marché|montant(?:\s+(?:annoncé|total|global|prévu))?)(?:\s*,[^.;,]{0,80},)?\s+(?:s'élève|s'élèvera|atteint|atteindra|se monte|se montera|représente|représentera|est de|sera de)\s/iu;
/** « Nous relevons notre objectif de cours de 13,20 € à 14,50 € »: an analyst's price target for the share is no sum anyone invests (258 of held-out-12). */
export const PRICE_TARGET = /(?<![\p{L}])(?:objectifs?\s+de\s+cours|cours\s+cibles?|cours\s+de\s+l'action)(?![\p{L}])/iu;

/** « La commission a refusé mercredi le permis de construire d'un campus … que la société X voulait bâtir »: an authority's refusal gives the facility up (330 of held-out-15). */
export const REFUSED_PERMIT = /(?<![\p{L}])(?:refusé|rejeté|refuse|rejette)\s+(?:[\p{L}-]+\s+){0,2}(?:le|les)\s+permis(?![\p{L}])/iu;
/** « un campus de 90 mégawatts que la société X voulait bâtir »: the size between a refused facility and its relative clause. */
export const SIZED_GAP = /^\s{0,3}(?:de\s+(?:plus de\s+)?\d[\d\s,.]*\s*(?:mégawatts?|MW|gigawatts?|GW)\s*)?$/iu;

/** « Au total, l'entreprise dit avoir investi plus de 5 milliards d'euros en Belgique depuis son arrivée »: a running total of the past, no announcement (345 of held-out-16). */
export const TALLY = /^\s*(?:au total|en tout|au cumul|en cumulé)\s*,[^.;]*?(?:investi|dépensé|injecté)[^.;]*?depuis\s+(?:son|sa|leur|l')\s*(?:arrivée|installation|implantation|création|entrée)(?![\p{L}])/iu;

/** « construit par l'hébergeur toulousain Occitanie Data »: a builder described as an operator, whose facility it is (not round 19's contractor). */
export const OPERATOR_AGENT = /\spar\s+(?:l'|le\s+)(?:hébergeur|opérateur|exploitant)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** « a acquis un terrain de 3 hectares dans la zone d'activités de Contern »: land bought is no firm bought (fixtures README), whatever the zone's name says (366 of held-out-17). */
export const LAND_BOUGHT = /^\s*(?:un|une|des|le|la|les|son|sa|ses)\s+(?:terrains?|parcelles?|foncier)(?![\p{L}])/iu;
