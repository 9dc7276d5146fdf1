import type { Templates } from '../types.js';

/** French, formal `vous` by default, `tu` when the invitation uses it. */
export const fr = {
  greeting: {
    named: [
      { vous: 'Bonjour {firstName},', tu: 'Salut {firstName},' },
      'Bonjour {firstName},',
      { vous: 'Bonjour {firstName} !', tu: 'Allô {firstName},' },
    ],
    anonymous: [{ vous: 'Bonjour,', tu: 'Salut,' }, 'Bonjour,', { vous: 'Bonjour !', tu: 'Allô,' }],
  },
  decline: {
    appreciation: {
      mutual: [
        {
          vous: "Merci pour votre invitation, et merci d'avoir précisé que vous venez de la part de {mutual}.",
          tu: "Merci pour ton invitation, et merci d'avoir précisé que tu viens de la part de {mutual}.",
        },
        {
          vous: "J'apprécie que vous ayez nommé {mutual} dans votre invitation : c'est un bon point de départ.",
          tu: "J'apprécie que tu aies nommé {mutual} dans ton invitation : c'est un bon point de départ.",
        },
        "Merci de m'avoir écrit en mentionnant {mutual} ; ce contexte m'aide beaucoup.",
      ],
      content: [
        {
          vous: "Merci pour votre invitation, et merci d'avoir mentionné {content}.",
          tu: "Merci pour ton invitation, et merci d'avoir mentionné {content}.",
        },
        {
          vous: "J'ai apprécié que vous mentionniez {content} dans votre invitation.",
          tu: "J'ai apprécié que tu mentionnes {content} dans ton invitation.",
        },
        {
          vous: "Merci pour votre invitation qui évoque {content} : j'y suis sensible.",
          tu: "Merci pour ton invitation qui évoque {content} : j'y suis sensible.",
        },
      ],
      personalized: [
        {
          vous: "Tout d'abord, je tiens à vous remercier d'avoir personnalisé votre message. Trop peu de gens le font.",
          tu: "Tout d'abord, je tiens à te remercier d'avoir personnalisé ton message. Trop peu de gens le font.",
        },
        "Merci d'avoir pris le temps d'écrire un message personnalisé : c'est rare, et je l'apprécie.",
        {
          vous: 'Je vous remercie pour votre note personnalisée ; trop peu de gens prennent cette peine.',
          tu: 'Je te remercie pour ta note personnalisée ; trop peu de gens prennent cette peine.',
        },
      ],
      field: [
        {
          vous: 'Merci pour votre invitation ; je vois que nous partageons le domaine « {field} ».',
          tu: 'Merci pour ton invitation ; je vois que nous partageons le domaine « {field} ».',
        },
        "Merci pour l'invitation : c'est toujours agréable de croiser quelqu'un du domaine « {field} ».",
        {
          vous: "Je vous remercie de l'invitation ; votre profil touche au domaine « {field} », comme le mien.",
          tu: "Je te remercie de l'invitation ; ton profil touche au domaine « {field} », comme le mien.",
        },
      ],
      plain: [
        { vous: 'Merci pour votre invitation.', tu: 'Merci pour ton invitation.' },
        {
          vous: 'Je vous remercie de votre demande de connexion.',
          tu: 'Je te remercie de ta demande de connexion.',
        },
        {
          vous: "Merci d'avoir pensé à moi pour votre réseau.",
          tu: "Merci d'avoir pensé à moi pour ton réseau.",
        },
      ],
    },
    reason: [
      {
        vous: "Je revois présentement mes connexions sur LinkedIn, car mon objectif est de {goal}. Pour l'instant, {reason}, alors je décline votre invitation.",
        tu: "Je revois présentement mes connexions sur LinkedIn, car mon objectif est de {goal}. Pour l'instant, {reason}, alors je décline ton invitation.",
      },
      {
        vous: 'Sur LinkedIn, mon objectif est de {goal}. Comme {reason}, je préfère décliner votre invitation pour le moment.',
        tu: 'Sur LinkedIn, mon objectif est de {goal}. Comme {reason}, je préfère décliner ton invitation pour le moment.',
      },
      {
        vous: "J'utilise LinkedIn dans un but précis : {goal}. Or, {reason}, donc je décline votre invitation pour l'instant.",
        tu: "J'utilise LinkedIn dans un but précis : {goal}. Or, {reason}, donc je décline ton invitation pour l'instant.",
      },
    ],
    reasonSharedPast: [
      {
        vous: 'Sur LinkedIn, mon objectif est de {goal} ; je le réserve donc aux personnes que je connais bien. Comme {reason}, je préfère décliner votre invitation pour le moment.',
        tu: 'Sur LinkedIn, mon objectif est de {goal} ; je le réserve donc aux personnes que je connais bien. Comme {reason}, je préfère décliner ton invitation pour le moment.',
      },
      {
        vous: "J'utilise LinkedIn pour {goal}, avec des personnes que je connais bien. Or, {reason}, alors je décline votre invitation pour l'instant.",
        tu: "J'utilise LinkedIn pour {goal}, avec des personnes que je connais bien. Or, {reason}, alors je décline ton invitation pour l'instant.",
      },
      {
        vous: "Mon objectif sur LinkedIn est de {goal}, entre personnes qui se connaissent bien. Pardonnez-moi : {reason}, donc je décline votre invitation pour l'instant.",
        tu: "Mon objectif sur LinkedIn est de {goal}, entre personnes qui se connaissent bien. Pardonne-moi : {reason}, donc je décline ton invitation pour l'instant.",
      },
    ],
    openness: [
      'Merci de comprendre ma position. Cela dit, je reste disponible pour une rencontre ou des échanges dans les prochaines semaines ; pour cela, {channels} peut être plus approprié.',
      {
        vous: 'Je ne ferme pas la porte pour autant : écrivez-moi via {channels}, et voyons si une rencontre est possible dans les prochaines semaines.',
        tu: 'Je ne ferme pas la porte pour autant : écris-moi via {channels}, et voyons si une rencontre est possible dans les prochaines semaines.',
      },
      {
        vous: "Cela ne m'empêche pas d'échanger avec vous : vous pouvez me joindre via {channels}, et une rencontre dans les prochaines semaines reste possible.",
        tu: "Cela ne m'empêche pas d'échanger avec toi : tu peux me joindre via {channels}, et une rencontre dans les prochaines semaines reste possible.",
      },
    ],
    opennessAlone: [
      'Merci de comprendre ma position. Cela dit, je reste disponible pour une rencontre ou des échanges dans les prochaines semaines.',
      {
        vous: "Je ne ferme pas la porte pour autant : si l'occasion de nous rencontrer se présente dans les prochaines semaines, faites-moi signe.",
        tu: "Je ne ferme pas la porte pour autant : si l'occasion de nous rencontrer se présente dans les prochaines semaines, fais-moi signe.",
      },
      {
        vous: "Cela ne m'empêche pas d'échanger avec vous : une rencontre en personne dans les prochaines semaines reste tout à fait possible.",
        tu: "Cela ne m'empêche pas d'échanger avec toi : une rencontre en personne dans les prochaines semaines reste tout à fait possible.",
      },
    ],
    closing: ["Au plaisir d'échanger,", 'Au plaisir,', 'Bonne continuation,'],
  },
  short: {
    appreciation: {
      mutual: [
        "Merci d'avoir mentionné {mutual}.",
        {
          vous: 'Merci pour votre invitation de la part de {mutual}.',
          tu: 'Merci pour ton invitation de la part de {mutual}.',
        },
        "Merci pour l'invitation et pour la mention de {mutual}.",
      ],
      content: [
        "Merci d'avoir mentionné {content}.",
        {
          vous: 'Merci pour votre invitation qui évoque {content}.',
          tu: 'Merci pour ton invitation qui évoque {content}.',
        },
        "J'apprécie la mention de {content}.",
      ],
      personalized: [
        {
          vous: 'Merci pour votre message personnalisé, c’est rare.',
          tu: 'Merci pour ton message personnalisé, c’est rare.',
        },
        {
          vous: "Merci d'avoir personnalisé votre invitation.",
          tu: "Merci d'avoir personnalisé ton invitation.",
        },
        { vous: 'Votre note personnalisée m’a fait plaisir.', tu: 'Ta note personnalisée m’a fait plaisir.' },
      ],
      field: [
        {
          vous: 'Merci pour votre invitation ; nous partageons le domaine « {field} ».',
          tu: 'Merci pour ton invitation ; nous partageons le domaine « {field} ».',
        },
        "Merci pour l'invitation, entre gens du domaine « {field} ».",
        {
          vous: 'Merci de votre invitation : même domaine, « {field} ».',
          tu: 'Merci de ton invitation : même domaine, « {field} ».',
        },
      ],
      plain: [
        { vous: 'Merci pour votre invitation.', tu: 'Merci pour ton invitation.' },
        "Merci pour l'invitation.",
        { vous: "Je vous remercie de l'invitation.", tu: "Je te remercie de l'invitation." },
      ],
    },
    reason: [
      "Sur LinkedIn, mon objectif est de {goal}, alors je décline pour l'instant,",
      {
        vous: 'Je réserve LinkedIn à un but précis, {goal}, donc je décline votre invitation,',
        tu: 'Je réserve LinkedIn à un but précis, {goal}, donc je décline ton invitation,',
      },
      "J'utilise LinkedIn pour {goal}, donc je décline pour le moment,",
    ],
    reasonSharedPast: [
      {
        vous: "Je réserve LinkedIn aux personnes que je connais bien, et nous ne nous connaissons pas encore assez, alors je décline pour l'instant,",
        tu: "Je réserve LinkedIn aux personnes que je connais bien, et on ne se connaît pas encore assez, alors je décline pour l'instant,",
      },
      {
        vous: "Sur LinkedIn, je me limite aux personnes que je connais bien, ce qui n'est pas encore notre cas, donc je décline,",
        tu: "Sur LinkedIn, je me limite aux personnes que je connais bien, ce qui n'est pas encore notre cas, donc je décline,",
      },
      {
        vous: 'Je garde LinkedIn pour les personnes que je connais bien ; pardonnez-moi, je ne vous connais pas encore assez, donc je décline,',
        tu: 'Je garde LinkedIn pour les personnes que je connais bien ; pardonne-moi, je ne te connais pas encore assez, donc je décline,',
      },
    ],
    openness: [
      { vous: 'mais écrivez-moi via {channels}.', tu: 'mais écris-moi via {channels}.' },
      'mais je reste joignable via {channels}.',
      'mais on peut échanger via {channels}.',
    ],
    opennessAlone: [
      'mais je reste disponible pour une rencontre.',
      'mais une rencontre reste possible.',
      {
        vous: "mais n'hésitez pas à me proposer une rencontre.",
        tu: "mais n'hésite pas à me proposer une rencontre.",
      },
    ],
  },
  ask: {
    body: [
      {
        vous: "Avant d'accepter, j'aimerais savoir : comment puis-je vous être utile ?",
        tu: "Avant d'accepter, j'aimerais savoir : comment puis-je t'être utile ?",
      },
      {
        vous: 'Sur LinkedIn, mon objectif est de {goal}. Dites-moi : comment puis-je vous être utile ?',
        tu: "Sur LinkedIn, mon objectif est de {goal}. Dis-moi : comment puis-je t'être utile ?",
      },
      {
        vous: 'Pour mieux vous connaître, une question simple : comment puis-je vous être utile ?',
        tu: "Pour mieux te connaître, une question simple : comment puis-je t'être utile ?",
      },
    ],
    closing: [
      { vous: 'Au plaisir de vous lire,', tu: 'Au plaisir de te lire,' },
      'Au plaisir,',
      'Bonne journée,',
    ],
  },
  welcome: {
    body: [
      {
        vous: "C'est avec plaisir que j'accepte votre invitation. Mon objectif sur LinkedIn est de {goal} : n'hésitez pas à me dire comment je peux vous être utile.",
        tu: "C'est avec plaisir que j'accepte ton invitation. Mon objectif sur LinkedIn est de {goal} : n'hésite pas à me dire comment je peux t'être utile.",
      },
      {
        vous: 'Me voilà dans votre réseau, et vous dans le mien. Si je peux vous être utile, faites-moi signe.',
        tu: "Me voilà dans ton réseau, et toi dans le mien. Si je peux t'être utile, fais-moi signe.",
      },
      {
        vous: "J'ai accepté votre invitation avec plaisir. Au plaisir d'échanger, et pourquoi pas de nous rencontrer dans les prochaines semaines.",
        tu: "J'ai accepté ton invitation avec plaisir. Au plaisir d'échanger, et pourquoi pas de nous rencontrer dans les prochaines semaines.",
      },
    ],
    closing: ['À bientôt,', 'Au plaisir,', 'Bonne journée,'],
  },
  'follow-up': {
    body: [
      {
        vous: "Merci pour votre réponse et d'avoir précisé votre besoin ; c'est exactement ce qui rend un échange utile. Je vous propose d'en parler de vive voix dans les prochaines semaines : quelles sont vos disponibilités ?",
        tu: "Merci pour ta réponse et d'avoir précisé ton besoin ; c'est exactement ce qui rend un échange utile. Je te propose d'en parler de vive voix dans les prochaines semaines : quelles sont tes disponibilités ?",
      },
      {
        vous: "Je vous remercie d'avoir pris le temps de répondre et d'expliquer ce que vous cherchez. Voyons comment je peux vous aider ; une rencontre dans les prochaines semaines vous conviendrait-elle ?",
        tu: "Je te remercie d'avoir pris le temps de répondre et d'expliquer ce que tu cherches. Voyons comment je peux t'aider ; une rencontre dans les prochaines semaines te conviendrait-elle ?",
      },
      {
        vous: 'Merci pour ce retour clair et respectueux. Votre besoin m’intéresse : prenons un moment pour en discuter, idéalement en personne, dans les prochaines semaines.',
        tu: 'Merci pour ce retour clair et respectueux. Ton besoin m’intéresse : prenons un moment pour en discuter, idéalement en personne, dans les prochaines semaines.',
      },
    ],
    closing: ['Au plaisir,', 'À bientôt,', "Au plaisir d'échanger,"],
  },
  sharedPastReason: {
    vous: 'je ne vous connais pas encore assez bien, même si nos chemins se sont croisés',
    tu: 'je ne te connais pas encore assez bien, même si nos chemins se sont croisés',
  },
  channel: {
    twitter: 'mon compte Twitter ({value})',
    website: 'mon site ({value})',
    group: 'le groupe {value}',
    event: "l'événement {value}",
    email: 'mon courriel ({value})',
    other: '{value}',
  },
  or: ' ou ',
  noChannel: 'un message privé',
  content: {
    article: 'mon article',
    post: 'ma publication',
    talk: 'ma conférence',
    presentation: 'ma présentation',
    webinar: 'mon webinaire',
    podcast: 'mon balado',
    panel: 'mon panel',
    workshop: 'mon atelier',
    book: 'mon livre',
    video: 'ma vidéo',
    newsletter: 'mon infolettre',
  },
  about: 'sur',
  at: 'à',
} as const satisfies Templates;
