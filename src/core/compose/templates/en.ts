import type { Templates } from '../types.js';

/** English: one register. */
export const en = {
  greeting: {
    named: ['Hi {firstName},', 'Hello {firstName},', 'Dear {firstName},'],
    anonymous: ['Hello,', 'Hi,', 'Hi there,'],
  },
  decline: {
    appreciation: {
      mutual: [
        'Thank you for your invitation, and for mentioning {mutual}.',
        'I appreciate that you named {mutual} in your invitation; that context helps.',
        'Thanks for reaching out and mentioning {mutual}; context like that helps a lot.',
      ],
      content: [
        'Thank you for your invitation, and for mentioning {content}.',
        'I appreciated that you mentioned {content} in your invitation.',
        'Thanks for your invitation and for your mention of {content}.',
      ],
      personalized: [
        'First of all, thank you for personalizing your message. Too few people do.',
        'Thank you for taking the time to write a personal note; it is rare, and I appreciate it.',
        'I appreciate the personal note with your invitation; not many people take the trouble.',
      ],
      field: [
        'Thank you for your invitation; I see we share an interest in {field}.',
        'Thanks for the invitation; it is always good to come across someone else in {field}.',
        'Thank you for reaching out; your profile, like mine, touches on {field}.',
      ],
      plain: [
        'Thank you for your invitation.',
        'Thanks for your connection request.',
        'Thank you for thinking of me for your network.',
      ],
    },
    reason: [
      'I am reviewing my LinkedIn connections, because my goal there is to {goal}. For now, {reason}, so I am declining your invitation.',
      'On LinkedIn, my goal is to {goal}. Since {reason}, I prefer to decline your invitation for now.',
      'I use LinkedIn for one purpose: to {goal}. As {reason}, I am declining your invitation for the time being.',
    ],
    reasonSharedPast: [
      'My goal on LinkedIn is to {goal}, so I keep it for people I know well. Since {reason}, I prefer to decline your invitation for now.',
      'On LinkedIn, I try to {goal}, which means connecting only with people I know well. As {reason}, I am declining your invitation for the time being.',
      'I use LinkedIn for one purpose: to {goal}, with people I know well. Forgive me: {reason}, so I am declining your invitation for now.',
    ],
    openness: [
      'Thank you for understanding my position. That said, I remain open to meeting or exchanging in the coming weeks; for that, {channels} may be more suitable.',
      'This does not close the door: write to me via {channels}, and let us see whether we can meet in the coming weeks.',
      'That does not stop us from talking: you can reach me via {channels}, and a meeting in the coming weeks is quite possible.',
    ],
    opennessAlone: [
      'Thank you for understanding my position. That said, I remain open to meeting or exchanging in the coming weeks.',
      'This does not close the door: if a chance to meet comes up in the coming weeks, let me know.',
      'That does not stop us from talking: meeting in person in the coming weeks is quite possible.',
    ],
    closing: ['Looking forward to talking,', 'All the best,', 'Kind regards,'],
  },
  short: {
    appreciation: {
      mutual: [
        'Thanks for mentioning {mutual}.',
        'Thank you for the invitation and the mention of {mutual}.',
        'I appreciated the mention of {mutual}.',
      ],
      content: [
        'Thanks for mentioning {content}.',
        'Thank you for your note about {content}.',
        'I appreciated the mention of {content}.',
      ],
      personalized: [
        'Thanks for the personal note; too few people write one.',
        'Thank you for personalizing your invitation.',
        'Your personal note was much appreciated.',
      ],
      field: [
        'Thanks for the invitation; we share an interest in {field}.',
        'Thank you for the invitation from a fellow {field} profile.',
        'Thanks for reaching out; I see {field} on your profile too.',
      ],
      plain: [
        'Thank you for your invitation.',
        'Thanks for the invitation.',
        'Thanks for your connection request.',
      ],
    },
    reason: [
      'On LinkedIn, my goal is to {goal}, so I am declining for now,',
      'I keep LinkedIn for one purpose, to {goal}, so I am declining,',
      'I use LinkedIn to {goal}, so I am declining for now,',
    ],
    reasonSharedPast: [
      'I keep LinkedIn for people I know well, and we do not know each other well enough yet, so I am declining for now,',
      'On LinkedIn I connect only with people I know well, which is not yet our case, so I am declining,',
      'I keep LinkedIn for people I know well; forgive me, I do not know you well enough yet, so I am declining,',
    ],
    openness: [
      'but feel free to write to me via {channels}.',
      'but I remain reachable via {channels}.',
      'but we can talk via {channels}.',
    ],
    opennessAlone: [
      'but I remain open to meeting in person.',
      'but a meeting remains possible.',
      'but feel free to suggest a meeting.',
    ],
  },
  ask: {
    body: [
      'Before accepting, I would like to know: how can I be useful to you?',
      'On LinkedIn, my goal is to {goal}. Tell me: how can I be useful to you?',
      'To get to know you better, one simple question: how can I be useful to you?',
    ],
    closing: ['Looking forward to hearing from you,', 'Best regards,', 'Have a good day,'],
  },
  welcome: {
    body: [
      'I am glad to accept your invitation. My goal on LinkedIn is to {goal}: feel free to tell me how I can be useful to you.',
      'Here we are, connected. If I can be useful to you, let me know.',
      'I accepted your invitation with pleasure. Looking forward to talking, and perhaps to meeting in the coming weeks.',
    ],
    closing: ['See you soon,', 'All the best,', 'Have a good day,'],
  },
  'follow-up': {
    body: [
      'Thank you for your reply and for stating what you need; that is exactly what makes an exchange useful. Shall we talk it over in person in the coming weeks? What would suit you?',
      'Thank you for taking the time to answer and explain what you are looking for. Let us see how I can help; would a meeting in the coming weeks work for you?',
      'Thank you for this clear and respectful reply. Your need interests me: let us take a moment to discuss it, ideally in person, in the coming weeks.',
    ],
    closing: ['All the best,', 'See you soon,', 'Looking forward to talking,'],
  },
  sharedPastReason: 'I do not know you well enough yet, even if our paths have crossed',
  channel: {
    twitter: 'my Twitter account ({value})',
    website: 'my website ({value})',
    group: 'the {value} group',
    event: 'the {value} event',
    email: 'my email ({value})',
    other: '{value}',
  },
  or: ' or ',
  noChannel: 'a private message',
  content: {
    article: 'my article',
    post: 'my post',
    talk: 'my talk',
    presentation: 'my presentation',
    webinar: 'my webinar',
    podcast: 'my podcast',
    panel: 'my panel',
    workshop: 'my workshop',
    book: 'my book',
    video: 'my video',
    newsletter: 'my newsletter',
  },
  about: 'on',
  at: 'at',
} as const satisfies Templates;
