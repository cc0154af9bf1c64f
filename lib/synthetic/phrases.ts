/*
 * Phrase templates for synthetic articles, in the register of the archive's
 * texts. Slots: {company}, {company2}, {country} (with its preposition: "en
 * Allemagne"), {countryName}, {adjective}, {amount}, {year}, {city}, {number},
 * {service}, {person}, {role}.
 */

export const titleTemplates = [
  "{company} ouvre un nouveau centre de données {country}",
  "{company} investit {amount} dans son infrastructure cloud",
  "{company} et {company2} s'allient pour le cloud {adjective}",
  "{company} lance {service} {country}",
  "Cloud public : {company} accélère {country}",
  "{company} annonce trois régions cloud supplémentaires d'ici à {year}",
  "Souveraineté numérique : {company} promet des données hébergées {country}",
  "{company} rachète {company2} pour renforcer son offre de cloud",
  "Le marché {adjective} du cloud attire {company}",
  "{company} mise sur l'intelligence artificielle et les datacenters",
  "Pénurie d'électricité : {company} revoit ses projets {country}",
  "{company} dévoile ses résultats trimestriels, portés par le cloud",
] as const;

export const summaryTemplates = [
  "{company} annonce l'ouverture d'un site {country}, un investissement de {amount} qui doit entrer en service en {year}.",
  "Le groupe veut doubler sa capacité de calcul {country} et concurrencer les leaders américains du cloud public.",
  "Associé à {company2}, {company} promet des services cloud conformes aux règles locales de protection des données.",
  "Selon {person}, {role}, la demande des entreprises {adjective}s a fortement progressé depuis la pandémie.",
  "Le nouveau centre de données de {city} accueillera {number} serveurs et sera alimenté par des énergies renouvelables.",
] as const;

export const sentenceTemplates = [
  "{company} a annoncé l'ouverture d'un centre de données à {city}, le {number}e de son réseau mondial.",
  "L'investissement, estimé à {amount}, doit permettre de répondre à la demande croissante des entreprises {adjective}s.",
  "Les premiers clients pourront migrer leurs applications dès {year}, selon {person}, {role}.",
  "Le site sera alimenté par des énergies renouvelables et refroidi par l'air extérieur une grande partie de l'année.",
  "Cette annonce intervient alors que la concurrence s'intensifie sur le marché du cloud public {country}.",
  "{company2} fournira les serveurs et les équipements réseau, tandis que {company} assurera l'exploitation.",
  "Les données des clients resteront hébergées {country}, une exigence de nombreuses administrations.",
  "Le groupe revendique désormais plus de {number}000 clients professionnels dans la région.",
  "Selon le cabinet Canalys, les dépenses mondiales en infrastructures cloud ont progressé de {number} % sur un an.",
  "La sécurité des données et la souveraineté numérique sont au cœur des discussions avec les autorités.",
  "Plusieurs start-up {adjective}s testent déjà la plateforme, indique l'opérateur dans un communiqué.",
  "{person}, {role}, estime que « le cloud hybride restera la norme pour les grands comptes ».",
  "Les analystes rappellent que {company} accuse un retard face à Amazon Web Services et Microsoft Azure.",
  "Le chantier mobilisera près de {number}0 entreprises locales et créera des emplois qualifiés à {city}.",
  "La pandémie de Covid-19 a accéléré le télétravail et la migration des applications vers le cloud.",
  "Les régulateurs examinent de près les accords de partenariat entre opérateurs télécoms et fournisseurs de cloud.",
  "L'entreprise prévoit également d'ouvrir une zone de disponibilité supplémentaire d'ici à {year}.",
  "Le coût de l'électricité représente désormais près d'un tiers des dépenses d'exploitation d'un datacenter.",
  "Des services d'intelligence artificielle et d'analyse de données seront proposés aux développeurs {adjective}s.",
  "Les clients du commerce en ligne réclament des temps de réponse toujours plus courts pendant les soldes.",
  "Le réseau de fibre optique reliera le nouveau site aux principaux points d'échange internet {country}.",
  "{company} n'a pas souhaité commenter les rumeurs d'un rapprochement avec {company2}.",
] as const;

export const services = ["une offre de stockage objet", "un service de calcul haute performance", "une plateforme d'intelligence artificielle", "un cloud souverain", "une région cloud", "un service de sauvegarde", "une offre d'hébergement"] as const;
export const cities = ["Francfort", "Hanovre", "Johannesburg", "Le Cap", "Shanghai", "Hangzhou", "Pékin", "Paris", "Marseille", "Dublin", "Bombay", "Tokyo", "Osaka", "São Paulo", "Montréal", "Nairobi", "Casablanca", "Stockholm", "Singapour", "Sydney"] as const;
export const firstNames = ["Marie", "Jean", "Li", "Wei", "Anna", "Thomas", "Fatou", "Karim", "Sofia", "Hans", "Yuki", "Carlos", "Amina", "Pierre"] as const;
export const lastNames = ["Dupont", "Zhang", "Müller", "Nakamura", "Diallo", "Silva", "Martin", "Benali", "Johansson", "Okafor", "Moreau", "Chen"] as const;
export const roles = ["directeur général", "directrice technique", "responsable du cloud", "analyste chez Canalys", "vice-président des ventes", "porte-parole du groupe"] as const;
export const sources = ["Le Journal du Cloud", "Datacenter Magazine", "L'Informaticien", "Silicon.fr", "Le Monde Informatique", "ZDNet France", "LeMagIT"] as const;
export const headings = ["Un marché en pleine croissance", "La question de la souveraineté", "Des clients déjà convaincus", "Concurrence américaine", "Énergie et refroidissement", "Prochaines étapes"] as const;
