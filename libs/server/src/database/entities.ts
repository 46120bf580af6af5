import { AttemptAnswerEntity } from '../attempts/attempt-answer.entity';
import { AttemptEntity } from '../attempts/attempt.entity';
import { SessionEntity } from '../accounts/session.entity';
import { UserEntity } from '../accounts/user.entity';
import { ContestEntity } from '../rounds/contest.entity';
import { QuestionEntity } from '../rounds/question.entity';
import { RoundEntity } from '../rounds/round.entity';
import { RosterEntryEntity } from '../units/roster-entry.entity';
import { UnitHeadcountEntity } from '../units/unit-headcount.entity';
import { UnitEntity } from '../units/unit.entity';
import { RoundParticipantEntity } from '../stats/round-participant.entity';
import { UnitRoundStatEntity } from '../stats/unit-round-stat.entity';
import { CollectiveResultEntity } from '../stats/collective-result.entity';
import { EarlierContestEntity } from '../stats/earlier-contest.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ExportChunkEntity, ExportEntity } from '../exports/export.entity';
import { AttemptOverrideEntity } from '../organizer/attempt-override.entity';
import { QuestionStatEntity } from '../results/question-stat.entity';
import { RoundResultEntity } from '../results/round-result.entity';
import { AttachmentEntity, EntryEntity, EntryFileEntity } from '../entries/entry.entity';
import { RegisterEntryEntity } from '../originality/register-entry.entity';
import { CriterionEntity, StageEntity } from '../judging/stage.entity';
import { TrackEntity } from '../entries/track.entity';
import { LiveFinalEntity, LivePartWindowEntity } from '../live-final/live-final.entity';
import { InteractionCountEntity, TrackResultEntity } from '../awards/awards.entity';
import {
  AssignmentEntity,
  ScoreEntity,
  StageEntryEntity,
  StageMoveEntity,
  StageResultEntity,
  VoteEntity,
} from '../judging/judging.entity';

export const ENTITIES = [
  UnitEntity,
  UserEntity,
  SessionEntity,
  ContestEntity,
  QuestionEntity,
  RoundEntity,
  AttemptEntity,
  AttemptAnswerEntity,
  AttemptOverrideEntity,
  RoundResultEntity,
  QuestionStatEntity,
  AuditEntryEntity,
  ExportEntity,
  ExportChunkEntity,
  UnitHeadcountEntity,
  RosterEntryEntity,
  RoundParticipantEntity,
  UnitRoundStatEntity,
  CollectiveResultEntity,
  EarlierContestEntity,
  TrackEntity,
  StageEntity,
  LiveFinalEntity,
  LivePartWindowEntity,
  InteractionCountEntity,
  TrackResultEntity,
  CriterionEntity,
  EntryEntity,
  EntryFileEntity,
  AttachmentEntity,
  RegisterEntryEntity,
  AssignmentEntity,
  ScoreEntity,
  StageEntryEntity,
  StageMoveEntity,
  VoteEntity,
  StageResultEntity,
];
