import { AttemptAnswerEntity } from '../attempts/attempt-answer.entity';
import { AttemptEntity } from '../attempts/attempt.entity';
import { SessionEntity } from '../accounts/session.entity';
import { UserEntity } from '../accounts/user.entity';
import { ContestEntity } from '../rounds/contest.entity';
import { QuestionEntity } from '../rounds/question.entity';
import { RoundEntity } from '../rounds/round.entity';
import { UnitEntity } from '../units/unit.entity';

export const ENTITIES = [
  UnitEntity,
  UserEntity,
  SessionEntity,
  ContestEntity,
  QuestionEntity,
  RoundEntity,
  AttemptEntity,
  AttemptAnswerEntity,
];
