/**
 * Cue rules: patterns a reader would point at ("asks to move to WhatsApp"). Each becomes one feature
 * of the trained model, so the model decides how much a cue weighs for each label; its words (signal-words.ts) are what
 * the user reads among the signals. Patterns run on accent-folded, lower-cased text (foldText), so
 * "frais", "réseau" and "reseau" match without accents.
 */
export interface Cue {
  /** Also the signal's code (`cue:<id>`), put in words by signal-words.ts. */
  id: string;
  pattern: RegExp;
}

const AMOUNT =
  /(?:[$€£]\s?\d|\d[\d {2},.]*\s?(?:[$€£]|k\$|k€|\$k|dollars?\b|euros?\b|usd\b|eur\b|cad\b|usdt\b|btc\b))/u;

export const CUES: readonly Cue[] = [
  { id: 'money', pattern: AMOUNT },
  {
    id: 'messaging-app',
    pattern: /whats\s?app|telegram|\bwechat\b|\bviber\b|(?:on|sur|via|par) signal\b|signal app/,
  },
  {
    id: 'phone',
    pattern: /\+\d[\d\s().-]{7,}\d|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\b\d{3}[\s.-]\d{3}[\s.-]\d{4}\b/,
  },
  {
    id: 'link',
    pattern: /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|ca|fr|io|co|net|org|ly|gl|me|app|ai|biz|xyz|info)\b/,
  },
  {
    id: 'short-link',
    pattern:
      /bit\.ly|tinyurl|\bt\.co\/|goo\.gl|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly|lnkd\.in|shorturl|t\.me\//,
  },
  {
    id: 'booking',
    pattern:
      /calendly|cal\.com|\b(?:10|15|20|30)[\s-]?(?:min|minutes?)\b|quick (?:call|chat|zoom)|(?:appel|call) (?:rapide|decouverte)|(?:petit|court) (?:appel|call|zoom)|book a (?:call|time|slot|meeting)|prendre (?:un )?rendez-vous/,
  },
  {
    id: 'demo',
    pattern:
      /\bdemos?\b|free trial|essai gratuit|early access|acces anticipe|beta (?:access|test)|walkthrough/,
  },
  {
    id: 'met-before',
    pattern:
      /\bwe met\b|met you|(?:great|nice|good|lovely|pleasure) (?:meeting|to meet|chatting|talking)|on s'est (?:croise|rencontre|parle|vu|jase)|nous nous sommes (?:croise|rencontre|parle)|(?:croise|rencontre)e?s? (?:a|au|lors|hier|la semaine)|ravie? de (?:t'avoir|vous avoir) (?:rencontre|croise|parle)|sat next to|seated next to|assis a cote|were you at|etais-tu (?:a|au)|tu te souviens|remember me|te rappelles-tu|vous vous souvenez/,
  },
  {
    id: 'worked-together',
    pattern:
      /worked together|work(?:ed)? with you|(?:former|old|ex-?) ?colleague|studied together|same (?:class|cohort|team|program)|(?:travaille|etudie) ensemble|ancien(?:ne)? collegue|meme (?:cohorte|classe|equipe|promo)|notre promo|our cohort|class of \d|per our call|following (?:up on )?our (?:call|chat|meeting)|suite a notre (?:appel|rencontre|discussion|echange|conversation|visio)|long time no see|ca fait (?:longtemps|un bail)|roomie|\bcoloc|ensemble (?:au|a|chez)/,
  },
  {
    id: 'introduced',
    pattern:
      /introduced (?:me|us)|(?:suggested|recommended) (?:i|that i|me to) (?:reach|contact|connect)|gave me your name|referred me|m'a (?:suggere|recommande|conseille|parle de|donne (?:ton|votre))|(?:suggested|told me) (?:to )?(?:reach out|connect|write)|de la part de/,
  },
  {
    id: 'event',
    pattern:
      /conference|summit|sommet|meetup|webinai?re?|\bsalon\b|colloque|congres|forum|hackathon|workshop|atelier|5 a 7|\bpanel\b|keynote|\bexpo\b|trade show|\bgala\b|\bbooth\b|kiosque/,
  },
  {
    id: 'fee',
    pattern:
      /\bfees?\b|\bfrais\b|deposit|\bdepot\b|(?:pay|payer|paying) (?:a|the|for|un|une|les|des)|paiement|payment|\bwire\b|virement|western union|moneygram|gift cards?|cartes? cadeaux?|cheque|\bcheck to (?:cash|deposit)|equipment from our (?:vendor|supplier)|(?:pay|payer) (?:a |the |un |une )?[$€\d]|pay within|(?:buy|purchase|acheter) (?:the |a |le |la |un |une )?(?:packing |starter |training )?(?:kit|software|logiciel|equipment|materiel|trousse)|au cout de|cartes?-cadeaux?|(?:need|have) to (?:first )?(?:pay|buy|purchase)|vous devez (?:d'abord )?(?:payer|acheter)|il faut (?:payer|acheter)|customs (?:duties|fees)|frais de douane|\bunpaid\b|impaye|\ba regler\b|\bpayez\b|mandatory paid|paid (?:certification|training|course)|(?:formation|visite medicale|certification|test|verification) (?:[\w-]+ ){0,3}(?:obligatoire|mandatory)|taxes de \d/,
  },
  {
    id: 'identity',
    pattern:
      /passport|passeport|social security|\bssn\b|\bsin\b|\bnas\b|assurance sociale|bank (?:details|account|information|info|login)|banking details|coordonnees bancaires|\brib\b|\biban\b|id card|piece d'identite|driver'?s licen[cs]e|permis de conduire|(?:copy|photo) of your (?:id|license)|date of birth|date de naissance/,
  },
  {
    id: 'returns',
    pattern:
      /guarantee(?:d|s)? (?:return|profit|income|results?|gains?)|garantie?s? (?:de )?(?:rendement|profit|revenu|gain)|(?:rendement|profit|revenu|gain)s? garanti|\d+\s?%\s*(?:per|par|a|each|chaque|every|tous les)?\s*(?:week|day|month|semaine|jour|mois)|passive income|revenus? passifs?|earn (?:up to )?[$€\d]|gagner (?:jusqu'a )?[$€\d]|financial freedom|liberte financiere|double your|doubler (?:votre|ton)|\d+\s?%\s*(?:par an|per year|a year|annually|par annee|l'an)|win rate|turn \$?\d+k? into|transforme[rz]? \d+|airdrop|\b\d+x (?:your|ton|votre)|sans (?:aucun )?risque|risk[- ]free|no risk|guaranteed \d+x|\d+ ?%\/(?:jour|day|semaine|week)|double (?:ton|votre|your) (?:argent|money)|pre-ipo|invest(?:is|ir|ez)? \$?\d+.{0,12}(?:get|recois|recevez|receive) \$?\d+|gagne[rz]? \d[\d ]*(?:€|\$)\s*(?:\/|par )(?:jour|semaine|mois)|earn \$?\d[\d,]*\s*(?:\/|per |a )(?:day|week)|par mois garantis|guaranteed placement|placement garanti|guaranteed buyback|insider (?:signals|tips|info)|infos? privilegiees?|\d+(?:-\d+)?k (?:a|per) week|\d+k into \d+k|double (?:le|votre|ton) capital|rendement (?:de )?\d+ ?%|\d+ ?% de rendement/,
  },
  {
    id: 'crypto',
    pattern:
      /crypto|bitcoin|\bbtc\b|\busdt\b|\beth\b|forex|\btrading\b|\btrader\b|blockchain|\bnft|mining pool|minage|signal group|groupe de signaux|\btokens?\b|\d+x in \d+/,
  },
  {
    id: 'fund-transfer',
    pattern:
      /inheritance|heritage|next of kin|beneficiar|deceased|defunt|fund(?:s)? transfer|transfert de fonds|unclaimed|compensation fund|fund recovery|succession|notaire|sans heritier|without (?:an )?heir|compte dormant|dormant account|large sum|\d+(?:[.,]\d+)? ?(?:m\$|m€|millions?|billions?|milliards?)\b|contract surplus|\bmalle\b|trunk box|consignment|rapatrier|bloques? a l'etranger|recuperation de fonds|refund|remboursement|grant (?:of|worth)|subvention de|\bleguer\b|bequeath|(?:ma|my) fortune|\bdotation\b|fonds d'aide|aid fund|you (?:have )?won|vous avez (?:remporte|gagne)|\bgagne!|\bwinner\b|gagnant|lottery|loterie/,
  },
  {
    id: 'phishing',
    pattern:
      /account (?:is |has been |will be )?(?:suspended|restricted|locked|flagged)|compte (?:sera |a ete |est )?(?:suspendu|bloque|restreint)|verify your (?:account|identity|profile)|verifier (?:votre|ton) (?:compte|identite|profil)|click (?:here|the link|below)|cliquez? (?:ici|sur le lien)|is this you|c'est (?:toi|vous) (?:dans|sur)|invoice|facture|password|mot de passe|log ?in to|connectez-vous|credentials|identifiants|sign[- ]?in|validate your|valider (?:votre|ton)|mailbox|procedure judiciaire|poursuites|lawsuit|legal action|en vous connectant|(?:connect|connecte[rz]?) (?:your|ton|votre) wallet|seed phrase|is that you|c'est toi\?|(?:video|photo) de toi|suspicious (?:activity|sign)|connexion suspecte|unknown device|appareil inconnu|secure your account|securisez votre compte|has been limited|a ete limite|confirm your (?:information|details)|confirmez vos|shared .{0,40}with you via|document to (?:review|sign)|recording .{0,20}ready|expires? in \d+|expire dans|(?:account|compte) (?:\w+ ){1,2}(?:is |has been |will be |sera |a ete |est )?(?:suspended|restricted|locked|suspendu|bloque|restreint)|\bc toi\b|is it you|that you in|(?:log in|sign in|connecte[rz]?-vous|en vous connectant) (?:with|avec) (?:your|votre|ton) (?:compte )?(?:google|microsoft|linkedin|outlook)|acces securise|secure (?:access|document)|confirm(?:ez)? (?:your|votre|ton) (?:identity|identite)/,
  },
  {
    id: 'text-only-interview',
    pattern:
      /(?:interview|entrevue|entretien)s?.{0,40}(?:by text|via text|text only|texto|par ecrit|google chat|hangouts?|chat only|par clavardage)|(?:text|texto)(?: only)? interview/,
  },
  {
    id: 'suspicious-link',
    pattern:
      // `.example` is left out: the corpus writers used it for every made-up address, honest or not.
      /\b[a-z0-9]+(?:-[a-z0-9]+){1,}\.(?:support|live|info|xyz|top|click|site|online|net|co|in|link|help|review)\b|\.(?:xyz|top|click|live)\b/,
  },
  {
    id: 'money-mule',
    pattern:
      /receive (?:the )?(?:payments?|funds|donations|money|transfers) (?:and|then|on our behalf)|recevoir (?:les |des )?(?:paiements|fonds|dons|virements)|\breverser\b|forward (?:the )?(?:payments?|funds|money)|payment (?:processing )?agent|agent de paiement|cash (?:the|a) cheque|encaisser (?:le|un) cheque|reship|receive (?:packages|parcels)|recevoir des colis|reexpedier|(?:ouvrir|open) (?:a |un )?(?:business )?(?:bank account|compte bancaire)(?: d'entreprise)? (?:in your name|a votre nom)|(?:help me|aider a) (?:to )?(?:receive|recevoir) (?:the |les )?(?:funds|fonds)|foreign account to receive|wire back|send (?:me )?(?:back )?the (?:codes|difference|extra)/,
  },
  {
    id: 'romance',
    pattern:
      /\bmy dear\b|\bdearest\b|beautiful (?:smile|face|profile|woman|lady)|handsome|\bwidow|lonely|soul ?mate|ma chere|mon cher|belle femme|beau sourire|charmant|\bsweet(?:heart)?\b|\bhoney\b|god fearing|looking for (?:a )?(?:serious )?relationship|\bveu(?:f|ve)\b|divorce|celibataire|\bsingle (?:mom|dad|father|mother)|tu es seule?|beaute|mon ange|ma belle|sweetie|\bbabe\b|are you married|es-tu mariee?|(?:wife|husband) (?:passed|died)|ma (?:femme|epouse) est decedee|beautiful eyes|(?:your|ton|votre) sourire|your smile|honest woman|femme honnete|good woman|widower|widowed|late wife|honest man|homme honnete|single mom|i like you very much|share (?:the rest of )?my life|partager ma vie|quelqu'un de sincere|are you single|es-tu celibataire|tu es celibataire|salut beaute|your beautiful|😍|😘|💕|🌹|kind and honest|honest and kind|gentil(?:le)? et honnete|(?:je me sens|i feel) (?:\w+ )?(?:seule?|lonely|alone)|not (?:really )?here for (?:work|business)|pas (?:vraiment )?ici pour (?:le travail|les affaires)/u,
  },
  {
    id: 'sales-offer',
    pattern:
      /\bour (?:product|platform|solution|service|agency|software|tool|app|team can|offer)|notre (?:produit|plateforme|solution|agence|logiciel|outil|application|offre|service)|\bwe help\b|nous aidons|\bj'aide\b|\bi help\b|aide les (?:entreprises|pme|gestionnaires)|help (?:companies|businesses|teams|founders|leaders) (?:like|to)|on aide/,
  },
  {
    id: 'product',
    pattern:
      /\bwe (?:make|sell|build|install|provide|distribute|design)\b|\bwe(?:'ve| have) built\b|nous (?:fabriquons|vendons|installons|distribuons|concevons)|on a (?:concu|developpe|lance|cree) (?:une|un) (?:appli|outil|plateforme|logiciel|produit|service)|j'ai un (?:produit|service)|\bour (?:new )?(?:[\w-]+ ){1,3}(?:platform|tool|software|app|solution|services?|program|products?|range|line)\b|notre (?:nouvel(?:le)? )?(?:[\w'-]+ ){1,2}(?:plateforme|outil|logiciel|appli|application|solution|services?|programme|gamme|produits?)\b|free (?:team |trial )?account|compte gratuit|acces (?:prioritaire|gratuit)|en avant-premiere|waitlist|liste d'attente|\bsamples\b|echantillons|can i show you|(?:je|on) (?:peux|pourrais|peut) (?:te|vous) (?:montrer|presenter) (?:notre|nos|mon|mes|la plateforme)|price list|liste de prix|\bdevis\b|\bcheaper\b|moins cher|meilleur (?:prix|taux)|best (?:price|rate)s?\b|taking (?:on )?new clients|evaluation gratuite|free (?:review|assessment|evaluation|estimate|quote)|\bflyers?\b|cours en ligne|online course|\bmy (?:course|services|offer)\b|\bmes services\b|\bmon offre\b|post my offer|recruitment agency|agence de recrutement|cabinet de (?:recrutement|conseil)|chasseu(?:r|se) de tetes|headhunter|link in (?:my )?bio|lien dans mon profil|voter pour moi|vote for me|inscris-toi|complement de revenus?|\b\d+ ?% (?:sur chaque vente|on (?:every|each) sale)|\bcatalogue\b|\bbrochure\b|\bpackages\b|\bforfaits?\b|\bwe do\b|nous fournissons|\bon vend\b|notre proposition|(?:our|a) proposal|revenu complementaire|launch thread|free (?:for|to) the first|\d+ months? free|premier mois gratuit|gratuit le premier mois|j'accompagne|nous accompagnons|ambassadeu?rs? pour|commanditaires?|cotisation|upvote|product hunt|independent rep|earn free products|first month is|(?:freelance|consultant|pigiste)[^.]{0,40}disponible|disponible[^.]{0,20}(?:mandats|missions)|dispo pour (?:des )?mandats|fractional \w+ available|available for (?:hire|freelance)|\bnos (?:[\w-]+ ){0,2}(?:tablettes|produits|services|solutions|formations|logiciels)\b|we have (?:\w+ )?(?:pre-vetted|senior|qualified|experienced) /,
  },
  {
    id: 'award',
    pattern:
      /\bawards?\b|nominat|\btrophees?\b|palmares|edition speciale|special edition|top \d+|\d+ (?:femmes|leaders|women) qui|figurer dans|to be featured|featured in|annuaire|directory listing/,
  },
  {
    id: 'buyer-intro',
    pattern:
      /(?:introduce|connect|intro to|introduction to|put me in touch with)\b.{0,40}(?:director|manager|\bcfo\b|head of|buyer|purchasing|procurement|decision[- ]maker)|(?:presenter|mettre en (?:contact|relation))\b.{0,40}(?:directeur|directrice|responsable|achats|acheteur|decideur)|(?:directeur|directrice|responsable) des achats/,
  },
  {
    id: 'sells',
    pattern:
      /\bwe offer|nous (?:offrons|proposons)|je (?:propose|vous propose|t'offre|vous offre)|j'offre|\bi offer|\boffering\b|available for (?:new )?(?:projects|work|missions|contracts)|disponible pour (?:de nouveaux|des) (?:projets|mandats|missions)|\brates\b|\btarifs?\b|membership|adhesion|\/(?:month|mois|hour|heure|h)\b|per (?:month|hour)|par (?:mois|heure)|commission|\bmargin|\bmarge\b|distribut(?:or|eur)s?|apporteurs? d'affaires|sponsor|commandit|tables? corporatives?|\bbillets?\b|\bcode [a-z]*\d|-\d+ ?%|\d+ ?% (?:off|de rabais|de reduction)|\boffert\b|free (?:week|month|session|consultation|audit|account|policy|review|quote)|our (?:firm|cabinet|team|agency) (?:can|will)|notre (?:firme|cabinet|equipe|agence) (?:peut|recrute|offre)|side income|revenu d'appoint|extra income|business opportunity|opportunite d'affaires|newsletter|balado|podcast|youtube|abonne-toi|rate my|app store|available for freelance|disponible (?:des|pour|a partir)[^.]{0,30}(?:missions|mandats|contrats|projets)|je reste a (?:votre|ta) disposition pour (?:vous|te) presenter|(?:interested in|interesse a|interessee a) invest/,
  },
  {
    id: 'buys',
    pattern:
      /je cherche (?:un|une) (?:fournisseur|consultant|avocat|traduct|ingenieur|expert|specialiste)|(?:i|we) need (?:a|an) (?:structural|consultant|translator|lawyer|engineer|expert|supplier|designer|developer)|j'ai besoin d'(?:un|une)|nous cherchons (?:un|une) (?:consultant|fournisseur|expert)|paid engagement|honorarium|honoraires|budget (?:is|de)|(?:taking|prenez-vous|acceptez-vous) (?:de )?(?:new|nouveaux) clients|on our shortlist|license your|i'd buy|(?:we'd|we would|i'd|i would) (?:like to )?hire you|vous embaucher|t'embaucher|speaker fee|cachet|je cherche (?:un|une) (?:[\w-]+ ){0,2}(?:photographe|traduct|designer|developpeu|consultant|fournisseur|avocat|comptable|designer)|\bon paie\b|(?:we|i) (?:want|would like|'d like|are looking|'m looking) to hire|\bi'm hiring\b|devis pour|besoin de (?:faire|me faire)|jetons de presence/,
  },
  {
    id: 'price',
    pattern:
      /discount|rabais|\bpromo|\bprice|\bprix\b|tarif|pricing|coupon|code promo|masterclass|mastermind|bootcamp|inscription|register now|sign up|abonne|subscribe|\bbilletss?\b|tickets?\b|\bspots? left|places? restantes?|special offer|offre speciale/,
  },
  {
    id: 'engagement-ask',
    pattern:
      /\blike (?:my|our|the) (?:post|page)|share (?:my|our|the|it)|follow (?:my|our) (?:page|channel|newsletter)|endorse me|suivre (?:ma|notre) page|aimer (?:ma|notre) (?:page|publication)|partager (?:ma|notre|la) publication|vote for|votez pour|recommander mes competences|follow back|\brt\b|retweet|recommander pour la competence|liker|partager la page/,
  },
  {
    id: 'urgency',
    pattern:
      /\burgent|\basap\b|act now|limited (?:time|spots|offer)|today only|last chance|derniere chance|immediatement|immediately|right away|tout de suite|only \d+ (?:spots|places|seats)|dernieres places|expire/,
  },
  {
    id: 'job',
    pattern:
      /\bhiring\b|\bjob\b|position\b|\brole\b|opening|\bposte\b|\bemploi\b|recrute|embauche|\bcontract\b|\bcontrat\b|job description|description de poste|offre d'emploi/,
  },
  {
    id: 'advice-ask',
    pattern:
      /\badvice\b|\bconseils?\b|pick your brain|how did you|comment (?:as-tu|avez-vous|tu as|vous avez)|your (?:take|thoughts|perspective) on|ton avis|votre avis|quelques questions|a few questions|\d questions|mentor|j'aimerais savoir|could i ask|can i ask|puis-je vous demander|besoin d'un avis|je cherche (?:un avis|a (?:rejoindre|comprendre))|quelles? (?:formations?|conseils?|ressources?)|recommand|how do you|comment tu (?:geres|fais)|comment vous (?:gerez|faites)/,
  },
  {
    id: 'research',
    pattern:
      /research|recherche|\bthesis\b|\bthese\b|memoire|master'?s|doctora|\bphd\b|\bstudent\b|etudiant|survey|sondage|journalist|journaliste|\barticle\b|reportage|podcast|interview|entrevue|entretien/,
  },
  {
    id: 'community',
    pattern:
      /alumni|anciens? (?:de|du|des|eleves|etudiants)|diplomes? (?:de|du)|association|benevole|volunteer|non-profit|\bobnl\b|\bosbl\b|communaute|community|meetup group|slack|discord|working group|groupe de travail|free (?:event|community)|gratuit/,
  },
  {
    id: 'collaboration',
    pattern:
      /co-?found|cofondat|partenariat|partnership|collaborat|consortium|joint (?:project|venture)|projet commun/,
  },
  {
    id: 'respects-choice',
    pattern:
      /(?:i|totally|completely|fully) (?:understand|respect)|je (?:comprends|respecte)|fair enough|no worries|pas de (?:souci|soucis|probleme|trouble)|no problem|makes sense|compris|entendu|aucun probleme|bien recu|noted|c'est note|all good|correct!/,
  },
  {
    id: 'if-you-need',
    pattern:
      /if you ever need|should you (?:ever )?need|if you need (?:help|a hand|anything)|si jamais (?:vous avez|tu as) besoin|si (?:vous avez|tu as) besoin|n'hesitez? pas|don't hesitate|feel free to (?:reach|contact|book)|\bp\.?s\.?\b|my card|ma carte|portfolio|si un jour (?:vous avez|tu as) besoin|pensez a moi|pense a moi|ping me|\bdm me\b|if (?:anything|something) comes up|if u (?:ever )?need|if someday/,
  },
  {
    id: 'hostile',
    pattern:
      /elitis|elitiste|arrogan|\bsnob|pathetic|pathetique|ridicul|who do you think|pour qui (?:tu te prends|vous vous prenez)|your loss|tant pis pour|hypocri|\brude\b|impoli|waste of (?:my )?time|perte de temps|seriously\?|vraiment\?|\bwow\b|\blol\b|\bmdr\b|get over|ego\b|condescend|condescendant|pretentieu|\bjoke\b|blague|ok boomer|\bcringe|gatekeep|\bclown|thanks for nothing|merci pour rien|echo chamber|patroni[sz]ing|condescen|masterclass in|beau cours|que personne n'a demande|trop demander|de ton calibre|de votre calibre|on a bien ri|laisse faire|not anymore|plus maintenant|good luck with that|bonne chance avec (?:ca|cette)|\bsmall\b.*\bfeel\b|make people feel|😂|🙄|🤡|🖕|merci pour (?:la lecon|le sermon|le cours)|thanks for the (?:lecture|ted talk|lesson|sermon)|thanks a lot\.|je ne le ferai plus|won't do that again|vaux (?:meme )?pas/u,
  },
  {
    id: 'polite-closing',
    pattern:
      /\bd'accord\b|\brecu\b|\bparfait\b|juste pour (?:reseauter|garder)|nothing (?:else )?needed|rien de (?:precis|special)|i'm (?:happy|alright|all good|good) (?:where|for now|thanks)|worth a try|enjoy (?:the rest|your (?:week|day|weekend))|au plaisir|belle (?:journee|soiree|semaine)|bonne (?:journee|soiree|semaine|continuation)|cordialement|all the best|take care|have a (?:great|good|nice)|see you (?:around|there)|a la prochaine|👍/u,
  },
  {
    id: 'thanks',
    pattern: /\bthanks?\b|\bthank you|\bmerci|\bty\b|appreciate|apprecie/,
  },
  { id: 'tu', pattern: /\btu\b|\btoi\b|\bt'|\bton\b|\bta\b|\btes\b|\bte\b/ },
  { id: 'vous', pattern: /\bvous\b|\bvotre\b|\bvos\b/ },
  { id: 'question', pattern: /\?/ },
  { id: 'exclaim', pattern: /!.*!|!!/ },
  { id: 'emoji', pattern: /\p{Extended_Pictographic}/u },
];

/**
 * Fraud markers (LABELS.md: "a fraud marker decides alone"). The classifier only says `scam` when
 * one of these is present: a scam accusation must point at something a reader can check.
 */
export const FRAUD_CUES: ReadonlySet<string> = new Set([
  'messaging-app',
  'fee',
  'identity',
  'returns',
  'crypto',
  'fund-transfer',
  'phishing',
  'romance',
  'money-mule',
  'text-only-interview',
  'suspicious-link',
  'short-link',
]);

/**
 * Rules of LABELS.md that join two cues (a linear model cannot learn "A and B" from A and B alone):
 * the text shows at least one cue of every group. Their ids are cues like the others.
 */
export interface CombinedCue {
  id: string;
  groups: readonly (readonly string[])[];
}

const SALES_HOOKS = ['sales-offer', 'product', 'sells', 'demo', 'price', 'engagement-ask', 'buyer-intro'];

export const COMBINED_CUES: readonly CombinedCue[] = [
  {
    // "A sales hook outweighs any shared past, real or claimed."
    id: 'past-then-sales',
    groups: [['met-before', 'worked-together', 'introduced', 'event'], SALES_HOOKS],
  },
  {
    // "An advice or feedback request that ends in a demo…; research that leads to a product."
    id: 'ask-then-sales',
    groups: [['advice-ask', 'research'], SALES_HOOKS],
  },
  {
    // "Paid awards or listings" are pitch, however much a fee to pay looks like fraud.
    id: 'paid-award',
    groups: [['award'], ['fee', 'money', 'price']],
  },
  {
    // Replies: "polite acknowledgement plus any promotional push is pitch".
    id: 'polite-then-sales',
    groups: [
      ['respects-choice', 'thanks', 'polite-closing'],
      [...SALES_HOOKS, 'if-you-need'],
    ],
  },
];

/**
 * A fraud marker that another cue explains away. LABELS.md: "paid awards or listings" are pitch, so
 * the fee of an award is not a fraud marker (a fee to get a job still is).
 */
export const EXCUSED_FRAUD_CUES: Readonly<Record<string, readonly string[]>> = {
  fee: ['paid-award'],
};

/**
 * One more feature, not a veto: the text shows a fraud marker that no other cue excuses. The model
 * learns its weight; the `scam` label is gated by a calibrated threshold on its probability.
 */
export const FRAUD_MARKER = 'fraud-marker';

/** Whether cue ids (matchCues) hold a fraud marker that no other cue excuses. */
export function hasFraudMarker(ids: ReadonlySet<string>): boolean {
  for (const id of FRAUD_CUES) {
    if (!ids.has(id)) continue;
    if (!(EXCUSED_FRAUD_CUES[id] ?? []).some((excuse) => ids.has(excuse))) return true;
  }
  return false;
}

/** The ids of the cues a text shows, given its folded form (foldText): combined cues, then the fraud marker, last. */
export function matchCues(folded: string): string[] {
  const found = new Set(CUES.filter((cue) => cue.pattern.test(folded)).map((cue) => cue.id));
  for (const cue of COMBINED_CUES) {
    if (cue.groups.every((group) => group.some((id) => found.has(id)))) found.add(cue.id);
  }
  if (hasFraudMarker(found)) found.add(FRAUD_MARKER);
  return [...found];
}
