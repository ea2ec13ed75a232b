/**
 * The domains a factor can belong to, in the order reports list them; `FactorCategory` is derived from it.
 *
 * @category Catalogue
 */
export const factorCategories = [
  'financieel',
  'organisatorisch',
  'wet-en-regelgeving',
  'relationeel',
  'cultureel',
  'inhoudelijk',
  'context',
] as const;

/**
 * The ids of every bevorderende or belemmerende factor, in catalogue order: the 24 factors of the
 * Overlegraad PO-VO first, then the factors added from the other sources, then the 24 success factors
 * of the Berenschot portraits in portrait order.
 *
 * @category Catalogue
 */
export const factorIds = [
  'ervaren-urgentie',
  'bevlogenheid-inhoudelijk-doel',
  'inspiratie-goede-voorbeelden',
  'samenwerken-leidt-tot-samenwerken',
  'afgebakende-samenwerkingsregio',
  'benchmarks-kennisdeling',
  'gedeelde-visie',
  'elkaar-kennen-en-gunnen',
  'open-leercultuur',
  'investeren-in-relatie',
  'bestuurlijke-moed',
  'organisatie-van-samenwerking',
  'wet-en-regelgeving',
  'concurrentiedenken',
  'cultuurverschillen',
  'gebrek-geld-en-tijd',
  'schaal-en-niveauverschillen',
  'institutionalisering-verbanden',
  'administratiesystemen',
  'leerlingenvervoer',
  'weerstand-medewerkers',
  'bekostigingssystematiek',
  'persoonlijke-relatie',
  'behoudende-besturen',
  'tijd-om-te-groeien',
  'betrokkenheid-alle-niveaus',
  'nuttig-voor-alle-partijen',
  'coordinator-kartrekker',
  'gelijkwaardigheid',
  'vaste-partners-korte-lijnen',
  'gebouw-delen',
  'personeel-gedeelde-visie',
  'externen-doorlopend-betrekken',
  'informeel-contact',
  'leerling-centraal',
  'elkaars-expertise-benutten',
  'klein-beginnen',
  'creativiteit-en-flexibiliteit',
  'maatwerk-geen-blauwdruk',
  'externe-ondersteuning',
  'ouders-informeren',
  'zorg-om-eigen-identiteit',
  'tegenstrijdige-belangen',
  'onzekere-financiering',
  'tijd-en-roosterinpassing',
  'administratieve-lasten',
  'privacyregels',
  'regels-personeelsinzet',
  'fusietoets-als-drempel',
  'bestuurlijke-inrichting',
  'vrijblijvendheid',
  'wisseling-sleutelfiguren',
  'plichtmatig-overleg',
  'verdeling-schaarse-middelen',
  'decentralisatie-jeugdzorg',
  'beperkte-steun-zorginstellingen',
  'beperkte-steun-ocw',
  'toezicht-inspectie',
  'spreiding-thuisnabijheid',
  'huisvestingsvragen',
  'personeelstekort',
  'werkdruk',
  'ontbrekende-docentcompetenties',
  'opgelegde-samenwerking',
  'geen-verbindende-visie',
  'economisch-klimaat',
  'sterke-bestuurlijke-ambitie',
  'schooldirecteuren-positie-geven',
  'lef-voordat-alles-geregeld',
  'gedeeld-vergezicht-huisvesting',
  'gelijke-behandeling-besturen',
  'gezamenlijke-personele-inzet',
  'verder-kijken-dan-eigen-belang',
  'iedereen-aan-tafel',
  'regie-uit-handen-geven',
  'katalyserende-subsidie',
  'toegankelijk-gemeentebestuur',
  'nabijheid-sleutelspelers',
  'vertrouwen-en-verantwoordelijkheid',
  'veelvuldig-contact',
  'oplossingen-zonder-politiek',
  'gezamenlijk-doel-onderwijs-behouden',
  'over-gemeentegrenzen-kijken',
  'intensief-contact',
  'eigen-belangen-opzij',
  'gezamenlijk-eigenaarschap',
  'perspectieven-en-scenarios-delen',
  'vaste-aanspreekpunten',
  'snel-contact',
  'win-winfactoren-benoemen',
] as const;

/**
 * The id of a bevorderende or belemmerende factor.
 *
 * @category Catalogue
 */
export type FactorId = (typeof factorIds)[number];
