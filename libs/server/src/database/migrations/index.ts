import { InitialSchema1763776000000 } from './1763776000000-initialSchema';
import { OrganizerConsole1795322871986 } from './1795322871986-organizerConsole';
import { UnitAdminsScoreVisibility1796172200239 } from './1796172200239-unitAdminsScoreVisibility';
import { UnitsParticipation1796184130655 } from './1796184130655-unitsParticipation';
import { CollectivePrizes1796185888636 } from './1796185888636-collectivePrizes';
import { EarlierContests1796189334513 } from './1796189334513-earlierContests';
import { EntriesAndJudging1796218295718 } from './1796218295718-entriesAndJudging';
import { VotesPolicy1796528251966 } from './1796528251966-votesPolicy';
import { StageMembership1796531320997 } from './1796531320997-stageMembership';
import { StageWindowAndKind1796531614600 } from './1796531614600-stageWindowAndKind';
import { InitiativeEntries1796538121598 } from './1796538121598-initiativeEntries';
import { StageMoves1796542275676 } from './1796542275676-stageMoves';
import { TrackScope1796543675600 } from './1796543675600-trackScope';
import { LiveFinal1796546721445 } from './1796546721445-liveFinal';
import { Awards1796547353778 } from './1796547353778-awards';

/** Every migration, oldest first. A new one is added here by hand after it is generated. */
export const MIGRATIONS = [
  InitialSchema1763776000000,
  OrganizerConsole1795322871986,
  UnitAdminsScoreVisibility1796172200239,
  UnitsParticipation1796184130655,
  CollectivePrizes1796185888636,
  EarlierContests1796189334513,
  EntriesAndJudging1796218295718,
  VotesPolicy1796528251966,
  StageMembership1796531320997,
  StageWindowAndKind1796531614600,
  InitiativeEntries1796538121598,
  StageMoves1796542275676,
  TrackScope1796543675600,
  LiveFinal1796546721445,
  Awards1796547353778,
];
