/**
 * « de » or « à » before the name of an organisation or a place, with the
 * article French puts there: « de la Chambre de commerce », « de l’EPT »,
 * « du Comité territorial », « à l’Hôtel de territoire », « de Morlaix
 * Communauté » (a proper name takes none). Guessed from the first word; a
 * word it does not know takes no article, which is right for proper names.
 */
type Gender = 'feminine' | 'masculine' | 'plural' | 'elided';

const FIRST_WORDS: Record<string, Gender> = {
  chambre: 'feminine',
  commission: 'feminine',
  communauté: 'feminine',
  région: 'feminine',
  direction: 'feminine',
  conférence: 'feminine',
  métropole: 'feminine',
  ville: 'feminine',
  préfecture: 'feminine',
  caisse: 'feminine',
  banque: 'feminine',
  fédération: 'feminine',
  mission: 'feminine',
  maison: 'feminine',
  cité: 'feminine',
  délégation: 'feminine',
  union: 'elided',
  société: 'feminine',
  fondation: 'feminine',
  salle: 'feminine',
  mairie: 'feminine',
  cci: 'feminine',
  cma: 'feminine',
  cmar: 'feminine',
  bpi: 'feminine',
  comité: 'masculine',
  conseil: 'masculine',
  département: 'masculine',
  groupe: 'masculine',
  syndicat: 'masculine',
  pôle: 'masculine',
  service: 'masculine',
  bureau: 'masculine',
  réseau: 'masculine',
  club: 'masculine',
  centre: 'masculine',
  secrétariat: 'masculine',
  ministère: 'masculine',
  siège: 'masculine',
  parc: 'masculine',
  campus: 'masculine',
  technopôle: 'masculine',
  chambres: 'plural',
  services: 'plural',
  communes: 'plural',
  partenaires: 'plural',
};

const VOWEL_START = /^[aeiouyàâäéèêëîïôöùûüœh]/i;
/** Acronyms read letter by letter that start with a vowel sound: « l’EPT », « l’ADEME ». */
const ACRONYM = /^[A-ZÉ]{2,}$/;

export function frenchArticle(name: string, preposition: 'de' | 'à'): string {
  const first = name.trim().split(/[\s’'-]/)[0] ?? '';
  const key = first.toLocaleLowerCase('fr');
  const gender =
    FIRST_WORDS[key] ??
    (VOWEL_START.test(first) && (first === first.toLocaleLowerCase('fr') || isCommonNoun(first) || ACRONYM.test(first))
      ? 'elided'
      : undefined);
  const articles: Record<'de' | 'à', Record<Gender, string>> = {
    de: { feminine: 'de la ', masculine: 'du ', plural: 'des ', elided: 'de l’' },
    à: { feminine: 'à la ', masculine: 'au ', plural: 'aux ', elided: 'à l’' },
  };
  if (!gender)
    return `${preposition === 'de' && VOWEL_START.test(first) && !/^h/i.test(first) ? 'd’' : `${preposition} `}${name.trim()}`;
  return `${articles[preposition][gender]}${name.trim()}`;
}

/** Capitalised common nouns that open organisations' names and take « l’ ». */
function isCommonNoun(word: string): boolean {
  return [
    'établissement',
    'agence',
    'hôtel',
    'office',
    'espace',
    'institut',
    'association',
    'observatoire',
    'assemblée',
    'atelier',
    'auditorium',
    'amphithéâtre',
    'ept',
    'epci',
    'ademe',
    'etat',
    'état',
  ].includes(word.toLocaleLowerCase('fr'));
}
