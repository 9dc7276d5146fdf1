/**
 * Words that tell French from English in notes too short for n-gram statistics ("Salut!",
 * "Merci!", "Au plaisir"). Keys are accent-folded and lower-cased (see normalize-text.ts); words
 * spelled the same in both languages ("connexion", "message", "super") are left out.
 */

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

const FRENCH_FUNCTION_WORDS = words(
  'le la les un une des du de au aux et ou est sont je tu il elle nous vous ils elles on me te se ' +
    'mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette ces qui que quoi dont ' +
    'pour avec dans sur sous chez sans entre vers lors par pas ne plus tres aussi mais donc car comme ' +
    'si oui non bien tout tous toute toutes deja encore jamais toujours rien peu beaucoup ici ' +
    "l' d' qu' j' m' t' s' n' c' jusqu' lorsqu' puisqu' ",
);

const ENGLISH_FUNCTION_WORDS = words(
  'the a an and or is are was were be been am i you he she we they it my your his her our their ' +
    'this that these those what who which how why when where with without for from of in on at by to ' +
    'into about not no yes do does did have has had will would could should can may might just so ' +
    'but if then than also very really all some any more most much many ' +
    "i'm i'd i've i'll you're you've we're we've it's let's don't can't won't isn't that's there's ",
);

/**
 * Function words of both languages: evidence for the language, but never a reason a user would read
 * ("the", "de", "la"), so explanations leave them out.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...FRENCH_FUNCTION_WORDS,
  ...ENGLISH_FUNCTION_WORDS,
]);

export const FRENCH_WORDS: ReadonlySet<string> = new Set([
  ...FRENCH_FUNCTION_WORDS,
  ...words(
    // courtesy and common short notes
    'bonjour bonsoir salut allo merci mercii plaisir au-plaisir enchante ravi ravie bonne journee ' +
      'cordialement salutations amities bravo felicitations desole desolee svp stp ' +
      'suis etes es sommes avez avons ai as ont fait faire etre avoir peux pouvez veux voulez ' +
      'aimerais souhaiterais serait serais pourrais pourriez connaitre echanger rencontrer ajouter ' +
      'reseau parcours travail domaine entreprise poste projet avis conseil semaine mois annee ' +
      'croise croises croisee rencontre rencontres ' +
      // Québécois markers
      'pis tsé tse chu icitte pantoute coudonc ben pas-pire correct kossé fak faque mettons ' +
      'jase jaser placoter char blonde chum dispo courriel cellulaire magasiner',
  ),
]);

export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_FUNCTION_WORDS,
  ...words(
    'hi hello hey thanks thank cheers regards best dear kind sincerely please sorry congrats ' +
      'connect connecting love great nice glad happy looking forward meet met meeting network ' +
      'work working field company role team week month year advice happy keep touch sure okay',
  ),
]);

/** Letters English almost never uses; a lone "é" in a name is weak evidence, so each counts half. */
export const FRENCH_LETTERS = /[éèêëàâçîïôûùüÿœ]/gu;
