/**
 * The curated lexicon: every entry is a set of renderings that mean the same and keep the register of
 * formal 1940s English prose, with the context in which the swap is safe. Entries are matched in
 * lower case, or capitalised at the start of a sentence; a capitalised word elsewhere (a name, a title)
 * is never touched. No thesaurus: each line was chosen by hand, and one-way entries list which
 * renderings may be replaced (`whatsoever` → `whatever` is safe, the reverse is not).
 */

export interface LexiconEntry {
  readonly id: string;
  readonly kind: 'synonym' | 'spelling';
  /** Interchangeable renderings, in lower case. */
  readonly forms: readonly string[];
  /** Renderings that may be replaced when found (default: all of `forms`). */
  readonly replaceable?: readonly string[];
  /** The word before must be one of these (`,` for a comma, `^` for the start of a sentence). */
  readonly after?: readonly string[];
  readonly notAfter?: readonly string[];
  /** The word after must be one of these (`<Name>` for any capitalised word, `<Number>` for a number). */
  readonly before?: readonly string[];
  readonly notBefore?: readonly string[];
  /** All occurrences agree within one copy (one code position per document), as spelling must. */
  readonly isUniformInCopy?: boolean;
}

export const SUBJECT_WORDS: readonly string[] = ['he', 'she', 'they', 'we', 'i', 'it', 'there', 'this', 'these', 'those'];
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'their', 'our', 'its', 'my', 'no', 'some', 'such', 'all', 'any', 'both', 'each',
];
const OBJECTS = ['him', 'her', 'them', 'me', 'us', 'the', '<Name>'];

const synonym = (id: string, forms: readonly string[], rest: Partial<LexiconEntry> = {}): LexiconEntry => ({
  id, kind: 'synonym', forms, ...rest,
});
const spelling = (id: string, forms: readonly string[], rest: Partial<LexiconEntry> = {}): LexiconEntry => ({
  id, kind: 'spelling', forms, isUniformInCopy: true, ...rest,
});

export const LEXICON: readonly LexiconEntry[] = [
  synonym('nonetheless', ['nonetheless', 'nevertheless', 'none the less']),
  synonym('whatsoever', ['whatsoever', 'whatever'], { replaceable: ['whatsoever'], after: ['doubt', 'reason', 'kind', 'sort', 'importance', 'effect', 'value', 'interest', 'basis', 'evidence', 'objection', 'information', 'intention', 'desire', 'way'] }),
  synonym('with-regard-to', ['with respect to', 'with regard to', 'in regard to', 'as regards'], { replaceable: ['with respect to', 'with regard to', 'in regard to'] }),
  synonym('each-other', ['each other', 'one another']),
  synonym('anyone', ['anyone', 'anybody'], { notBefore: ['of'] }),
  synonym('someone', ['someone', 'somebody'], { notBefore: ['of'] }),
  synonym('everyone', ['everyone', 'everybody'], { notBefore: ['of'] }),
  synonym('no-one', ['no one', 'nobody'], { notBefore: ['of', 'else'] }),
  synonym('although', ['although', 'though'], { replaceable: ['although'], notAfter: ['even', 'as'] }),
  synonym('upon', ['upon', 'on'], { replaceable: ['upon'], notAfter: ['once', 'thereupon'] }),
  synonym('despite', ['in spite of', 'despite']),
  synonym('owing-to', ['owing to', 'because of'], { notAfter: ['is', 'was', 'be', 'been', 'money', 'sum', 'amount'] }),
  synonym('prior-to', ['prior to', 'before'], { replaceable: ['prior to'] }),
  synonym('in-order-to', ['in order to', 'so as to']),
  synonym('whereby', ['whereby', 'by which'], { replaceable: ['whereby'] }),
  synonym('shortly-after', ['shortly after', 'soon after']),
  synonym('grounds', ['on the grounds that', 'on the ground that']),
  synonym('unawares', ['caught unaware', 'caught unawares']),
  synonym('instances', ['examples of', 'instances of']),
  synonym('put-forward', ['been advanced', 'been put forward'], { replaceable: ['been advanced'] }),
  synonym('certain', ['sure', 'certain'], { replaceable: ['sure'], after: ['so', 'quite', 'not', 'very', 'entirely', 'was', 'were', 'is', 'am', 'are', 'be', 'been', 'felt', 'feel', 'make', 'made'] }),
  synonym('precise', ['exact', 'precise'], { replaceable: ['exact'], after: ['the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those'] }),
  synonym('told', ['informed', 'told'], { replaceable: ['informed'], after: ['had', 'he', 'she', 'they', 'we', 'i', 'has', 'have', 'then', 'also', 'once'], before: OBJECTS }),
  synonym('nearly-all', ['almost all', 'nearly all']),
  synonym('nearly-every', ['almost every', 'nearly every']),
  synonym('at-present', ['at the present time', 'at present'], { replaceable: ['at the present time'] }),
  synonym('whilst', ['whilst', 'while'], { replaceable: ['whilst'] }),
  synonym('while', ['while', 'whilst'], { replaceable: ['while'], after: [',', '^'], before: [...SUBJECT_WORDS, ...DETERMINERS, '<Name>'] }),
  synonym('learnt', ['learnt', 'learned'], { replaceable: ['learnt'] }),
  synonym('learned', ['learned', 'learnt'], { replaceable: ['learned'], before: ['that', 'of', 'about'] }),
  synonym('talked-to', ['talked to', 'talked with']),
  synonym('talk-to', ['talk to', 'talk with'], { after: ['to', 'not', 'would', 'could', 'will', 'might', 'may', 'should', 'must', 'did'] }),
  synonym('spoke-to', ['spoke to', 'spoke with']),
  synonym('consult-with', ['consult with', 'confer with']),
  synonym('set-up', ['set up', 'establish'], { replaceable: ['set up'], after: ['to'] }),
  synonym('desire-to', ['desire to', 'wish to'], { after: ['not', 'did', 'do', 'does', 'would', 'might', 'may', 'should', 'they', 'we', 'i', 'he', 'she'] }),
  synonym('began', ['began', 'started'], { replaceable: ['began'], notAfter: ['had', 'has', 'have', 'was', 'were', 'been'] }),
  synonym('had-started', ['started', 'begun'], { replaceable: ['started'], after: ['had', 'has', 'have', 'having'] }),
  synonym('start', ['start', 'begin'], { after: ['to', 'would', 'will', 'could', 'should', 'might', 'may', 'must', 'did', 'not'] }),
  synonym('utmost', ['greatest secrecy', 'utmost secrecy']),
  synonym('consequently', ['consequently', 'therefore'], { replaceable: ['consequently'] }),
  synonym('whether-or-not', ['whether or not', 'whether'], { replaceable: ['whether or not'] }),
  synonym('in-the-course-of', ['in the course of', 'during'], { replaceable: ['in the course of'] }),
  synonym('asked', ['asked', 'inquired'], { before: ['whether', 'if', 'about', 'why', 'how', 'when', 'what'] }),
  synonym('entirely', ['entirely', 'wholly']),
  synonym('whole', ['whole', 'entire'], { after: ['the', 'its', 'his', 'her', 'their', 'our', 'this', 'that'], notBefore: ['of', ',', '.'] }),
  synonym('main', ['main', 'principal', 'chief'], { after: ['the', 'its', 'his', 'her', 'their', 'our', 'this', 'that'], notBefore: ['of', ',', '.', 'and'] }),
  synonym('regarding', ['regarding', 'concerning'], { notBefore: ['him', 'her', 'them', 'it', 'as', 'this', 'that'] }),
  synonym('approximately', ['approximately', 'about', 'some'], { replaceable: ['approximately', 'about'], before: ['<Number>'] }),
  synonym('in-order-that', ['in order that', 'so that'], { replaceable: ['in order that'] }),
  synonym('whether-if', ['whether', 'if'], { replaceable: ['whether'], after: ['asked', 'inquired', 'enquired', 'wondered', 'ask', 'know', 'see', 'learn'], notBefore: ['or'] }),
  synonym('nearly', ['nearly', 'almost'], { before: ['<Number>'] }),
  synonym('a-further', ['a further', 'another'], { replaceable: ['a further'], notBefore: ['of'] }),
  synonym('next-day', ['the following day', 'the next day']),
  synonym('the-past', ['the past', 'the last'], { before: ['month', 'year', 'week', 'months', 'years', 'weeks', 'days', 'few', 'two', 'three', 'four', 'six', 'several'] }),
  synonym('beforehand', ['in advance', 'beforehand'], { notBefore: ['of'] }),
  synonym('provided-that', ['provided that', 'provided'], { replaceable: ['provided that'] }),
  synonym('chiefly', ['chiefly', 'mainly', 'principally']),
  synonym('permitted-to', ['permitted to', 'allowed to']),
  synonym('permit', ['permit', 'allow'], { notAfter: ['a', 'the', 'this', 'his', 'their', 'each', 'no'] }),
  synonym('permitted', ['permitted', 'allowed'], { notBefore: ['to'] }),
  synonym('demonstrated', ['demonstrated', 'shown'], { replaceable: ['demonstrated'], after: ['had', 'has', 'have'] }),
  synonym('evident', ['clear', 'evident'], { after: ['is', 'was', 'quite', 'it', 'very', 'be'], before: ['that'] }),
  synonym('appear-to', ['appear to', 'seem to'], { notBefore: ['the', 'a', 'an', 'him', 'her', 'them', 'us', 'me', '<Name>'] }),
  synonym('appears-to', ['appears to', 'seems to'], { notBefore: ['the', 'a', 'an', 'him', 'her', 'them', 'us', 'me', '<Name>'] }),
  synonym('appeared-to', ['appeared to', 'seemed to'], { notBefore: ['the', 'a', 'an', 'him', 'her', 'them', 'us', 'me', '<Name>'] }),
  synonym('as-far-as-possible', ['as far as possible', 'so far as possible']),
  synonym('once-again', ['once again', 'once more']),
  synonym('called-on', ['called on', 'called upon']),
  synonym('depend-on', ['depend on', 'depend upon']),
  synonym('depends-on', ['depends on', 'depends upon']),
  synonym('rely-on', ['rely on', 'rely upon']),
  synonym('based-on', ['based on', 'based upon']),
  synonym('beginning-to', ['beginning to', 'starting to']),
  synonym('utmost-importance', ['greatest importance', 'utmost importance']),
  synonym('wished-to', ['wished to', 'desired to'], { replaceable: ['wished to'] }),
  synonym('all-of-the', ['all of the', 'all the']),
  synonym('both-of-the', ['both of the', 'both the']),
  synonym('shall', ['shall', 'will'], { replaceable: ['shall'], after: ['we', 'i'] }),
  synonym('some-weeks', ['some', 'several'], { replaceable: ['some'], before: ['weeks', 'days', 'months', 'years', 'hours'] }),
  synonym('each-evening', ['each evening', 'every evening']),
  synonym('each-day', ['each day', 'every day']),
  synonym('each-week', ['each week', 'every week']),
  synonym('each-month', ['each month', 'every month']),
  synonym('need', ['need', 'require'], { after: ['will', 'would', 'may', 'might', 'could', 'should', 'must'], notBefore: ['to', 'not', 'of'] }),
  synonym('a-month', ['a month', 'per month'], { after: ['tons', 'tonnes', 'miles', 'wagons', 'trucks', 'locomotives', 'sorties', 'aircraft', 'men', 'ships'] }),
  synonym('a-day', ['a day', 'per day'], { after: ['tons', 'tonnes', 'miles', 'wagons', 'trucks', 'locomotives', 'sorties', 'aircraft', 'men', 'ships', 'hours', 'times'] }),
  synonym('persons', ['persons', 'people'], { replaceable: ['persons'], after: ['of', 'many', 'few', 'all', 'several', 'other', 'the', 'these', 'those', 'whom'] }),
  synonym('take-up', ['take up the matter', 'take the matter up']),
  synonym('took-up', ['took up the matter', 'took the matter up']),
  spelling('burned', ['burned', 'burnt'], { after: ['be', 'been', 'was', 'were', 'is', 'are', 'had', 'have', 'has'] }),
  spelling('insofar', ['in so far as', 'insofar as']),
  spelling('inasmuch', ['inasmuch as', 'in as much as']),
  spelling('among', ['among', 'amongst']),
  spelling('toward', ['towards', 'toward']),
  spelling('afterward', ['afterwards', 'afterward']),
  spelling('today', ['to-day', 'today']),
  spelling('tomorrow', ['to-morrow', 'tomorrow']),
  spelling('tonight', ['to-night', 'tonight']),
  spelling('cooperation', ['co-operation', 'cooperation']),
  spelling('cooperate', ['co-operate', 'cooperate']),
  spelling('cooperated', ['co-operated', 'cooperated']),
  spelling('cooperative', ['co-operative', 'cooperative']),
  spelling('coordinate', ['co-ordinate', 'coordinate']),
  spelling('coordinated', ['co-ordinated', 'coordinated']),
  spelling('coordination', ['co-ordination', 'coordination']),
  spelling('judgment', ['judgment', 'judgement']),
  spelling('acknowledgment', ['acknowledgment', 'acknowledgement']),
  spelling('inquiry', ['inquiry', 'enquiry']),
  spelling('inquiries', ['inquiries', 'enquiries']),
  spelling('inquire', ['inquire', 'enquire']),
  spelling('inquired', ['inquired', 'enquired']),
  spelling('connection', ['connection', 'connexion']),
  spelling('fulfil', ['fulfil', 'fulfill']),
  spelling('instalment', ['instalment', 'installment']),
  spelling('per-cent', ['per cent', 'percent']),
  spelling('major-general', ['major-general', 'major general']),
  spelling('major-generals', ['major-generals', 'major generals']),
  spelling('lieutenant-colonel', ['lieutenant-colonel', 'lieutenant colonel']),
  spelling('lieutenant-general', ['lieutenant-general', 'lieutenant general']),
  spelling('brigadier-general', ['brigadier-general', 'brigadier general']),
  spelling('vice-admiral', ['vice-admiral', 'vice admiral']),
  spelling('rear-admiral', ['rear-admiral', 'rear admiral']),
  spelling('post-war', ['post-war', 'postwar']),
  spelling('pre-war', ['pre-war', 'prewar']),
  spelling('war-time', ['war-time', 'wartime']),
  spelling('counter-attack', ['counter-attack', 'counterattack']),
  spelling('counter-attacks', ['counter-attacks', 'counterattacks']),
  spelling('counter-offensive', ['counter-offensive', 'counteroffensive']),
  spelling('world-wide', ['world-wide', 'worldwide']),
  spelling('newspapermen', ['newspapermen', 'newspaper men']),
  spelling('newspaperman', ['newspaperman', 'newspaper man']),
];

/** Stems spelt with -ize or -ise (Oxford and British usage); words always in -ise (advise, surprise) are absent. */
export const IZE_STEMS: readonly string[] = [
  'organi', 'recogni', 'reali', 'emphasi', 'authori', 'apologi', 'critici', 'characteri', 'utili', 'mobili',
  'demobili', 'neutrali', 'summari', 'civili', 'speciali', 'stabili', 'centrali', 'minimi', 'jeopardi',
  'sympathi', 'familiari', 'normali', 'nationali', 'subsidi', 'formali', 'moderni', 'regulari', 'standardi',
  'synchroni', 'visuali', 'capitali', 'legali', 'harmoni', 'itemi', 'memori', 'scrutini', 'finali',
];
export const IZE_ENDINGS: readonly string[] = ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'er', 'ers'];

/** Reporting verbs: the synonyms each may take, and whether the synonym is safe only before `that`. */
export const REPORTING_VERBS: readonly { readonly forms: readonly string[]; readonly isSynonymOnlyBeforeThat: boolean }[] = [
  { forms: ['said', 'stated'], isSynonymOnlyBeforeThat: false },
  { forms: ['replied', 'answered'], isSynonymOnlyBeforeThat: true },
  { forms: ['remarked', 'observed'], isSynonymOnlyBeforeThat: true },
  { forms: ['emphasized', 'stressed'], isSynonymOnlyBeforeThat: true },
  { forms: ['emphasised', 'stressed'], isSynonymOnlyBeforeThat: true },
  ...['pointed out', 'added', 'believe', 'believes', 'think', 'thinks', 'know', 'knows', 'hope', 'hopes', 'fear',
    'understand', 'say', 'says', 'states', 'feel', 'feels', 'assume', 'expect', 'expects', 'complain', 'complains',
    'complained', 'found', 'noticed', 'learned', 'argued', 'maintained', 'claimed', 'declared', 'announced',
    'reported', 'reports', 'suggest', 'show', 'showed', 'shown', 'realized', 'realised', 'recognized', 'recognised', 'agreed', 'knew', 'felt', 'thought', 'believed', 'explained', 'recalled', 'hoped', 'feared', 'understood', 'indicated', 'considered', 'suggested', 'admitted', 'insisted', 'assured him', 'assured me', 'told him', 'told me', 'told them', 'informed him', 'informed me'].map(
    (verb) => ({ forms: [verb], isSynonymOnlyBeforeThat: true }),
  ),
];
/** Words after `that` before which `that` may be dropped, or (the first five) inserted. */
export const THAT_DROPPABLE_BEFORE: readonly string[] = [...SUBJECT_WORDS, ...DETERMINERS, 'these', 'those'];
export const THAT_INSERTABLE_BEFORE: readonly string[] = ['he', 'she', 'they', 'we', 'i', 'there'];

/** Sentence-opening phrases after which a comma is optional, grouped with their synonyms. */
export const INTRODUCTORY_PHRASES: readonly (readonly string[])[] = [
  ['In addition', 'Moreover', 'Furthermore'],
  ['For example', 'For instance'],
  ['Nevertheless', 'Nonetheless'],
  ['Meanwhile', 'In the meantime'],
  ['In any case', 'In any event'],
  ['At present', 'At the present time'],
  ['In the circumstances', 'Under the circumstances'],
  ['In his opinion', 'In his view'],
  ['In my opinion', 'In my view'],
  ['Similarly', 'Likewise'],
  ['Afterwards', 'Afterward'],
  ['In reply', 'In answer'],
  ['For this reason', 'For that reason'],
  ['On the whole'],
  ['First', 'Firstly'],
  ['Second', 'Secondly'],
  ['Third', 'Thirdly'],
  ['Fourth', 'Fourthly'],
  ['Of course'], ['In fact'], ['Accordingly'], ['Consequently'], ['As a result'], ['Subsequently'],
  ['At the same time'], ['On the other hand'], ['In general'], ['As an example'], ['Finally'], ['Later'],
  ['Thereafter'], ['Indeed'], ['Unfortunately'], ['Apparently'], ['At that time'], ['In the end'],
];

/** Mid-sentence words that may stand between commas or without them. */
export const PARENTHETICALS: readonly string[] = ['of course', 'therefore', 'in fact', 'indeed'];

export const TITLES: readonly string[] = [
  'General', 'Admiral', 'Marshal', 'Ambassador', 'Colonel', 'Major', 'Captain', 'Commander', 'Mr.', 'Mr', 'Lord', 'Sir', 'Minister', 'Secretary',
];
export const NATIONALITIES: readonly string[] = [
  'American', 'British', 'Soviet', 'Russian', 'French', 'Chinese', 'Polish', 'Czech', 'Yugoslav', 'Dutch', 'Belgian',
  'Norwegian', 'Canadian', 'Australian', 'Greek', 'Turkish', 'Iranian', 'Swedish', 'Allied',
];
/** Abbreviated titles whose full stop is optional (`Mr.` / `Mr`), the same way throughout a copy. */
export const STOP_TITLES: readonly string[] = ['Mr', 'Mrs', 'Dr', 'St'];

/** Plural nouns after which a number may be written in digits or in words. */
export const NUMBER_UNITS: readonly string[] = [
  'days', 'weeks', 'months', 'years', 'hours', 'minutes', 'miles', 'kilometres', 'kilometers', 'yards', 'feet',
  'divisions', 'corps', 'armies', 'brigades', 'battalions', 'regiments', 'squadrons', 'tanks', 'aircraft', 'planes',
  'aeroplanes', 'airplanes', 'bombers', 'fighters', 'ships', 'vessels', 'destroyers', 'submarines', 'guns', 'men',
  'troops', 'soldiers', 'officers', 'prisoners', 'copies', 'tons', 'tonnes', 'delegates', 'members', 'persons',
  'villages', 'towns', 'civilians', 'workers', 'employees', 'refugees', 'vehicles', 'cars', 'locomotives', 'wagons', 'trucks', 'lorries', 'rifles', 'telegrams', 'sorties', 'casualties',
];

export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
