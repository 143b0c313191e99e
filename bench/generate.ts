// Deterministic synthetic roadmap for benchmarks, typed by the roadmap's own model: same seed, same bytes.
//   node dist/bench/generate.js <dir> --commitments 10000 --meetings 500 [--partners 40] [--axes 9] [--seed 1]
//   node dist/bench/generate.js <dir> --mutate [--fraction 0.1] [--seed 2]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML, { type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type {
  Action,
  Axis,
  Budget,
  Commitment,
  CommitmentStatus,
  Convention,
  Decision,
  Funder,
  Indicator,
  JournalEntry,
  Measure,
  Meeting,
  MeetingKind,
  MeetingStatus,
  Milestone,
  Partner,
  PartnerKind,
  PartnerRole,
} from '../src/model/types.js';

export const AS_OF = '2026-11-25';
const SIGNED_ON = '2018-06-25';
// Generated facts stop before AS_OF so that mutateRoadmap can append entries dated
// AS_OF and keep every journal newest-last.
const FACTS_UNTIL = '2026-11-15';
const YAML_OPTIONS = { lineWidth: 0 };

// ---------------------------------------------------------------- randomness, dates

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
  chance: (p: number) => boolean;
  sample: <T>(list: readonly T[], n: number) => T[];
  weighted: <T>(table: readonly (readonly [T, number])[]) => T;
}

function makeRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number): boolean => next() < p;
  const sample = <T>(list: readonly T[], n: number): T[] => {
    const count = Math.min(n, list.length);
    // Drawing a few items from a long list (commitment refs) must not copy the list.
    if (count * 4 < list.length) {
      const chosen = new Set<number>();
      while (chosen.size < count) chosen.add(Math.floor(next() * list.length));
      return [...chosen].map((i) => list[i]!);
    }
    const copy = [...list];
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  };
  const weighted = <T>(table: readonly (readonly [T, number])[]): T => {
    let r = next() * table.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of table) if ((r -= w) < 0) return value;
    return table[table.length - 1]![0];
  };
  return { int, pick, chance, sample, weighted };
}

const DAY_MS = 86_400_000;
const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const toDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const addDays = (date: string, days: number): string => toDate(toDay(date) + days);
const minDate = (a: string, b: string): string => (a < b ? a : b);
const randomDate = (rnd: Random, from: string, to: string): string => toDate(rnd.int(toDay(from), toDay(to)));
const sortedDates = (rnd: Random, n: number, from: string, to: string): string[] =>
  Array.from({ length: n }, () => randomDate(rnd, from, to)).sort();
function distinctSortedDates(rnd: Random, n: number, from: string, to: string): string[] {
  const dates = new Set<string>();
  while (dates.size < Math.min(n, toDay(to) - toDay(from) + 1)) dates.add(randomDate(rnd, from, to));
  return [...dates].sort();
}

const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'pour',
  'sur',
  'un',
  'une',
]);

const words = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const kebab = (text: string): string => words(text).join('-');
const slugify = (text: string, maxWords = 5): string =>
  words(text)
    .filter((word) => !STOP_WORDS.has(word))
    .slice(0, maxWords)
    .join('-');

// ---------------------------------------------------------------- vocabulary

const SIGNATORIES: [string, string, string, PartnerKind][] = [
  ['gosb', 'Établissement public territorial Grand-Orly Seine Bièvre', 'GOSB', 'territory'],
  ['cci-val-de-marne', "Chambre de commerce et d'industrie du Val-de-Marne", 'CCI 94', 'cci'],
  ['cci-essonne', "Chambre de commerce et d'industrie de l'Essonne", 'CCI 91', 'cci'],
  ['cma-val-de-marne', "Chambre de métiers et de l'artisanat du Val-de-Marne", 'CMA 94', 'cma'],
  ['cma-essonne', "Chambre de métiers et de l'artisanat de l'Essonne", 'CMA 91', 'cma'],
  ['orly-paris', 'Orly Paris, agence de développement économique', 'Orly Paris', 'agency'],
];
const OTHER_ORGANISATIONS: [string, string, string, PartnerKind][] = [
  ['region-ile-de-france', 'Région Île-de-France', 'Région IDF', 'region'],
  ['prefecture-val-de-marne', 'Préfecture du Val-de-Marne', 'Préfecture 94', 'state'],
  ['prefecture-essonne', "Préfecture de l'Essonne", 'Préfecture 91', 'state'],
  ['france-travail', 'France Travail Val-de-Marne', 'France Travail', 'state'],
  ['bpifrance', 'Bpifrance Île-de-France', 'Bpifrance', 'funder'],
  ['banque-des-territoires', 'Banque des Territoires', 'BdT', 'funder'],
  ['ademe', 'Agence de la transition écologique — Île-de-France', 'ADEME', 'state'],
  ['semmaris', 'Semmaris — Marché international de Rungis', 'Semmaris', 'other'],
  ['groupe-adp', 'Groupe ADP — Paris-Orly', 'ADP', 'other'],
  ['initiative-essonne', 'Initiative Essonne', 'Initiative 91', 'funder'],
  ['mission-locale-orly', 'Mission locale Orly Choisy Villeneuve', 'ML Orly', 'other'],
  ['cress-idf', "Chambre régionale de l'économie sociale et solidaire", 'CRESS', 'other'],
];
const COMMUNES = [
  'Ablon-sur-Seine',
  'Arcueil',
  'Athis-Mons',
  'Cachan',
  'Chevilly-Larue',
  'Choisy-le-Roi',
  'Fresnes',
  'Gentilly',
  'Ivry-sur-Seine',
  'Juvisy-sur-Orge',
  'Le Kremlin-Bicêtre',
  "L'Haÿ-les-Roses",
  'Morangis',
  'Orly',
  'Paray-Vieille-Poste',
  'Rungis',
  'Savigny-sur-Orge',
  'Thiais',
  'Valenton',
  'Villejuif',
  'Villeneuve-le-Roi',
  'Villeneuve-Saint-Georges',
  'Viry-Châtillon',
  'Vitry-sur-Seine',
];
const AXES: [string, string, string, string[]][] = [
  [
    'attractivite',
    'Développement économique et attractivité du territoire',
    'Attractivité',
    [
      'la promotion du territoire auprès des investisseurs',
      "un guichet unique d'accueil des entreprises",
      'la prospection des implantations exogènes',
    ],
  ],
  [
    'emploi-formation',
    'Emploi, formation et insertion professionnelle',
    'Emploi et formation',
    [
      'le recrutement local des habitants',
      'les parcours de formation aux métiers de la logistique',
      "l'apprentissage dans les petites entreprises",
    ],
  ],
  [
    'commerce-artisanat',
    'Commerce et artisanat de proximité',
    'Commerce et artisanat',
    [
      'la reprise des locaux commerciaux vacants',
      'la transition numérique des commerces',
      'les marchés forains et les circuits courts',
    ],
  ],
  [
    'transition-ecologique',
    'Transition écologique des entreprises',
    'Transition écologique',
    [
      'la rénovation énergétique des ateliers',
      "l'économie circulaire entre entreprises voisines",
      'la mobilité décarbonée des salariés',
    ],
  ],
  [
    'numerique-innovation',
    'Numérique et innovation',
    'Numérique',
    [
      "un programme d'accélération des jeunes pousses",
      'la cybersécurité des TPE',
      "l'accès au très haut débit des zones d'activité",
    ],
  ],
  [
    'foncier-immobilier',
    "Foncier et immobilier d'entreprise",
    'Foncier',
    [
      'un observatoire du foncier économique',
      "l'offre de locaux d'activité pour les artisans",
      "la requalification des zones d'activité",
    ],
  ],
  [
    'creation-transmission',
    "Création, reprise et transmission d'entreprises",
    'Création et transmission',
    ['la transmission des entreprises artisanales', "l'accompagnement des créateurs", "le financement d'amorçage"],
  ],
  [
    'economie-sociale',
    'Économie sociale et solidaire',
    'ESS',
    [
      "les achats responsables des grands donneurs d'ordre",
      "l'émergence de projets d'économie solidaire",
      "les clauses d'insertion des marchés publics",
    ],
  ],
  [
    'aeroport-logistique',
    'Plateforme aéroportuaire, logistique et marché de gros',
    'Aéroport et logistique',
    [
      "l'emploi sur la plateforme d'Orly",
      'la logistique urbaine du dernier kilomètre',
      'les synergies avec le marché de Rungis',
    ],
  ],
];
const VERBS = [
  'Accompagner',
  'Développer',
  'Renforcer',
  'Structurer',
  'Déployer',
  'Animer',
  'Soutenir',
  'Favoriser',
  'Expérimenter',
  'Promouvoir',
  'Organiser',
  'Consolider',
];
const COMPLEMENTS = [
  '',
  '',
  'dans les quartiers prioritaires',
  "autour de la plateforme d'Orly",
  'sur le secteur Seine-Amont',
  "à l'échelle du territoire",
  'avec les communes volontaires',
  'pour les TPE et PME',
];
const MILESTONES = [
  "Lancement de l'appel à candidatures",
  'Comité de pilotage de lancement',
  'Signature des conventions de partenariat',
  "Premier bilan d'étape",
  'Recrutement du chargé de mission',
  'Ouverture du dispositif au public',
  'Évaluation intermédiaire',
  'Restitution au comité territorial',
  'Publication du guide pratique',
];
const INDICATORS: [string, string, string, 'up' | 'down'][] = [
  ['entreprises-accompagnees', 'Entreprises accompagnées', 'entreprises', 'up'],
  ['emplois-crees', 'Emplois créés ou maintenus', 'emplois', 'up'],
  ['personnes-formees', 'Personnes formées', 'personnes', 'up'],
  ['surface-commercialisee', 'Surface de locaux commercialisée', 'm²', 'up'],
  ['taux-vacance', 'Taux de vacance commerciale', '%', 'down'],
  ['participants', 'Participants aux rencontres', 'participants', 'up'],
  ['budget-engage', 'Budget engagé', 'k€', 'up'],
];
const JOURNAL: Record<CommitmentStatus | 'note', string[]> = {
  planned: [
    'Engagement inscrit à la feuille de route par le comité territorial.',
    'Fiche adoptée ; lancement prévu après le recrutement du chargé de mission.',
  ],
  in_progress: [
    'Lancement opérationnel avec les premiers partenaires.',
    'Reprise des travaux après levée du blocage.',
    'Premières entreprises accueillies dans le dispositif.',
  ],
  blocked: [
    'Action suspendue dans l’attente du cofinancement régional.',
    'Blocage : le local pressenti n’est plus disponible.',
  ],
  done: ['Engagement réalisé ; bilan présenté en comité.', 'Dispositif livré et transféré en gestion courante.'],
  cancelled: [
    'Engagement abandonné d’un commun accord, les moyens sont redéployés.',
    'Annulé : doublon avec un dispositif régional.',
  ],
  note: [
    'Point d’étape présenté en comité technique.',
    'Relance des partenaires contributeurs.',
    'Calendrier confirmé avec les communes.',
    'Budget consolidé pour l’année suivante.',
  ],
};
const SENTENCES = [
  'Le territoire compte de nombreuses TPE dont la pérennité dépend d’un accompagnement de proximité.',
  'Les partenaires mobilisent leurs conseillers pour aller au-devant des entreprises.',
  'L’action s’appuie sur les dispositifs existants plutôt que d’en créer de nouveaux.',
  'Un bilan annuel est présenté au comité territorial, avec les indicateurs de suivi.',
  'Les communes sont associées dès la phase de diagnostic.',
  'Le financement est assuré par les signataires, avec un appui ponctuel de la Région.',
  'Les retours des entreprises accompagnées orientent les ajustements du dispositif.',
  'Une attention particulière est portée aux quartiers prioritaires de la politique de la ville.',
  'Le pilote réunit les contributeurs chaque trimestre pour partager l’avancement.',
  'Les résultats sont publiés dans la lettre économique du territoire.',
];
const FIRST_NAMES = [
  'Claire',
  'Karim',
  'Sophie',
  'Mathieu',
  'Nadia',
  'Julien',
  'Fatou',
  'Thomas',
  'Isabelle',
  'Yann',
  'Leïla',
  'Pierre',
];
const LAST_NAMES = [
  'Martin',
  'Benali',
  'Durand',
  'Nguyen',
  'Lefèvre',
  'Diallo',
  'Moreau',
  'Rousseau',
  'Garcia',
  'Petit',
  'Haddad',
  'Fontaine',
];
const PLACES = [
  'Vitry-sur-Seine, siège de l’EPT',
  'CCI Val-de-Marne, Créteil',
  'Orly, Maison de l’emploi',
  'Rungis, Marché international',
  'Visioconférence',
  'Athis-Mons, hôtel de ville',
];
const AGENDA = [
  'Approbation du relevé de décisions précédent',
  'Point d’avancement de l’axe',
  'Présentation des indicateurs',
  'Arbitrages budgétaires',
  'Questions diverses',
  'Programme de l’année à venir',
];
const DECISIONS = [
  'Le comité valide le calendrier proposé.',
  'Le comité approuve le budget prévisionnel.',
  'Le comité demande un bilan chiffré pour la prochaine séance.',
  'Le comité confie le pilotage au partenaire désigné.',
  'Le comité reporte l’arbitrage à la séance suivante.',
];
const ACTIONS = [
  'Transmettre la note de cadrage aux partenaires',
  'Réunir le groupe de travail',
  'Consolider les indicateurs de suivi',
  'Préparer la convention financière',
  'Organiser une visite d’entreprise',
  'Mettre à jour la fiche engagement',
];

const paragraph = (rnd: Random): string => rnd.sample(SENTENCES, rnd.int(2, 4)).join(' ');
const person = (rnd: Random): string => `${rnd.pick(FIRST_NAMES)} ${rnd.pick(LAST_NAMES)}`;

// ---------------------------------------------------------------- writing

interface YamlTextOptions {
  comment?: string;
  inlineComments?: Record<string, string>;
}

function yamlText(value: unknown, { comment, inlineComments = {} }: YamlTextOptions = {}): string {
  const doc = new YAML.Document(value);
  if (comment) doc.commentBefore = ` ${comment}`;
  for (const [key, text] of Object.entries(inlineComments)) {
    const node = doc.get(key, true) as { comment?: string } | undefined;
    if (node) node.comment = ` ${text}`;
  }
  return doc.toString(YAML_OPTIONS);
}

const markdownFile = (frontMatter: unknown, body: string, options?: YamlTextOptions): string =>
  `---\n${yamlText(frontMatter, options)}---\n\n${body.trim()}\n`;

interface MarkdownPage {
  doc: Document.Parsed;
  body: string;
}

function readMarkdown(file: string): MarkdownPage {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 3);
  return { doc: YAML.parseDocument(text.slice(4, end + 1)), body: text.slice(end + 5) };
}

const writeMarkdown = (file: string, { doc, body }: MarkdownPage): void =>
  writeFileSync(file, `---\n${doc.toString(YAML_OPTIONS)}---\n${body}`);

// ---------------------------------------------------------------- entities

function makeConvention(chair: string): Convention {
  return {
    id: 'convention-gosb-2018',
    title: 'Convention de développement économique du Grand-Orly Seine Bièvre',
    signed_on: SIGNED_ON,
    place: 'Vitry-sur-Seine',
    language: 'fr',
    territory: 'Grand-Orly Seine Bièvre',
    horizon: '2021-12-31',
    committee: { name: 'Comité territorial de développement économique', chair, cadence_months: 4 },
    summary:
      'Les signataires coordonnent leurs actions en faveur des entreprises du territoire autour de neuf axes stratégiques.',
  };
}

function makePartners(rnd: Random, count: number): Partner[] {
  const communes = COMMUNES.map((name): [string, string, string, PartnerKind] => [
    `ville-${kebab(name)}`,
    `Ville de ${name}`,
    name,
    'territory',
  ]);
  const pool = [...SIGNATORIES, ...OTHER_ORGANISATIONS, ...communes];
  return Array.from({ length: count }, (_, i): Partner => {
    const [id, name, short_name, kind]: [string, string, string, PartnerKind] = pool[i] ?? [
      `partenaire-${i + 1}`,
      `Partenaire n° ${i + 1}`,
      `P${i + 1}`,
      'other',
    ];
    const signatory = i < SIGNATORIES.length;
    const role: PartnerRole = signatory
      ? 'signatory'
      : rnd.weighted<PartnerRole>([
          ['member', 5],
          ['observer', 3],
          ['witness', 2],
        ]);
    const partner: Partner = {
      id,
      name,
      short_name,
      kind,
      role,
      joined_on: signatory ? SIGNED_ON : randomDate(rnd, SIGNED_ON, '2025-12-31'),
    };
    if (rnd.chance(0.5))
      partner.representative = {
        name: person(rnd),
        title: rnd.pick(['Président', 'Directrice générale', 'Élu délégué', 'Directeur du développement']),
      };
    if (signatory || rnd.chance(0.3))
      partner.maintainers = [`@${id}/roadmap`, ...(rnd.chance(0.5) ? [`@${kebab(person(rnd))}`] : [])];
    return partner;
  });
}

function makeAxes(rnd: Random, count: number, signatoryIds: readonly string[]): Axis[] {
  return Array.from({ length: count }, (_, i): Axis => {
    const [id, title, short_title] = AXES[i] ?? [`axe-${i + 1}`, `Axe stratégique n° ${i + 1}`, `Axe ${i + 1}`];
    return { id, number: i + 1, title, short_title, leads: rnd.sample(signatoryIds, rnd.int(1, 2)) };
  });
}

const axisFile = (rnd: Random, axis: Axis): string =>
  markdownFile(axis, `# ${axis.title}\n\n${paragraph(rnd)}\n\n${paragraph(rnd)}`);

// Statuses recorded in the journal, oldest first, ending with the file's status.
function statusChain(rnd: Random, status: CommitmentStatus): CommitmentStatus[] {
  const opening: CommitmentStatus[] = rnd.chance(0.4) ? ['planned'] : [];
  const detour: CommitmentStatus[] = rnd.chance(0.2) ? ['blocked', 'in_progress'] : [];
  switch (status) {
    case 'planned':
      return ['planned'];
    case 'in_progress':
      return [...opening, 'in_progress', ...detour];
    case 'blocked':
      return [...opening, 'in_progress', 'blocked'];
    case 'done':
      return [...opening, 'in_progress', ...detour, 'done'];
    default:
      return [...opening, ...(rnd.chance(0.5) ? ['in_progress' as const] : []), 'cancelled'];
  }
}

function makeJournal(rnd: Random, status: CommitmentStatus, start: string): JournalEntry[] {
  const chain = statusChain(rnd, status);
  const notes = rnd.int(0, Math.max(0, 5 - chain.length));
  const dates = sortedDates(rnd, chain.length + notes, start, FACTS_UNTIL);
  let pendingStatuses = chain.length;
  let pendingNotes = notes;
  return dates.map((date): JournalEntry => {
    // Interleave notes among status changes while keeping the chain's order.
    const isNote = rnd.int(1, pendingStatuses + pendingNotes) <= pendingNotes;
    if (isNote) {
      pendingNotes--;
      return { date, text: rnd.pick(JOURNAL.note) };
    }
    const entryStatus = chain[chain.length - pendingStatuses--]!;
    return { date, text: rnd.pick(JOURNAL[entryStatus]), status: entryStatus };
  });
}

function makeMilestones(rnd: Random, start: string, due: string, allDone: boolean): Milestone[] {
  const titles = rnd.sample(MILESTONES, rnd.int(0, 4));
  const dues = sortedDates(rnd, titles.length, start, due);
  return titles.map((title, i) => {
    const milestoneDue = dues[i]!;
    const milestone: Milestone = { title, due: milestoneDue };
    if (allDone || (milestoneDue < FACTS_UNTIL && rnd.chance(0.7))) {
      const doneOn = minDate(addDays(milestoneDue, rnd.int(-30, 30)), FACTS_UNTIL);
      milestone.done_on = doneOn < start ? start : doneOn;
    }
    return milestone;
  });
}

function makeIndicators(rnd: Random, start: string): Indicator[] {
  return rnd.sample(INDICATORS, rnd.int(0, 2)).map(([id, label, unit, direction]): Indicator => {
    const baseline = direction === 'up' ? rnd.int(0, 200) : rnd.int(8, 20);
    const target = direction === 'up' ? baseline + rnd.int(20, 500) : rnd.int(2, baseline - 3);
    const dates = distinctSortedDates(rnd, rnd.int(2, 6), addDays(start, 1), FACTS_UNTIL);
    const measures = dates.map((date, i): Measure => {
      const share = (i + 1) / (dates.length + 1) + rnd.int(-10, 10) / 100;
      const measure: Measure = { date, value: Math.round(baseline + share * (target - baseline)) };
      if (rnd.chance(0.3))
        measure.source = rnd.pick([
          'Tableau de bord CCI',
          'Enquête annuelle',
          'Données France Travail',
          'Registre du pilote',
        ]);
      return measure;
    });
    return {
      id,
      label,
      unit,
      baseline: { value: baseline, date: start },
      target: { value: target, date: addDays(start, rnd.int(365, 1460)) },
      measures,
    };
  });
}

interface Cast {
  partners: Partner[];
  axes: Axis[];
}

/**
 * Three commitments in five carry a financing plan: a cost, one to four funders whose shares
 * add up to at most the cost, committed and paid entries dated between the start and the last
 * fact, never above the share or what was committed (so the plan raises no warning). Amounts in
 * cents, some with decimals, as secretariats write them.
 */
function makeBudget(rnd: Random, start: string, partners: Partner[]): Budget | undefined {
  if (!rnd.chance(0.6) || start > FACTS_UNTIL) return undefined;
  const costCents = rnd.int(5_000, 500_000) * 100 + (rnd.chance(0.2) ? rnd.int(1, 99) : 0);
  const funders: Funder[] = [];
  let left = costCents;
  for (const partner of rnd.sample(partners, rnd.int(1, 4))) {
    const planned = Math.floor(left * rnd.pick([0.25, 0.4, 0.5, 1]));
    if (planned <= 0) break;
    left -= planned;
    const funder: Funder = { partner: partner.id, planned: planned / 100 };
    let committed = 0;
    const committedDates = sortedDates(rnd, rnd.int(0, 3), start, FACTS_UNTIL);
    if (committedDates.length) {
      funder.committed = committedDates.map((date, i) => {
        const amount =
          i === committedDates.length - 1
            ? planned - committed
            : Math.floor((planned - committed) * rnd.pick([0.3, 0.5]));
        committed += amount;
        return { date, amount: amount / 100, ref: `délibération ${date.slice(0, 4)}-${rnd.int(1, 300)}` };
      });
      let paid = 0;
      const paidDates = sortedDates(rnd, rnd.int(0, 3), committedDates[0]!, FACTS_UNTIL);
      if (paidDates.length) {
        funder.paid = paidDates.map((date) => {
          const amount = Math.floor((committed - paid) * rnd.pick([0.2, 0.3, 0.5]));
          paid += amount;
          return { date, amount: amount / 100 };
        });
      }
    }
    funders.push(funder);
  }
  return { cost: costCents / 100, funders };
}

function makeCommitment(rnd: Random, index: number, { partners, axes }: Cast): { id: string; text: string } {
  const axisIndex = rnd.int(0, axes.length - 1);
  const axis = axes[axisIndex]!;
  const object = rnd.pick(AXES[axisIndex % AXES.length]![3]);
  const verb = rnd.pick(VERBS);
  const complement = rnd.pick(COMPLEMENTS);
  const leaders = partners.filter((p) => p.role === 'signatory' || p.role === 'member');
  const lead = rnd.pick(leaders);
  const start = randomDate(rnd, addDays(SIGNED_ON, 10), '2026-09-30');
  const due = addDays(start, rnd.int(90, 1460));
  const status = rnd.weighted<CommitmentStatus>([
    ['planned', 12],
    ['in_progress', 42],
    ['blocked', 8],
    ['done', 30],
    ['cancelled', 8],
  ]);

  // Built key by key in the order a secretariat writes them (status after the partners): typed once complete.
  const commitment = {
    id: `${slugify(`${verb} ${object}`)}-${index}`,
    title: `${verb} ${object}${complement ? ` ${complement}` : ''}`,
    axis: axis.id,
    lead: lead.id,
  } as Commitment;
  const contributors = rnd.sample(
    partners.filter((p) => p.id !== lead.id),
    rnd.int(0, 4),
  );
  if (contributors.length) commitment.partners = contributors.map((p) => p.id);
  commitment.status = status;
  commitment.start = start;
  commitment.due = due;
  if (status === 'done' ? rnd.chance(0.3) : rnd.chance(0.5)) {
    commitment.progress = status === 'done' ? 100 : status === 'planned' ? 0 : rnd.int(1, 19) * 5;
  }
  if (rnd.chance(0.25)) commitment.weight = rnd.pick([0.5, 1.5, 2, 3]);
  const milestones = makeMilestones(rnd, start, due, status === 'done');
  if (milestones.length) commitment.milestones = milestones;
  const indicators = makeIndicators(rnd, start);
  if (indicators.length) commitment.indicators = indicators;
  commitment.updates = makeJournal(rnd, status, start);
  // Its own random stream, so that the rest of the roadmap is what it was before budgets existed.
  const budget = makeBudget(makeRandom(1_000_003 + index), start, partners);
  if (budget) commitment.budget = budget;

  const body = [
    `## Objectif\n\n${paragraph(rnd)}`,
    `## Modalités\n\n${paragraph(rnd)}`,
    ...(rnd.chance(0.5)
      ? [
          `## Contributions\n\n${contributors.map((p) => `- ${p.short_name} : ${rnd.pick(['cofinancement', 'mise à disposition de conseillers', 'relais auprès des entreprises', 'expertise'])}`).join('\n') || '- Aucun contributeur à ce stade.'}`,
        ]
      : []),
  ].join('\n\n');
  const comment = rnd.chance(0.2) ? `Fiche tenue par ${lead.short_name} — relue en comité technique` : undefined;
  const inlineComments: Record<string, string> =
    commitment.progress !== undefined && rnd.chance(0.3) ? { progress: 'estimation du pilote' } : {};
  return {
    id: commitment.id,
    text: markdownFile(commitment, `# ${commitment.title}\n\n${body}`, { comment, inlineComments }),
  };
}

const MEETING_KINDS: Record<MeetingKind, string> = {
  signature: 'signature',
  committee: 'comite',
  technical: 'comite-technique',
  workshop: 'atelier',
  other: 'reunion',
};

interface Slot {
  date: string;
  kind: MeetingKind;
  status: MeetingStatus;
}

function meetingSchedule(rnd: Random, count: number): Slot[] {
  const planned = Math.min(count - 1, Math.max(1, Math.round(count / 100)));
  const past = sortedDates(rnd, count - 1 - planned, addDays(SIGNED_ON, 1), FACTS_UNTIL);
  const future = sortedDates(rnd, planned, addDays(AS_OF, 1), '2026-12-31');
  return [
    { date: SIGNED_ON, kind: 'signature', status: 'held' },
    ...past.map(
      (date): Slot => ({
        date,
        kind: rnd.weighted<MeetingKind>([
          ['committee', 3],
          ['technical', 4],
          ['workshop', 2],
          ['other', 1],
        ]),
        status: rnd.chance(0.02) ? 'cancelled' : 'held',
      }),
    ),
    ...future.map(
      (date): Slot => ({ date, kind: rnd.pick<MeetingKind>(['committee', 'technical']), status: 'planned' }),
    ),
  ];
}

function makeMeeting(
  rnd: Random,
  id: string,
  { date, kind, status }: Slot,
  number: number,
  { partners, axes, commitmentIds, chair }: Cast & { commitmentIds: string[]; chair: string },
): string {
  const axis = rnd.pick(axes);
  const members = partners.filter((p) => p.role === 'signatory' || p.role === 'member');
  const title = (
    {
      signature: 'Signature de la convention',
      committee: `Comité territorial n° ${number}`,
      technical: `Comité technique — ${axis.short_title}`,
      workshop: `Atelier « ${axis.short_title} »`,
      other: 'Réunion des partenaires',
    } satisfies Record<MeetingKind, string>
  )[kind];
  const meeting: Meeting = {
    id,
    date,
    kind,
    title,
    status,
    place: rnd.pick(PLACES),
    chair: kind === 'signature' || kind === 'committee' ? chair : rnd.pick(axis.leads ?? [chair]),
  };
  const invited = kind === 'signature' || kind === 'committee' ? members : rnd.sample(partners, rnd.int(3, 8));
  meeting.attendees = invited.map((p) => ({
    partner: p.id,
    ...(rnd.chance(0.6) ? { people: Array.from({ length: rnd.int(1, 2) }, () => person(rnd)) } : {}),
    present: status !== 'held' || rnd.chance(0.85),
  }));
  if (rnd.chance(0.2))
    meeting.guests = [
      {
        name: person(rnd),
        organisation: rnd.pick(['Banque de France', 'Université Paris-Est Créteil', 'Cabinet Territoires & Co']),
      },
    ];
  const someCommitments = (max: number): string[] => rnd.sample(commitmentIds, rnd.int(0, max));
  meeting.agenda = rnd.sample(AGENDA, rnd.int(2, 5)).map((item) => {
    const entry: NonNullable<Meeting['agenda']>[number] = { title: item };
    if (rnd.chance(0.5)) entry.axis = rnd.pick(axes).id;
    const refs = someCommitments(3);
    if (refs.length) entry.commitments = refs;
    return entry;
  });
  if (status === 'held') {
    const decisions = rnd.sample(DECISIONS, rnd.int(0, 4)).map((text, i) => {
      const decision: Decision = { id: `${id}-decision-${i + 1}`, text };
      if (rnd.chance(0.5)) decision.axes = rnd.sample(axes, rnd.int(1, 2)).map((a) => a.id);
      const refs = someCommitments(2);
      if (refs.length) decision.commitments = refs;
      return decision;
    });
    if (decisions.length) meeting.decisions = decisions;
    const actions = rnd
      .sample(ACTIONS, rnd.int(0, 5))
      .map((text, i) => makeAction(rnd, `${id}-action-${i + 1}`, text, date, members, commitmentIds));
    if (actions.length) meeting.actions = actions;
  }
  const minutes =
    status === 'held'
      ? `## Ouverture\n\n${paragraph(rnd)}\n\n## Échanges\n\n${paragraph(rnd)}\n\n${paragraph(rnd)}`
      : `## Ordre du jour prévisionnel\n\n${meeting.agenda!.map((a) => `- ${a.title}`).join('\n')}`;
  return markdownFile(
    meeting,
    `# ${title} — ${date}\n\n${minutes}`,
    rnd.chance(0.1) ? { comment: 'Relevé validé par la présidence' } : undefined,
  );
}

function makeAction(
  rnd: Random,
  id: string,
  text: string,
  meetingDate: string,
  members: readonly Partner[],
  commitmentIds: readonly string[],
): Action {
  const due = addDays(meetingDate, rnd.int(14, 180));
  const status =
    due < FACTS_UNTIL
      ? rnd.weighted<Action['status']>([
          ['done', 75],
          ['open', 20],
          ['cancelled', 5],
        ])
      : rnd.weighted<Action['status']>([
          ['open', 70],
          ['done', 30],
        ]);
  const action: Action = { id, text, owner: rnd.pick(members).id, due, status };
  if (status === 'done') action.closed_on = randomDate(rnd, meetingDate, minDate(addDays(due, 60), FACTS_UNTIL));
  if (rnd.chance(0.4)) action.commitment = rnd.pick(commitmentIds);
  return action;
}

// ---------------------------------------------------------------- public API

export interface GenerateOptions {
  commitments: number;
  meetings: number;
  partners?: number;
  axes?: number;
  seed?: number;
}

export function generateRoadmap(
  dir: string,
  { commitments, meetings, partners = 40, axes = 9, seed = 1 }: GenerateOptions,
): void {
  if (existsSync(dir) && readdirSync(dir).length) throw new Error(`${dir} is not empty; generate into a new folder`);
  const rnd = makeRandom(seed);
  for (const sub of ['partners', 'axes', 'commitments', 'meetings']) mkdirSync(join(dir, sub), { recursive: true });

  const partnerList = makePartners(rnd, Math.max(partners, 1));
  const signatoryIds = partnerList.filter((p) => p.role === 'signatory').map((p) => p.id);
  const axisList = makeAxes(rnd, axes, signatoryIds);
  const chair = signatoryIds[0]!;
  writeFileSync(
    join(dir, 'convention.yaml'),
    yamlText(makeConvention(chair), { comment: 'Convention signée le 25 juin 2018 ; avenant n° 1 du 12 mars 2021' }),
  );
  for (const partner of partnerList) writeFileSync(join(dir, 'partners', `${partner.id}.yaml`), yamlText(partner));
  for (const axis of axisList) writeFileSync(join(dir, 'axes', `${axis.id}.md`), axisFile(rnd, axis));

  const context = { partners: partnerList, axes: axisList };
  const commitmentIds: string[] = [];
  for (let i = 1; i <= commitments; i++) {
    const { id, text } = makeCommitment(rnd, i, context);
    commitmentIds.push(id);
    writeFileSync(join(dir, 'commitments', `${id}.md`), text);
  }

  const seen = new Map<string, number>();
  let committeeNumber = 0;
  for (const slot of meetingSchedule(rnd, meetings)) {
    const base = `${slot.date}-${MEETING_KINDS[slot.kind]}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    if (slot.kind === 'committee') committeeNumber++;
    const text = makeMeeting(rnd, id, slot, committeeNumber, { ...context, commitmentIds, chair });
    writeFileSync(join(dir, 'meetings', `${id}.md`), text);
  }
}

const listFiles = (dir: string, sub: string): string[] =>
  readdirSync(join(dir, sub))
    .sort()
    .map((name) => join(dir, sub, name));
const idOf = (file: string): string => file.slice(file.lastIndexOf('/') + 1).replace(/\.(md|yaml)$/, '');

// Each edit returns false when it does not apply to the commitment, so another is tried.
type Edit = (rnd: Random, doc: Document.Parsed) => boolean;
const EDITS: Record<string, Edit> = {
  status(rnd, doc) {
    const next = (
      {
        planned: 'in_progress',
        in_progress: rnd.pick<CommitmentStatus>(['done', 'blocked']),
        blocked: 'in_progress',
      } as Partial<Record<string, CommitmentStatus>>
    )[String(doc.get('status'))];
    if (!next) return false;
    doc.set('status', next);
    if (next === 'done' && doc.has('progress')) doc.set('progress', 100);
    doc.addIn(['updates'], doc.createNode({ date: AS_OF, text: rnd.pick(JOURNAL[next]), status: next }));
    return true;
  },
  progress(rnd, doc) {
    if (!['in_progress', 'blocked'].includes(String(doc.get('status')))) return false;
    const progress = Math.min(95, Math.ceil((Number(doc.get('progress') ?? 0) + rnd.int(5, 25)) / 5) * 5);
    doc.set('progress', progress);
    doc.addIn(['updates'], doc.createNode({ date: AS_OF, text: `Avancement estimé à ${progress} %.` }));
    return true;
  },
  milestone(_rnd, doc) {
    if (doc.get('status') === 'cancelled') return false;
    const open = (doc.get('milestones') as YAMLSeq<YAMLMap> | undefined)?.items.find((m) => !m.has('done_on'));
    if (!open) return false;
    open.set('done_on', AS_OF);
    return true;
  },
  measure(rnd, doc) {
    const indicator = (doc.get('indicators') as YAMLSeq<YAMLMap> | undefined)?.items[0];
    if (!indicator) return false;
    const measures = indicator.get('measures') as YAMLSeq<YAMLMap> | undefined;
    const last = Number(measures?.items.at(-1)?.get('value') ?? indicator.getIn(['baseline', 'value']));
    const step = Math.sign(Number(indicator.getIn(['target', 'value'])) - last) * rnd.int(1, 20);
    const measure = doc.createNode({ date: AS_OF, value: Math.max(0, last + step) });
    if (measures) measures.add(measure);
    else indicator.set('measures', doc.createNode([measure]));
    return true;
  },
  due(rnd, doc) {
    if (!doc.has('due') || ['done', 'cancelled'].includes(String(doc.get('status')))) return false;
    doc.set('due', addDays(String(doc.get('due')), rnd.int(90, 365)));
    return true;
  },
};

function commitmentsReferencedByMeetings(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const file of listFiles(dir, 'meetings')) {
    const meeting = readMarkdown(file).doc.toJS() as Meeting;
    for (const item of [...(meeting.agenda ?? []), ...(meeting.decisions ?? [])])
      for (const id of item.commitments ?? []) ids.add(id);
    for (const action of meeting.actions ?? []) if (action.commitment) ids.add(action.commitment);
  }
  return ids;
}

function closeSomeActions(rnd: Random, dir: string, fraction: number): void {
  for (const file of listFiles(dir, 'meetings')) {
    const page = readMarkdown(file);
    let changed = false;
    for (const action of (page.doc.get('actions') as YAMLSeq<YAMLMap> | undefined)?.items ?? []) {
      if (action.get('status') !== 'open' || !rnd.chance(fraction)) continue;
      action.set('status', 'done');
      action.set('closed_on', AS_OF);
      changed = true;
    }
    if (changed) writeMarkdown(file, page);
  }
}

export function mutateRoadmap(
  dir: string,
  { fraction = 0.1, seed = 2 }: { fraction?: number; seed?: number } = {},
): void {
  const rnd = makeRandom(seed);
  const files = listFiles(dir, 'commitments');
  const edited = rnd.sample(files, Math.round(files.length * fraction));
  const editNames = Object.keys(EDITS);
  for (const file of edited) {
    const page = readMarkdown(file);
    const first = rnd.int(0, editNames.length - 1);
    const applied = editNames.some((_, k) => EDITS[editNames[(first + k) % editNames.length]!]!(rnd, page.doc));
    if (applied) writeMarkdown(file, page);
  }

  closeSomeActions(rnd, dir, fraction);

  const churn = Math.max(1, Math.round((files.length * fraction) / 10));
  const referenced = commitmentsReferencedByMeetings(dir);
  const editedSet = new Set(edited);
  const removable = files.filter((file) => !editedSet.has(file) && !referenced.has(idOf(file)));
  for (const file of rnd.sample(removable, churn)) rmSync(file);

  const context: Cast = {
    partners: listFiles(dir, 'partners').map((file) => YAML.parse(readFileSync(file, 'utf8')) as Partner),
    axes: listFiles(dir, 'axes')
      .map((file) => readMarkdown(file).doc.toJS() as Axis)
      .sort((a, b) => a.number - b.number),
  };
  const lastIndex = Math.max(0, ...files.map((file) => Number(idOf(file).split('-').at(-1)) || 0));
  for (let i = 1; i <= churn; i++) {
    const { id, text } = makeCommitment(rnd, lastIndex + i, context);
    writeFileSync(join(dir, 'commitments', `${id}.md`), text);
  }
}

// ---------------------------------------------------------------- command line

function parseFlags(args: readonly string[]): { dir: string | undefined; flags: Record<string, number | true> } {
  const flags: Record<string, number | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (arg === '--mutate') flags.mutate = true;
    else flags[arg.slice(2)] = Number(args[++i]);
  }
  return { dir: positional[0], flags };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { dir, flags } = parseFlags(process.argv.slice(2));
  const flag = (name: string): number | undefined => (typeof flags[name] === 'number' ? flags[name] : undefined);
  if (!dir) {
    console.error(
      'usage: node dist/bench/generate.js <dir> --commitments N --meetings N [--partners 40] [--axes 9] [--seed 1]\n       node dist/bench/generate.js <dir> --mutate [--fraction 0.1] [--seed 2]',
    );
    process.exit(2);
  }
  if (flags.mutate) mutateRoadmap(dir, { fraction: flag('fraction') ?? 0.1, seed: flag('seed') ?? 2 });
  else
    generateRoadmap(dir, {
      commitments: flag('commitments') ?? 1000,
      meetings: flag('meetings') ?? 50,
      partners: flag('partners'),
      axes: flag('axes'),
      seed: flag('seed'),
    });
}
