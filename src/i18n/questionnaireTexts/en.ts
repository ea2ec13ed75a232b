import type { QuestionnaireTextMessages } from './nl.js';

/** The texts of the self-assessment questionnaire, in English. */
export const en: QuestionnaireTextMessages = {
  title: 'Collaboration self-assessment: the six Berenschot factors',
  instructions:
    'This questionnaire is about how the collaboration is going now, as you see it from your own role. The statements follow the six factors of successful collaboration from the Berenschot study. For each statement, say how far you agree with it. There are no right or wrong answers: what counts is your own view. If you cannot judge a statement, or its subject plays no part in this collaboration, choose ‘don’t know / not applicable’. It takes about ten minutes.',
  completed: 'Thank you. Your answers have been saved and count towards the outcome of the self-assessment.',
  scale: {
    '1': 'Strongly disagree',
    '2': 'Disagree',
    '3': 'Neither agree nor disagree',
    '4': 'Agree',
    '5': 'Strongly agree',
  },
  notApplicable: 'Don’t know / not applicable',
  partnerLabel: 'Which partner are you answering for?',
  partnerHelp:
    'Choose the organisation you speak for in this collaboration. This shows where the partners see things differently.',
  roleLabel: 'What is your role?',
  roleHelp: 'Choose the group you belong to, for example school leader or council member. You may leave this empty.',
  nameLabel: 'Your name (optional)',
  nameHelp: 'Only needed if you want to find your answers again later. Leave it empty to take part without a name.',
  respondentSection: 'About you',
  observationsTitle: 'What helps and what holds back? (optional)',
  observationsInstructions:
    'For each factor, say how strongly it is present in your collaboration. The factors that help and those that hold back are then weighed against each other.',
  strength: {
    '0': 'Not present',
    '1': 'A little',
    '2': 'Clearly',
    '3': 'Strongly',
  },
  sourceNote:
    'The Berenschot report gives the six factors and their pitfalls, but no questionnaire or answer scale. The statements are the indicators of the catalogue; the five-point scale is the default scale of an assessment in this library.',
};
