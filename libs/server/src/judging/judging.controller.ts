import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';

import {
  API_ROUTES,
  assignmentCreateSchema,
  autoAssignSchema,
  conflictDeclarationSchema,
  lockRequestSchema,
  advanceRequestSchema,
  stageCreateSchema,
  type AdvanceRequest,
  type AdvanceResult,
  type StageCreate,
  scoreSheetInputSchema,
  voteVoidSchema,
  type Assignment,
  type AssignmentBoard,
  type AssignmentCreate,
  type AutoAssign,
  type AutoAssignResult,
  type ConflictDeclaration,
  type Gallery,
  type JudgeEntry,
  type JudgeWork,
  type LockRequest,
  type ScoreSheetInput,
  type Stage,
  type StageResults,
  type VoteAudit,
  type VoteResult,
  type VoteVoid,
  type VoteVoidResult,
} from '@contest/contracts';

import { Public, Roles } from '../accounts/auth.guard';
import { CurrentUser, type RequestWithUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { ZodPipe } from '../http/zod.pipe';
import { AdvanceService } from './advance.service';
import { AssignmentsService } from './assignments.service';
import { GalleryService } from './gallery.service';
import { JudgeWorkService } from './judge-work.service';
import { StageResultsService } from './stage-results.service';
import { StagesService } from './stages.service';
import { VoteAuditService } from './vote-audit.service';

/** Assignments and the lock for organizers, score sheets for judges, the gallery and votes for everyone. */
@Controller()
export class JudgingController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly judges: JudgeWorkService,
    private readonly results: StageResultsService,
    private readonly gallery: GalleryService,
    private readonly voteAudit: VoteAuditService,
    private readonly stages: StagesService,
    private readonly advancing: AdvanceService,
  ) {}

  @Roles('organizer')
  @Get('stages/:stageId/votes')
  votes(@Param('stageId', IdPipe) stageId: number): Promise<VoteAudit> {
    return this.voteAudit.votes(stageId);
  }

  @Roles('organizer')
  @Post('stages/:stageId/votes/void')
  @HttpCode(API_ROUTES.voidVotes.status)
  voidVotes(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(voteVoidSchema)) body: VoteVoid,
  ): Promise<VoteVoidResult> {
    return this.voteAudit.voidVotes(user, stageId, body);
  }

  @Roles('organizer')
  @Get('stages/:stageId/assignments')
  assignmentBoard(@Param('stageId', IdPipe) stageId: number): Promise<AssignmentBoard> {
    return this.assignments.board(stageId);
  }

  @Roles('organizer')
  @Post('stages/:stageId/assignments/auto')
  @HttpCode(API_ROUTES.autoAssign.status)
  autoAssign(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(autoAssignSchema)) body: AutoAssign,
  ): Promise<AutoAssignResult> {
    return this.assignments.auto(user, stageId, body.judgesPerEntry, body.judgeIds);
  }

  @Roles('organizer')
  @Post('stages/:stageId/assignments')
  @HttpCode(API_ROUTES.addAssignment.status)
  addAssignment(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(assignmentCreateSchema)) body: AssignmentCreate,
  ): Promise<Assignment> {
    return this.assignments.add(user, stageId, body.entryId, body.judgeId);
  }

  @Roles('organizer')
  @Delete('stages/:stageId/assignments/:assignmentId')
  @HttpCode(API_ROUTES.removeAssignment.status)
  removeAssignment(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Param('assignmentId', IdPipe) assignmentId: number,
  ): Promise<void> {
    return this.assignments.remove(user, stageId, assignmentId);
  }

  @Roles('organizer')
  @Post('tracks/:trackId/stages')
  @HttpCode(API_ROUTES.addStage.status)
  addStage(
    @CurrentUser() user: SessionUser,
    @Param('trackId', IdPipe) trackId: number,
    @Body(new ZodPipe(stageCreateSchema)) body: StageCreate,
  ): Promise<Stage> {
    return this.stages.add(user, trackId, body.name, body.kind);
  }

  @Roles('organizer')
  @Post('stages/:stageId/advance')
  @HttpCode(API_ROUTES.advanceStage.status)
  advanceStage(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(advanceRequestSchema)) body: AdvanceRequest,
  ): Promise<AdvanceResult> {
    return this.advancing.advance(user, stageId, body);
  }

  @Roles('organizer')
  @Post('stages/:stageId/lock')
  @HttpCode(API_ROUTES.lockStage.status)
  lockStage(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(lockRequestSchema)) body: LockRequest,
  ): Promise<Stage> {
    return this.results.lock(user, stageId, body);
  }

  @Roles('organizer')
  @Post('stages/:stageId/publish')
  @HttpCode(API_ROUTES.publishStage.status)
  publishStage(@CurrentUser() user: SessionUser, @Param('stageId', IdPipe) stageId: number): Promise<Stage> {
    return this.results.publish(user, stageId);
  }

  @Public()
  @Get('stages/:stageId/results')
  stageResults(
    @Req() request: RequestWithUser,
    @Param('stageId', IdPipe) stageId: number,
  ): Promise<StageResults> {
    return this.results.results(request.user, stageId);
  }

  @Roles('judge')
  @Get('judging')
  judgeWork(@CurrentUser() user: SessionUser): Promise<JudgeWork> {
    return this.judges.work(user);
  }

  @Roles('judge')
  @Put('judging/assignments/:assignmentId/scores')
  scoreEntry(
    @CurrentUser() user: SessionUser,
    @Param('assignmentId', IdPipe) assignmentId: number,
    @Body(new ZodPipe(scoreSheetInputSchema)) body: ScoreSheetInput,
  ): Promise<JudgeEntry> {
    return this.judges.score(user, assignmentId, body);
  }

  @Roles('judge')
  @Post('judging/assignments/:assignmentId/conflict')
  @HttpCode(API_ROUTES.declareConflict.status)
  declareConflict(
    @CurrentUser() user: SessionUser,
    @Param('assignmentId', IdPipe) assignmentId: number,
    @Body(new ZodPipe(conflictDeclarationSchema)) body: ConflictDeclaration,
  ): Promise<JudgeEntry> {
    return this.judges.declareConflict(user, assignmentId, body.reason);
  }

  @Public()
  @Get('gallery/:trackId')
  galleryPage(@Req() request: RequestWithUser, @Param('trackId', IdPipe) trackId: number): Promise<Gallery> {
    return this.gallery.gallery(request.user, trackId);
  }

  @Post('entries/:entryId/vote')
  @HttpCode(API_ROUTES.vote.status)
  vote(
    @CurrentUser() user: SessionUser,
    @Req() request: RequestWithUser,
    @Param('entryId', IdPipe) entryId: number,
  ): Promise<VoteResult> {
    return this.gallery.vote(user, entryId, request.ip);
  }
}
