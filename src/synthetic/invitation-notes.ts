import type { InvitationLabel, Lang } from '../core/labels.js';

/**
 * Incoming invitation notes by intent and language (labels as in LABELS.md). Placeholders are filled
 * per invitation — {first} the owner's first name, {event}, {topic}, {company} the sender's company,
 * {city}, {friend} a named introducer — so notes rarely repeat verbatim. `none` is the empty note.
 */
export type NoteTemplates = Record<Exclude<InvitationLabel, 'none'>, readonly string[]>;

const FR: NoteTemplates = {
  generic: [
    'Bonjour {first}, j’aimerais vous ajouter à mon réseau professionnel.',
    'Votre parcours m’inspire, au plaisir d’échanger.',
    'Bonjour {first}, je vois que nous évoluons dans le même domaine. Connectons-nous !',
    'Salut {first}! On a plusieurs contacts en commun, ça me ferait plaisir de t’ajouter.',
    'Bonjour, je développe mon réseau à {city} et votre profil a retenu mon attention.',
    'Bonjour {first}, toujours intéressé à rencontrer des professionnels inspirants comme vous.',
    'Je suis vos publications depuis un moment, au plaisir de faire partie de votre réseau.',
    'Bonjour {first}, en quoi puis-je vous être utile ? Au plaisir de se connecter.',
    'Bonjour, nous sommes tous deux membres du groupe RH {city}. Connectons-nous.',
    'Bonjour {first}, je suis à l’écoute de nouvelles opportunités et j’élargis mon réseau.',
    'Allo {first}, belle carrière! Au plaisir d’être connectés.',
    'Bonjour {first}, chez {company} nous sommes toujours à la recherche de talents.',
    'J’ai vu votre conférence en ligne, très intéressante. Au plaisir.',
    'Bonjour, même domaine, même ville : ce serait bien d’être en contact.',
    'Bonjour {first}, je souhaite élargir mon réseau dans le secteur. Merci d’accepter !',
    'Bonne journée {first}, heureux de rejoindre votre réseau.',
  ],
  known: [
    'On s’est croisés au {event}, je pense? Au plaisir de garder contact.',
    'Bonjour {first}, merci pour la discussion au {event} hier soir !',
    'Salut {first}, {friend} m’a parlé de toi et m’a suggéré qu’on se connecte.',
    'Bonjour {first}, j’ai assisté à votre atelier au {event} et je vous avais posé la question sur {topic}.',
    'On était ensemble chez {company} en 2019, content de te retrouver ici!',
    'Bonjour {first}, suite à notre échange par courriel sur {topic}, je vous ajoute.',
    'Salut! On joue au hockey ensemble le jeudi à {city}, je savais pas que tu travaillais en RH.',
    'Bonjour {first}, nous avons étudié ensemble à l’Université Laval (promo 2012).',
    'Merci pour ta réponse à mon commentaire sur {topic}, au plaisir de poursuivre l’échange.',
    'Bonjour {first}, {friend} nous a présentés au {event}.',
    'Ravi de vous avoir rencontrée au {event}, comme convenu je vous ajoute.',
    'Bonjour {first}, on s’est parlé au téléphone la semaine dernière au sujet de {topic}.',
    'Salut {first}, c’est ton voisin de bureau de l’époque chez {company} !',
    'Bonjour, j’étais au mariage de {friend}, nous étions à la même table.',
    'Bonjour {first}, merci encore pour vos conseils après votre cours sur {topic}.',
  ],
  purpose: [
    'Bonjour {first}, comment avez-vous obtenu {topic} tout en travaillant à temps plein ?',
    'Bonjour, je rédige un mémoire sur {topic} et j’aimerais vous poser trois questions.',
    'Bonjour {first}, je coordonne le réseau des anciens de {company} et je vous invite à nous rejoindre.',
    'Bonjour {first}, nous cherchons une conférencière sur {topic} pour notre congrès à {city} (cachet prévu).',
    'Bonjour, je prépare un article pour Les Affaires sur {topic}, accepteriez-vous une entrevue ?',
    'Bonjour {first}, j’ai un poste de direction RH chez {company} qui correspond à votre profil.',
    'Bonjour {first}, seriez-vous ouverte à mentorer bénévolement une jeune entrepreneure à {city} ?',
    'Bonjour, je lance un groupe de travail gratuit sur {topic}, votre expertise serait précieuse.',
    'Bonjour {first}, j’aimerais avoir votre avis sur ma reconversion vers {topic}.',
    'Bonjour, nous montons un consortium sur {topic} et cherchons un partenaire à {city}.',
    'Bonjour {first}, je cherche un cofondateur pour un projet lié à {topic}.',
    'Bonjour, je fais une recherche doctorale sur {topic}; 20 minutes de votre temps m’aideraient beaucoup.',
    'Bonjour {first}, pourriez-vous me conseiller sur la façon de débuter en {topic} ?',
    'Bonjour, nous aimerions vous inviter à enseigner un module sur {topic} au Cégep.',
    'Bonjour {first}, je souhaite contribuer bénévolement à votre projet sur {topic}.',
  ],
  pitch: [
    'Bonjour {first}, j’ai adoré votre panel au {event} ! Qui gère vos notes de frais chez vous ?',
    'Bonjour, chez {company} nous aidons les cabinets comme le vôtre à doubler leurs leads en 90 jours.',
    'Bonjour {first}, 15 minutes cette semaine pour une démo de notre solution de {topic} ?',
    'Salut {first}, on s’est croisés au {event}; je voulais te présenter notre offre de coaching.',
    'Bonjour, je propose des formations certifiantes sur {topic}, -30 % ce mois-ci.',
    'Bonjour {first}, pouvez-vous me présenter à votre responsable des achats ?',
    'Bonjour, notre agence génère des rendez-vous qualifiés pour les consultants. Un appel ?',
    'Bonjour {first}, réservez votre place à notre webinaire payant sur {topic}.',
    'Bonjour, je serais ravi de vous montrer comment {company} automatise {topic}.',
    'Bonjour {first}, nous recrutons des partenaires pour notre programme d’affiliation.',
    'Bonjour, une refonte de votre site à prix d’ami, ça vous dit ?',
    'Bonjour {first}, passez à notre kiosque au {event} pour une démo exclusive !',
    'Bonjour, mon cabinet accompagne les dirigeants à {city} : premier diagnostic offert.',
    'Bonjour {first}, votre profil gagnerait à être optimisé, je peux vous aider (forfait 199 €).',
    'Bonjour, devenez ambassadeur de notre marque et touchez des commissions.',
  ],
  scam: [
    'Bonjour {first}, investissement crypto garanti 15 % par mois, écrivez-moi sur WhatsApp.',
    'Bonjour, je suis recruteur pour une grande entreprise, envoyez vos coordonnées bancaires pour le salaire.',
    'Bonjour {first}, vous avez gagné une formation gratuite, cliquez ici pour confirmer : bit.ly/x2',
    'Bonjour cher ami, je suis veuve d’un général et j’ai besoin d’une personne de confiance.',
    'Bonjour, travail à domicile 500 € par jour sans expérience, contactez-moi sur Telegram.',
    'Bonjour {first}, votre compte LinkedIn sera suspendu, vérifiez-le ici : linkedin-verif.co',
    'Bonjour, poste de gestionnaire de paiements, il suffit de recevoir des virements sur votre compte.',
    'Bonjour {first}, trading forex avec mon mentor, j’ai multiplié mon capital par 10.',
    'Bonjour, je suis ingénieure sur une plateforme pétrolière et je cherche l’amour.',
    'Bonjour, offre d’emploi : payez 150 $ de frais de dossier et commencez demain.',
    'Bonjour {first}, un héritage non réclamé à votre nom attend chez notre notaire.',
    'Bonjour, achetez des cartes-cadeaux pour votre PDG, c’est urgent et confidentiel.',
    'Bonjour {first}, je t’ai trouvé via {company}, parlons d’une opportunité crypto sur WhatsApp.',
    'Bonjour, votre colis est bloqué en douane, réglez 2,99 € ici.',
    'Bonjour, mission d’évaluation d’applis payée 800 € par semaine, dépôt initial requis.',
  ],
};

const EN: NoteTemplates = {
  generic: [
    'Hi {first}, I’d like to add you to my professional network.',
    'Hi {first}, I see you lead a team at {company} — would love to connect.',
    'Your career path is inspiring, happy to connect!',
    'Hello {first}, we have many mutual connections. Let’s connect.',
    'Hi, I’m growing my network in {city} and came across your profile.',
    'Hi {first}, always keen to connect with great professionals like you.',
    'I follow your posts, would be great to be in your network.',
    'Hi {first}, how can I be useful to you? Happy to connect.',
    'Hello, we are both members of the {city} HR group. Let’s connect.',
    'Hi {first}, I’m open to new opportunities and expanding my network.',
    'Hey {first}, impressive background! Let’s stay in touch.',
    'Hi {first}, at {company} we are always looking for talented people.',
    'Watched your talk online, great stuff. Let’s connect.',
    'Same field, same city — would be good to be connected.',
    'Hi {first}, expanding my network in the industry. Thanks for accepting!',
  ],
  known: [
    'We met at {event}, I think? Great to stay in touch.',
    'Hi {first}, thanks for the chat at {event} last night!',
    'Hi {first}, {friend} suggested we connect.',
    'Hi {first}, I attended your session at {event} and asked about {topic}.',
    'We worked together at {company} back in 2019, great to find you here!',
    'Hi {first}, following up on our email about {topic}.',
    'Hey! We play in the same Thursday soccer league in {city}.',
    'Hi {first}, we were in the same MBA cohort (class of 2014).',
    'Thanks for replying to my comment about {topic}, happy to continue the conversation.',
    'Hi {first}, {friend} introduced us at {event}.',
    'Great meeting you at {event}, as promised I’m sending an invite.',
    'Hi {first}, we spoke on the phone last week about {topic}.',
    'Hey {first}, it’s your old desk neighbour from {company}!',
    'Hi, I sat at your table at {friend}’s wedding.',
    'Hi {first}, thanks again for your feedback after your class on {topic}.',
  ],
  purpose: [
    'Hi {first}, how did you get {topic} while working full time?',
    'Hello, I’m writing my thesis on {topic} and would love to ask you three questions.',
    'Hi {first}, I coordinate the {company} alumni network and would like to invite you.',
    'Hi {first}, we are looking for a speaker on {topic} for our {city} conference (paid).',
    'Hello, I’m writing a piece on {topic} for a business magazine — would you do an interview?',
    'Hi {first}, I have an HR director opening at {company} that fits your profile.',
    'Hi {first}, would you mentor a young founder in {city} as a volunteer?',
    'Hello, I’m starting a free working group on {topic}; your expertise would help a lot.',
    'Hi {first}, I’d value your advice on moving into {topic}.',
    'Hello, we are forming a consortium on {topic} and need a partner in {city}.',
    'Hi {first}, I’m looking for a co-founder for a project around {topic}.',
    'Hello, I’m doing PhD research on {topic}; 20 minutes of your time would help a lot.',
    'Hi {first}, could you advise me on getting started in {topic}?',
    'Hello, we would like to invite you to teach a module on {topic} at the college.',
    'Hi {first}, I’d like to volunteer on your project about {topic}.',
  ],
  pitch: [
    'Loved your panel at {event}! Who handles your expense reports?',
    'Hi, at {company} we help firms like yours double their leads in 90 days.',
    'Hi {first}, 15 minutes this week for a demo of our {topic} platform?',
    'Hey {first}, we met at {event}; I wanted to tell you about our coaching offer.',
    'Hello, I run certified trainings on {topic}, 30% off this month.',
    'Hi {first}, could you introduce me to your head of procurement?',
    'Hi, our agency books qualified meetings for consultants. Quick call?',
    'Hi {first}, save your seat at our paid webinar on {topic}.',
    'Hello, I’d love to show you how {company} automates {topic}.',
    'Hi {first}, we are recruiting partners for our affiliate program.',
    'Hi, a website redesign at a friendly price, interested?',
    'Hi {first}, stop by our booth at {event} for an exclusive demo!',
    'Hello, my firm helps executives in {city}: first assessment free.',
    'Hi {first}, your profile could convert better, I can help ($199 package).',
    'Hi, become an ambassador for our brand and earn commissions.',
  ],
  scam: [
    'Hi {first}, guaranteed crypto returns of 15% a month, text me on WhatsApp.',
    'Hello, I recruit for a large company, send your bank details for payroll setup.',
    'Hi {first}, you won a free training, click to confirm: bit.ly/x2',
    'Hello dear friend, I am the widow of a general and need a trustworthy person.',
    'Hi, work from home $500 a day, no experience needed, contact me on Telegram.',
    'Hi {first}, your LinkedIn account will be suspended, verify it here: linkedin-verify.co',
    'Hello, payment processor job: just receive transfers into your account.',
    'Hi {first}, forex trading with my mentor multiplied my capital tenfold.',
    'Hello, I’m an engineer on an offshore oil rig looking for love.',
    'Job offer: pay a $150 processing fee and start tomorrow.',
    'Hi {first}, an unclaimed inheritance in your name is waiting at our lawyer’s office.',
    'Hi, please buy gift cards for your CEO, urgent and confidential.',
    'Hi {first}, found you through {company}, let’s talk about a crypto opportunity on WhatsApp.',
    'Hello, your parcel is held at customs, pay $2.99 here.',
    'Hi, app-testing job paid $800 a week, initial deposit required.',
  ],
};

export const NOTE_TEMPLATES: Record<Lang, NoteTemplates> = { fr: FR, en: EN };

export function fillNote(template: string, values: Record<string, string>): string {
  return contractArticles(template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole));
}

/**
 * French names carry their article (« le 5 à 7 », « la conférence », « l’atelier »), so « au {event} »
 * must contract once filled: au le → au, au la → à la, au l’ → à l’, de le → du.
 */
export function contractArticles(text: string): string {
  return text
    .replace(/\bau le\b/g, 'au')
    .replace(/\bau la\b/g, 'à la')
    .replace(/\bau l['’]/g, 'à l’')
    .replace(/\bà le\b/g, 'au')
    .replace(/\bde le\b/g, 'du');
}
