import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Random, mix } from './corpus-random.ts';

/**
 * Synthetic exports for measuring the build at catalog scale. The five real
 * exports in data/ cannot show how level alignment and cross-occupation
 * matching grow, and the full O*NET set may not be redistributed, so this
 * composes look-alike frameworks from vocabularies of its own. Like real data,
 * occupations of one group share many topics and wordings, different groups
 * share little, and each occupation's levels reword the same topics with rising
 * autonomy while adding new ones higher up.
 */

export interface CorpusOptions {
  count: number;
  seed: number;
  /**
   * Chance that a new topic is one of the cross-group topics (safety,
   * communication, records) rather than one of its group's. Matching cost and
   * file size depend mostly on this, so measurements can vary it.
   */
  sharedTopicShare?: number;
}

export const DEFAULT_SHARED_TOPIC_SHARE = 0.03;

/** Above this the unique SOC codes and titles get slow to find; far beyond O*NET's ~1,000. */
export const MAX_CORPUS_COUNT = 100_000;

// ---------------------------------------------------------------------------
// Vocabularies. Each group's words are its own, so topic terms stay rare
// across groups; the generic words (verbs, conditions, facets) recur
// everywhere, as "supervision" or "procedures" do in real frameworks.

interface Group {
  name: string;
  /** SOC major group: the first two digits of every code in the group. */
  major: string;
  sector: string;
  /** Typical job zone; occupations spread one either side. */
  zone: number;
  /** Relative share of occupations, since real groups differ a lot in size. */
  weight: number;
  /** Title words naming the line of work. */
  subjects: readonly string[];
  /** Title words naming the role, beside the generic ones. */
  heads: readonly string[];
  /** What topics are about. */
  objects: readonly string[];
  /** What the work produces or handles, named in the description. */
  artifacts: readonly string[];
  /** Where the work happens. */
  settings: readonly string[];
}

const words = (text: string): string[] => text.split('|');

const GROUPS: readonly Group[] = [
  {
    name: 'Management & Leadership',
    major: '11',
    sector: '55',
    zone: 4,
    weight: 5,
    subjects: words('Operations|Facilities|Programme|Regional|Portfolio|Plant|Branch|Venture|Estate|Service Line'),
    heads: words('Directors|Managers|Executives|Administrators'),
    objects: words(
      'operating budget|headcount plan|vendor contract|performance scorecard|capital project|succession pipeline|policy manual|board briefing|risk register|change programme|service charter|quarterly forecast|merger integration|stakeholder map',
    ),
    artifacts: words(
      'budget variance reports|staffing proposals|decision memos|board papers|action logs|business cases',
    ),
    settings: words('regional branch office|corporate head office|franchise network|public agency|holding company'),
  },
  {
    name: 'Business & Finance',
    major: '13',
    sector: '52',
    zone: 4,
    weight: 6,
    subjects: words('Tax|Audit|Credit|Payroll|Procurement|Claims|Treasury|Valuation|Compliance|Pricing|Grants'),
    heads: words('Analysts|Accountants|Examiners|Underwriters|Auditors'),
    objects: words(
      'general ledger|accounts payable batch|tax return|loan file|expense claim|audit sample|cash forecast|cost allocation|invoice dispute|asset register|reconciliation schedule|purchase requisition|pricing model|grant award',
    ),
    artifacts: words(
      'journal entries|working papers|variance schedules|approval trails|supporting vouchers|exception reports',
    ),
    settings: words(
      'accounting firm|credit union|insurance carrier|procurement office|treasury department|revenue agency',
    ),
  },
  {
    name: 'Computing & Data',
    major: '15',
    sector: '51',
    zone: 4,
    weight: 5,
    subjects: words('Software|Network|Database|Cloud|Security|Data|Web|Systems|Machine Learning|Help Desk'),
    heads: words('Developers|Engineers|Architects|Administrators|Scientists'),
    objects: words(
      'source repository|deployment pipeline|database schema|firewall rule|access permission|incident ticket|backup job|API endpoint|container cluster|data warehouse|test suite|monitoring dashboard|patch release|statistical model',
    ),
    artifacts: words(
      'pull requests|runbooks|change tickets|log extracts|query plans|release notes|architecture diagrams',
    ),
    settings: words('software studio|hosting provider|university data centre|managed service desk|analytics team'),
  },
  {
    name: 'Engineering & Drafting',
    major: '17',
    sector: '54',
    zone: 4,
    weight: 5,
    subjects: words('Civil|Structural|Mechanical|Electrical|Survey|Drafting|Materials|Acoustic|Hydraulic|Traffic'),
    heads: words('Engineers|Drafters|Surveyors|Engineering Technicians'),
    objects: words(
      'load calculation|CAD drawing|tolerance stack|site survey|bill of materials|prototype rig|stress test|wiring schematic|drainage design|bridge bearing|heat exchanger|design review|field measurement|finite element model',
    ),
    artifacts: words(
      'drawing revisions|calculation sheets|test reports|redline markups|specification clauses|survey datums',
    ),
    settings: words(
      'design consultancy|municipal engineering office|test laboratory|construction site office|product lab',
    ),
  },
  {
    name: 'Science & Research',
    major: '19',
    sector: '54',
    zone: 5,
    weight: 4,
    subjects: words(
      'Soil|Marine|Atmospheric|Forensic|Food Science|Geology|Microbiology|Survey Research|Chemistry|Ecology',
    ),
    heads: words('Scientists|Researchers|Laboratory Technicians|Field Technicians'),
    objects: words(
      'sample chain|culture plate|field transect|spectrometer run|reagent stock|core sample|lab notebook|grant protocol|survey instrument|specimen archive|calibration curve|ethics application|sediment trap|peer review',
    ),
    artifacts: words(
      'raw datasets|lab records|chain-of-custody forms|method write-ups|instrument logs|draft manuscripts',
    ),
    settings: words('research institute|field station|university laboratory|environmental agency|contract testing lab'),
  },
  {
    name: 'Community & Social Services',
    major: '21',
    sector: '62',
    zone: 4,
    weight: 3,
    subjects: words('Youth|Family|Housing|Addiction|Probation|Community Outreach|Refugee|Disability|Elder|Faith'),
    heads: words('Counselors|Caseworkers|Advocates|Outreach Workers'),
    objects: words(
      'intake interview|case plan|referral pathway|benefit application|home visit|safety plan|support group|crisis call|tenancy agreement|court report|outreach round|client consent|service directory|discharge plan',
    ),
    artifacts: words('case notes|referral letters|assessment forms|progress summaries|contact logs|consent records'),
    settings: words('community centre|shelter|outreach office|family services agency|drop-in clinic'),
  },
  {
    name: 'Education & Training',
    major: '25',
    sector: '61',
    zone: 4,
    weight: 5,
    subjects: words(
      'Early Years|Primary|Secondary|Adult Literacy|Vocational|Special Needs|Library|Museum|Language|Tutoring',
    ),
    heads: words('Teachers|Instructors|Librarians|Curators|Teaching Assistants'),
    objects: words(
      'lesson plan|reading group|assessment rubric|classroom routine|field trip|learning portfolio|exam timetable|catalogue record|exhibit label|parent conference|course syllabus|behaviour plan|study guide|attendance register',
    ),
    artifacts: words('lesson materials|marking schemes|pupil records|reading lists|progress reports|activity sheets'),
    settings: words('primary school|community college|public library|local museum|training academy'),
  },
  {
    name: 'Arts, Media & Design',
    major: '27',
    sector: '71',
    zone: 3,
    weight: 4,
    subjects: words('Graphic|Broadcast|Stage|Photo|Film|Sound|Fashion|Interior|Editorial|Sports Coaching'),
    heads: words('Designers|Editors|Producers|Technicians|Coaches'),
    objects: words(
      'mood board|colour palette|rough cut|lighting cue|microphone setup|press release|print proof|costume fitting|set model|shot list|layout grid|rights clearance|training drill|audio mix',
    ),
    artifacts: words('draft layouts|edit decision lists|cue sheets|asset folders|client briefs|style guides'),
    settings: words('design studio|broadcast newsroom|touring theatre|post-production house|sports club'),
  },
  {
    name: 'Clinical Practice',
    major: '29',
    sector: '62',
    zone: 5,
    weight: 7,
    subjects: words(
      'Cardiac|Respiratory|Dental|Radiology|Pharmacy|Nursing|Physiotherapy|Dietetic|Optometry|Veterinary',
    ),
    heads: words('Therapists|Technologists|Practitioners|Nurses|Hygienists'),
    objects: words(
      'patient assessment|medication round|wound dressing|imaging protocol|infusion pump|care pathway|dietary plan|triage score|sterile field|ventilator setting|dental impression|discharge summary|clinical audit|vital sign chart',
    ),
    artifacts: words('clinical notes|observation charts|prescription records|handover sheets|consent forms|care plans'),
    settings: words(
      'acute hospital ward|outpatient clinic|community health centre|dental practice|rehabilitation unit',
    ),
  },
  {
    name: 'Care & Health Support',
    major: '31',
    sector: '62',
    zone: 2,
    weight: 4,
    subjects: words(
      'Home Care|Ward|Pharmacy|Dental|Phlebotomy|Massage|Veterinary|Occupational Therapy|Medical|Orderly',
    ),
    heads: words('Aides|Assistants|Attendants|Support Workers'),
    objects: words(
      'bed linen change|patient transfer|meal assistance|supply trolley|specimen label|mobility aid|comfort round|hygiene routine|appointment reminder|instrument tray|hoist sling|fluid balance chart|visitor escort|equipment wipe-down',
    ),
    artifacts: words('care logs|supply lists|turning charts|cleaning rotas|transfer checklists|intake records'),
    settings: words('residential care home|day hospital|client home|veterinary surgery|therapy suite'),
  },
  {
    name: 'Protective Services',
    major: '33',
    sector: '92',
    zone: 3,
    weight: 3,
    subjects: words(
      'Fire|Patrol|Corrections|Lifeguard|Security|Detention|Wildlife|Transit|Emergency Dispatch|Crossing',
    ),
    heads: words('Officers|Guards|Investigators|Dispatchers|Firefighters'),
    objects: words(
      'patrol route|incident scene|evidence bag|radio protocol|hose deployment|access badge|perimeter alarm|custody record|search warrant|crowd barrier|rescue drill|hazard survey|use-of-force review|witness statement',
    ),
    artifacts: words('incident reports|duty logs|evidence records|shift briefings|alarm printouts|patrol sheets'),
    settings: words('fire station|county jail|shopping centre|port facility|emergency operations centre'),
  },
  {
    name: 'Food & Hospitality',
    major: '35',
    sector: '72',
    zone: 2,
    weight: 5,
    subjects: words('Pastry|Line|Banquet|Barista|Catering|Dining Room|Bar|Hotel Kitchen|Fast Food|School Meals'),
    heads: words('Cooks|Servers|Attendants|Chefs|Hosts'),
    objects: words(
      'mise en place|dough proofing|allergen board|walk-in cooler|table setting|cocktail menu|grill station|plating standard|food temperature log|buffet layout|stock rotation|tip pooling|dish pit|reservation book',
    ),
    artifacts: words('prep lists|temperature sheets|order tickets|recipe cards|waste logs|covers forecasts'),
    settings: words('hotel kitchen|neighbourhood bistro|stadium concession|school canteen|catering marquee'),
  },
  {
    name: 'Buildings & Grounds',
    major: '37',
    sector: '56',
    zone: 1,
    weight: 3,
    subjects: words('Janitorial|Landscaping|Pest Control|Tree Care|Housekeeping|Groundskeeping|Pool|Window Cleaning'),
    heads: words('Workers|Cleaners|Groundskeepers|Technicians'),
    objects: words(
      'floor scrubber|mowing pattern|bait station|pruning cut|linen cart|leaf blower|turf aeration|chemical dilution|irrigation timer|waste segregation|hedge profile|snow clearance|restroom check|pool chlorine',
    ),
    artifacts: words('cleaning rosters|treatment records|site checklists|chemical labels|equipment tags|job sheets'),
    settings: words('office tower|public park|hotel wing|golf course|hospital campus'),
  },
  {
    name: 'Sales & Retail',
    major: '41',
    sector: '44',
    zone: 2,
    weight: 5,
    subjects: words('Retail|Wholesale|Insurance|Real Estate|Parts|Travel|Advertising|Cashier|Showroom|Telesales'),
    heads: words('Sales Representatives|Agents|Cashiers|Brokers|Merchandisers'),
    objects: words(
      'sales pitch|price label|loyalty account|shelf planogram|quote request|lead list|product demo|return authorisation|till float|commission claim|window display|sales territory|listing photo|cross-sell offer',
    ),
    artifacts: words('order forms|receipts|pipeline reports|stock counts|customer profiles|quotations'),
    settings: words('department store|car showroom|call centre|trade counter|estate agency'),
  },
  {
    name: 'Administrative Services',
    major: '43',
    sector: '56',
    zone: 2,
    weight: 8,
    subjects: words('Billing|Records|Data Entry|Shipping|Court|Medical Records|Postal|Payroll|Library|Dispatch'),
    heads: words('Clerks|Coordinators|Secretaries|Assistants|Dispatchers'),
    objects: words(
      'mail sorting|diary booking|form processing|archive box|postage meter|meeting minutes|data entry batch|purchase order|travel booking|docket list|invoice run|switchboard queue|filing index|stationery order',
    ),
    artifacts: words('case files|spreadsheets|logbooks|correspondence|booking confirmations|index cards'),
    settings: words('county courthouse|law practice|shipping office|medical records department|university registry'),
  },
  {
    name: 'Farming, Fishing & Forestry',
    major: '45',
    sector: '11',
    zone: 1,
    weight: 2,
    subjects: words('Crop|Dairy|Nursery|Fishing|Logging|Orchard|Poultry|Greenhouse|Beekeeping|Grain'),
    heads: words('Farmworkers|Graders|Fishers|Tree Fellers|Hands'),
    objects: words(
      'milking parlour|seed tray|net repair|chainsaw chain|harvest crate|hive frame|feed ration|fruit grade|grain moisture|spray boom|log scaling|trap line|calving pen|soil bed',
    ),
    artifacts: words('yield tallies|herd records|catch logs|spray diaries|grading sheets|crew timesheets'),
    settings: words('mixed farm|commercial orchard|fishing vessel|timber stand|plant nursery'),
  },
  {
    name: 'Construction & Extraction',
    major: '47',
    sector: '23',
    zone: 2,
    weight: 7,
    subjects: words('Carpentry|Masonry|Roofing|Plumbing|Drywall|Concrete|Glazing|Scaffolding|Drilling|Paving'),
    heads: words('Carpenters|Masons|Helpers|Installers|Operators|Laborers'),
    objects: words(
      'formwork panel|mortar mix|roof membrane|pipe joint|stud wall|rebar cage|glazing bead|scaffold tie|borehole log|asphalt lift|setting out|trench support|floor screed|tile layout',
    ),
    artifacts: words('cut lists|site diaries|material takeoffs|permit boards|snag lists|pour records'),
    settings: words('housing development|high-rise site|road works zone|quarry face|renovation job'),
  },
  {
    name: 'Installation & Repair',
    major: '49',
    sector: '81',
    zone: 3,
    weight: 6,
    subjects: words('HVAC|Elevator|Auto Body|Diesel|Appliance|Telecom Line|Aircraft|Bicycle|Locksmith|Wind Turbine'),
    heads: words('Mechanics|Repairers|Installers|Technicians'),
    objects: words(
      'brake caliper|refrigerant charge|gearbox seal|circuit breaker|door lock cylinder|fault code|compressor valve|panel alignment|cable splice|hydraulic hose|spare parts bin|service interval|blade pitch|diagnostic scan',
    ),
    artifacts: words('work orders|service logs|parts requisitions|diagnostic printouts|warranty claims|job cards'),
    settings: words('vehicle workshop|customer premises|aircraft hangar|field service van|repair depot'),
  },
  {
    name: 'Production & Fabrication',
    major: '51',
    sector: '31',
    zone: 2,
    weight: 9,
    subjects: words('Machining|Welding|Bakery|Printing|Textile|Assembly|Moulding|Chemical Plant|Woodworking|Packaging'),
    heads: words('Operators|Machinists|Assemblers|Inspectors|Setters'),
    objects: words(
      'lathe setup|weld bead|extrusion die|press run|batch recipe|fixture jig|torque setting|colour match|sewing line|kiln schedule|first-article check|scrap bin|conveyor speed|label printer',
    ),
    artifacts: words('batch sheets|inspection tags|setup cards|non-conformance reports|shift tallies|run charts'),
    settings: words('machine shop|food plant|print works|garment factory|assembly line'),
  },
  {
    name: 'Transport & Logistics',
    major: '53',
    sector: '48',
    zone: 2,
    weight: 7,
    subjects: words('Freight|Bus|Crane|Forklift|Rail|Courier|Ship Deck|Airport Ramp|Tanker|Warehouse'),
    heads: words('Drivers|Operators|Loaders|Movers|Pilots'),
    objects: words(
      'route sheet|pallet wrap|load plan|tachograph record|cargo manifest|pre-trip check|dock schedule|container seal|fuel card|lashing gear|pick list|delivery proof|axle weight|mooring line',
    ),
    artifacts: words('bills of lading|delivery notes|driver logs|loading sheets|damage reports|dispatch messages'),
    settings: words('distribution centre|container terminal|rail yard|regional depot|cargo airport'),
  },
];

// Generic role words for titles, shared by every group.
const GENERIC_HEADS = words('Specialists|Technicians|Coordinators|Supervisors|Assistants|Workers');

// The facet names what about an object a topic covers ("pump seal" + "maintenance").
const FACETS = words(
  'records|procedures|inspection|scheduling|maintenance|setup|quality checks|documentation|coordination|reporting|' +
    'troubleshooting|safety controls|inventory|handling|planning|compliance|calibration|storage|cleaning|labelling|' +
    'testing|sign-off|tracking|costing|audits|upkeep|ordering|preparation|review cycle|turnaround',
);

// Each group works with a fixed handful of facets (the same whatever the
// seed), so its occupations land on the same topics often, as real ones do.
const GROUP_FACETS = new Map(GROUPS.map((group, index) => [group, new Random(mix(0x5eed, index)).sample(FACETS, 8)]));

// Topics every group has a few of, so groups are never wholly disjoint.
const SHARED_TOPICS = words(
  'Workplace hazard awareness|Shift handover notes|Team communication|Digital record systems|Customer service etiquette|' +
    'Time and task management|Confidential information handling|First aid readiness|Continuous improvement ideas|' +
    'Equipment fault reporting|Manual lifting technique|Email and calendar tools|Conflict de-escalation|' +
    'Personal protective equipment|Fire evacuation duties|Spreadsheet basics|Onboarding of new starters|' +
    'Cultural awareness|Ethical conduct|Sustainability practices|Incident near-miss logging|Data privacy rules|' +
    'Meeting participation|Written reports|Peer feedback|Stock counting|Cash handling|Cleaning of shared areas|' +
    'Accessibility needs|Travel and expense rules',
);

/** Per level, ordered emerging → advanced. */
// Wide generic lists, so two groups rarely coincide on all the shared words
// of a statement and match on template wording alone.
// One word each: a topic's words count double, so a two-word modifier alone
// would make unrelated topics look alike.
const TOPIC_MODIFIERS: readonly (readonly string[])[] = [
  words('Basic|Routine|Introductory|Everyday|Simple|Guided|Foundational|Elementary|Supervised|Starter'),
  words('Standard|Multistep|Recurring|Mixed|Scheduled|Regular|Varied|Ongoing|Typical|Practical'),
  words('Complex|Nonroutine|Urgent|Escalated|Specialist|Exceptional|Demanding|Critical|Sensitive|Intricate'),
  words('Strategic|Enterprise|Systemic|Longterm|Institutional|Overarching|Transformational|Corporate|Global|Visionary'),
];

const VERBS: readonly (readonly string[])[] = [
  words(
    'assist with|record|observe and report on|sort and label|help prepare|check|gather|follow checklists for|' +
      'copy and file|count and log|tidy and restock|shadow colleagues on|note changes to',
  ),
  words(
    'prepare|carry out|maintain|update and verify|process|schedule|compile|reconcile|issue|arrange|' +
      'complete and submit|monitor|correct',
  ),
  words(
    'evaluate|troubleshoot|plan and carry out|review and approve|optimise|resolve problems with|analyse|' +
      'audit|prioritise|negotiate changes to|interpret|adapt',
  ),
  words(
    'set direction for|design and govern|lead improvement of|establish standards for|oversee|redesign|' +
      'sponsor reform of|benchmark|champion|commission|forecast demand for|restructure',
  ),
];

const CONDITIONS: readonly (readonly string[])[] = [
  words(
    'under direct supervision|with close guidance from a senior colleague|following step-by-step written instructions|' +
      'with a mentor checking each step|as instructed by a lead|during a trial period|with every result double-checked|' +
      'while learning the house rules',
  ),
  words(
    'with minimal oversight|with periodic review by a supervisor|using established procedures|' +
      'with occasional guidance on unusual cases|within agreed limits|after brief coaching|' +
      'with spot checks by a lead|on an assigned rota',
  ),
  words(
    'independently|without routine review|using professional judgment|while advising less experienced staff|' +
      'with full responsibility for outcomes|under tight deadlines|when procedures fall short|as the go-to expert',
  ),
  words(
    'with accountability for the results of several teams|as the final point of escalation|' +
      'setting expectations for others|in partnership with senior leadership|as the recognised authority|' +
      'while answering to an external regulator|with delegated spending power|on behalf of the whole organisation',
  ),
];

const SCALES: readonly (readonly string[])[] = [
  words('small|single-site|quiet|well-staffed|family-run|low-volume'),
  words('busy|mid-sized|typical|growing|seasonal|steady'),
  words('high-volume|complex|multi-team|fast-paced|round-the-clock|heavily audited'),
  words('multi-site|regional|organization-wide|national|international|group-wide'),
];

const GOALS = words(
  'meet service targets|keep work on schedule|reduce errors|satisfy regulatory requirements|protect confidentiality|' +
    'control costs|maintain quality standards|support continuous improvement|cut waiting times|avoid rework|' +
    'keep clients informed|limit waste',
);

// New topics that appear only at the top level: leadership of an area, not doing it.
const ADVANCED_TEMPLATES = words(
  '{Object} strategy|Mentoring on {object} {facet}|{Object} budgeting|Standards for {object} {facet}|' +
    '{Object} governance|{Object} innovation|{Object} policy|{Object} workforce planning|{Object} benchmarking|' +
    '{Object} vendor relations',
);

const LEVELS = [
  ['emerging', 'Emerging'],
  ['developing', 'Developing'],
  ['proficient', 'Proficient'],
  ['advanced', 'Advanced'],
] as const;

// ---------------------------------------------------------------------------
// Composition.

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** A topic followed through an occupation's levels; its wording changes per level. */
interface Thread {
  key: string;
  /** Topic core without a level modifier, e.g. "pump seal maintenance". */
  core: string;
  object: string | null;
  /** Shared and advanced-only topics read oddly with a level modifier. */
  fixed: boolean;
}

function pickWeighted(random: Random, groups: readonly Group[]): Group {
  const total = groups.reduce((sum, group) => sum + group.weight, 0);
  let point = random.float() * total;
  for (const group of groups) {
    point -= group.weight;
    if (point < 0) return group;
  }
  return groups[groups.length - 1]!;
}

/** Mostly 6–14 statements; occasionally an empty level or a long one, as hand-edited exports have. */
function statementCount(random: Random): number {
  const roll = random.float();
  if (roll < 0.04) return 0;
  if (roll < 0.09) return random.int(20, 26);
  return random.int(6, 14);
}

function jobZone(random: Random, group: Group): number | null {
  if (random.chance(0.08)) return null;
  const offset = random.pick([-1, 0, 0, 1]);
  return Math.min(5, Math.max(1, group.zone + offset));
}

interface Profile {
  group: Group;
  /** The objects this occupation mostly works on, a subset of its group's. */
  focus: readonly string[];
  /** Its own subsets of the group's artifacts and settings: a role does not see all of them. */
  artifacts: readonly string[];
  settings: readonly string[];
  sharedTopicShare: number;
}

function newThread(random: Random, { group, focus, sharedTopicShare }: Profile, level: number): Thread {
  if (random.chance(sharedTopicShare)) {
    const topic = random.pick(SHARED_TOPICS);
    return { key: topic, core: topic, object: null, fixed: true };
  }
  const object = random.chance(0.6) ? random.pick(focus) : random.pick(group.objects);
  const facet = random.pick(GROUP_FACETS.get(group) ?? FACETS);
  if (level === 3 && random.chance(0.3)) {
    const core = random
      .pick(ADVANCED_TEMPLATES)
      .replace('{Object}', capitalize(object))
      .replace('{object}', object)
      .replace('{facet}', facet);
    return { key: core, core, object, fixed: true };
  }
  const core = `${object} ${facet}`;
  return { key: core, core, object, fixed: false };
}

function statement(
  random: Random,
  { artifacts: ownArtifacts, settings }: Profile,
  thread: Thread,
  level: number,
): string {
  const modifier = !thread.fixed && random.chance(0.4) ? `${random.pick(TOPIC_MODIFIERS[level]!)} ` : '';
  const topic = modifier ? `${modifier}${thread.core}` : capitalize(thread.core);
  const first = random.pick(ownArtifacts);
  const second = random.pick(ownArtifacts);
  const artifacts = random.chance(0.4) && second !== first ? `${first} and ${second}` : first;
  const about = thread.object && random.chance(0.25) ? ` linked to the ${thread.object}` : '';
  const scale = random.pick(SCALES[level]!);
  const setting = random.pick(settings);
  const context = level === 3 ? `across ${scale} ${setting} operations` : `in ${article(scale)} ${scale} ${setting}`;
  const goal = random.chance(0.3) ? ` to ${random.pick(GOALS)}` : '';
  const verb = random.pick(VERBS[level]!);
  const condition = random.pick(CONDITIONS[level]!);
  return `${topic} — ${verb} ${artifacts}${about} ${condition} ${context}${goal}.`;
}

/** Threads for each level: most carry on from the level below, the rest are new. */
function threadsByLevel(random: Random, profile: Profile, counts: readonly number[]): Thread[][] {
  const levels: Thread[][] = [];
  let previous: Thread[] = [];
  counts.forEach((count, level) => {
    const threads: Thread[] = [];
    const keys = new Set<string>();
    for (const thread of random.shuffle(previous)) {
      if (threads.length >= count) break;
      if (!random.chance(0.75)) continue;
      threads.push(thread);
      keys.add(thread.key);
    }
    // Tries are bounded because a tiny focus can run out of unused topics.
    for (let tries = 0; threads.length < count && tries < count * 20; tries++) {
      const thread = newThread(random, profile, level);
      if (keys.has(thread.key)) continue;
      threads.push(thread);
      keys.add(thread.key);
    }
    // Keep the carried and new topics interleaved, as real levels are not sorted by age.
    const shuffled = random.shuffle(threads);
    levels.push(shuffled);
    previous = shuffled;
  });
  return levels;
}

function uniqueSoc(random: Random, group: Group, used: Set<string>): string {
  for (;;) {
    const detail = random.chance(0.85) ? '00' : `0${random.int(1, 9)}`;
    const soc = `${group.major}-${random.int(1011, 9899)}.${detail}`;
    if (!used.has(soc)) {
      used.add(soc);
      return soc;
    }
  }
}

function uniqueTitle(random: Random, group: Group, used: Set<string>): string {
  const heads = [...group.heads, ...GENERIC_HEADS];
  let title = '';
  for (let tries = 0; tries < 30; tries++) {
    const subject = random.pick(group.subjects);
    const roll = random.float();
    if (roll < 0.05) title = `${subject} Workers, All Other`;
    else if (roll < 0.25) {
      const other = random.pick(group.subjects);
      title = other === subject ? `${subject} ${random.pick(heads)}` : `${subject} and ${other} ${random.pick(heads)}`;
    } else title = `${subject} ${random.pick(heads)}`;
    if (!used.has(title)) break;
  }
  // Large corpora exhaust the combinations; a numbered variant keeps titles distinct.
  for (let variant = 2; used.has(title); variant++)
    title = title.replace(/( \(Variant \d+\))?$/, ` (Variant ${variant})`);
  used.add(title);
  return title;
}

function contextCovered(title: string, { focus, settings }: Profile): string {
  const places = settings.length > 1 ? `${settings.slice(0, -1).join(', ')} and ${settings.at(-1)}` : settings.join('');
  return (
    `This framework covers ${title.toLowerCase()} roles in ${places} settings, ` +
    `where ${focus.slice(0, 3).join(', ')} and related tasks make up most of the working day.`
  );
}

/**
 * Generates `count` schema-valid exports, keyed by file name ("<soc>.json"),
 * in name order. Each occupation draws from its own stream derived from the
 * seed and its position, and uniqueness only looks backwards, so a smaller
 * corpus is the first part of a larger one with the same seed.
 */
export function generateCorpus({
  count,
  seed,
  sharedTopicShare = DEFAULT_SHARED_TOPIC_SHARE,
}: CorpusOptions): Map<string, string> {
  if (!Number.isInteger(count) || count < 0 || count > MAX_CORPUS_COUNT) {
    throw new RangeError(`count must be a whole number from 0 to ${MAX_CORPUS_COUNT}, got ${count}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  if (!(sharedTopicShare >= 0 && sharedTopicShare <= 1)) {
    throw new RangeError(`sharedTopicShare must be from 0 to 1, got ${sharedTopicShare}`);
  }
  const base = new Random(mix(seed, 0xc0ffee));
  // A fixed date per seed, never the clock, so reruns are byte-identical.
  const exportedFrom = Date.UTC(2026, 0, 1) + Math.floor(base.float() * 300 * 86_400) * 1000;
  const usedSocs = new Set<string>();
  const usedTitles = new Set<string>();
  const files = new Map<string, string>();

  for (let index = 0; index < count; index++) {
    const random = new Random(mix(seed, index));
    const group = pickWeighted(random, GROUPS);
    const soc = uniqueSoc(random, group, usedSocs);
    const title = uniqueTitle(random, group, usedTitles);
    const zone = jobZone(random, group);
    const profile: Profile = {
      group,
      focus: random.sample(group.objects, random.int(3, 6)),
      artifacts: random.sample(group.artifacts, random.int(3, 4)),
      settings: random.sample(group.settings, random.int(2, 3)),
      sharedTopicShare,
    };
    const counts = LEVELS.map(() => statementCount(random));
    const threads = threadsByLevel(random, profile, counts);

    const levels = Object.fromEntries(
      LEVELS.map(([id, label], level) => {
        const seen = new Set<string>();
        const statements = (threads[level] ?? []).map((thread) => {
          // Rewording on a clash keeps statements within a level distinct.
          let text = statement(random, profile, thread, level);
          for (let tries = 0; seen.has(text) && tries < 10; tries++) text = statement(random, profile, thread, level);
          seen.add(text);
          return text;
        });
        return [id, { label, statements }];
      }),
    );

    const exportFile = {
      schemaVersion: '1.0',
      exportedAt: new Date(exportedFrom + (index * 37 + random.int(0, 30)) * 1000).toISOString(),
      occupation: {
        soc,
        title,
        group: group.name,
        sector: group.sector,
        jobZone: zone,
        jobZoneInferred: zone !== null && random.chance(0.12),
      },
      framework: {
        version: 'v.synthetic.1',
        description: random.chance(0.3) ? 'Synthetic framework composed for build benchmarks.' : '',
        contextCovered: contextCovered(title, profile),
        levels,
      },
      sources: {
        onet: 'Synthetic corpus, not O*NET data',
        crosswalk: 'none (synthetic)',
        generator: `Ladder scripts/corpus.ts (seed ${seed})`,
      },
      attribution: 'Synthetic benchmark data, not for publication',
    };
    // Compact, without a trailing newline, like the real exports.
    files.set(`${soc}.json`, JSON.stringify(exportFile));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The default output folder for a corpus (git-ignored); a non-default share is named, so corpora never mix. */
export function defaultCorpusDir(
  count: number,
  sharedTopicShare = DEFAULT_SHARED_TOPIC_SHARE,
  overlap: 'varied' | 'high' = 'varied',
): string {
  if (overlap === 'high') return `bench/out/corpus-${count}-high-overlap`;
  const suffix = sharedTopicShare === DEFAULT_SHARED_TOPIC_SHARE ? '' : `-shared-${sharedTopicShare}`;
  return `bench/out/corpus-${count}${suffix}`;
}

/**
 * Writes a corpus into its own folder, leaving files that are already
 * identical untouched and removing stale *.json files from an earlier, larger
 * run. Refuses the real data folder, since it deletes exports.
 */
export function writeCorpus(dir: string, files: ReadonlyMap<string, string>): { written: number; kept: number } {
  const target = resolve(dir);
  const fromData = relative(fileURLToPath(new URL('../data', import.meta.url)), target);
  if (!fromData.startsWith('..') && !isAbsolute(fromData)) {
    throw new Error(`refusing to write a synthetic corpus into data/ (${dir})`);
  }
  mkdirSync(target, { recursive: true });
  const existing = new Set(readdirSync(target).filter((name) => name.endsWith('.json')));
  for (const name of existing) if (!files.has(name)) rmSync(resolve(target, name));
  let written = 0;
  let kept = 0;
  for (const [name, text] of files) {
    const path = resolve(target, name);
    if (existing.has(name) && readFileSync(path, 'utf8') === text) {
      kept += 1;
      continue;
    }
    writeFileSync(path, text);
    written += 1;
  }
  return { written, kept };
}
