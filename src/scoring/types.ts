export type {
  AppliedScoreOptions,
  AssessmentPitfall,
  Band,
  BandThresholds,
  BerenschotScore,
  Disagreement,
  ExplainedIndicator,
  FactorExplanation,
  FactorScore,
  IndicatorScore,
  OverallScore,
  PartnerMean,
  SequenceWarning,
} from '../schema/BerenschotScore.js';

export type {
  AgreementEvidence,
  AmbitionEvidence,
  EventEvidence,
  InterestEvidence,
  MissingAgreementEvidence,
  MissingStakeholderEvidence,
  PartnerCountEvidence,
  PartnerEvidence,
  PitfallEvidence,
  PitfallFinding,
  StakeholderEvidence,
} from '../schema/PitfallFinding.js';
