/**
 * The texts of the self-assessment questionnaire in Dutch: its title and instructions, the labels of the answer
 * scale, the choice for "does not apply", the questions about the respondent, and the optional part on promoting and
 * hindering factors. The statements themselves are the catalogue's indicator questions (`Indicator.question`).
 */
export const nl = {
  /** The title of the questionnaire. */
  title: 'Zelfevaluatie samenwerking: de zes factoren van Berenschot',
  /** What the questionnaire is for and how to fill it in, for respondents. */
  instructions:
    'Deze vragenlijst gaat over hoe de samenwerking nu loopt, gezien vanuit uw eigen rol. De stellingen volgen de zes factoren van een geslaagde samenwerking uit het onderzoek van Berenschot. Geef bij elke stelling aan in hoeverre u het ermee eens bent. Er zijn geen goede of foute antwoorden: het gaat om uw eigen beeld. Kunt u een stelling niet beoordelen, of speelt het onderwerp in deze samenwerking niet, kies dan ‘weet ik niet / niet van toepassing’. Invullen kost ongeveer tien minuten.',
  /** Thanks shown after the last page. */
  completed: 'Dank u wel. Uw antwoorden zijn opgeslagen en tellen mee in de uitkomst van de zelfevaluatie.',
  /** The labels of the five points of the default answer scale, keyed by the value. */
  scale: {
    '1': 'Helemaal mee oneens',
    '2': 'Mee oneens',
    '3': 'Niet mee eens, niet mee oneens',
    '4': 'Mee eens',
    '5': 'Helemaal mee eens',
  },
  /** The choice that records no answer. */
  notApplicable: 'Weet ik niet / niet van toepassing',
  /** The question about the partner the respondent speaks for. */
  partnerLabel: 'Namens welke partner vult u deze vragenlijst in?',
  /** The explanation of the partner question. */
  partnerHelp:
    'Kies de organisatie waarvoor u in deze samenwerking spreekt. Zo is te zien waar de partners verschillend over denken.',
  /** The question about the respondent's role. */
  roleLabel: 'Wat is uw rol?',
  /** The explanation of the role question. */
  roleHelp: 'Kies de groep waartoe u behoort, bijvoorbeeld schooldirecteur of gemeenteraadslid. U mag dit leeg laten.',
  /** The question about the respondent's name. */
  nameLabel: 'Uw naam (niet verplicht)',
  /** The explanation of the name question. */
  nameHelp: 'Alleen nodig als u uw antwoorden later wilt terugvinden. Laat het leeg om zonder naam mee te doen.',
  /** The title of the part about the respondent. */
  respondentSection: 'Over u',
  /** The title of the optional part on promoting and hindering factors. */
  observationsTitle: 'Wat helpt en wat remt? (niet verplicht)',
  /** The instructions of the optional part on promoting and hindering factors. */
  observationsInstructions:
    'Geef voor elke factor aan hoe sterk die in uw samenwerking aanwezig is. De factoren die helpen en die remmen worden daarna tegen elkaar afgewogen.',
  /** The labels of the strengths of an observed factor, keyed by the strength. */
  strength: {
    '0': 'Niet aanwezig',
    '1': 'Een beetje',
    '2': 'Duidelijk',
    '3': 'Sterk',
  },
  /** Why the questionnaire has no scale of its own in the source, for the note on its sources. */
  sourceNote:
    'Het rapport van Berenschot geeft de zes factoren en hun valkuilen, maar geen vragenlijst of antwoordschaal. De stellingen zijn de indicatoren van de catalogus; de vijfpuntsschaal is de standaardschaal van een meting in deze bibliotheek.',
};

/** The texts of the questionnaire: the shape every language implements. */
export type QuestionnaireTextMessages = typeof nl;
