import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import {
  API_ROUTES,
  entryInputSchema,
  screeningDecisionSchema,
  stageSettingsSchema,
  stageWindowSchema,
  trackCreateSchema,
  trackSettingsSchema,
  type Entry,
  type EntryInput,
  type MyEntries,
  type ScreeningDecision,
  type ScreeningList,
  type Stage,
  type StageSettings,
  type StageWindow,
  type Track,
  type TrackCreate,
  type TrackList,
  type TrackSettings,
} from '@contest/contracts';

import { Public, Roles } from '../accounts/auth.guard';
import { CurrentUser, type RequestWithUser, type SessionUser } from '../accounts/current-user';
import { IdPipe } from '../http/id.pipe';
import { ZodPipe } from '../http/zod.pipe';
import { EntriesService } from './entries.service';
import { EntryMediaService } from './entry-media.service';
import { ScreeningService } from './screening.service';
import { TracksService } from './tracks.service';
import { StagesService } from '../judging/stages.service';

/** The call for entries, entrants' own entries, their media, and organizers' screening. */
@Controller()
export class EntriesController {
  constructor(
    private readonly tracks: TracksService,
    private readonly stages: StagesService,
    private readonly entries: EntriesService,
    private readonly media: EntryMediaService,
    private readonly screening: ScreeningService,
  ) {}

  @Public()
  @Get('tracks')
  async listTracks(): Promise<TrackList> {
    return { items: await this.tracks.listAll() };
  }

  @Roles('organizer')
  @Get('contests/:contestId/tracks')
  async contestTracks(@Param('contestId', IdPipe) contestId: number): Promise<TrackList> {
    return { items: await this.tracks.listForContest(contestId) };
  }

  @Roles('organizer')
  @Post('contests/:contestId/tracks')
  @HttpCode(API_ROUTES.createTrack.status)
  createTrack(
    @CurrentUser() user: SessionUser,
    @Param('contestId', IdPipe) contestId: number,
    @Body(new ZodPipe(trackCreateSchema)) body: TrackCreate,
  ): Promise<Track> {
    return this.tracks.create(user, contestId, body);
  }

  @Public()
  @Get('tracks/:trackId')
  getTrack(@Param('trackId', IdPipe) trackId: number): Promise<Track> {
    return this.tracks.track(trackId);
  }

  @Roles('organizer')
  @Put('tracks/:trackId')
  updateTrack(
    @CurrentUser() user: SessionUser,
    @Param('trackId', IdPipe) trackId: number,
    @Body(new ZodPipe(trackSettingsSchema)) body: TrackSettings,
  ): Promise<Track> {
    return this.tracks.update(user, trackId, body);
  }

  @Roles('organizer')
  @Put('stages/:stageId')
  updateStage(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(stageSettingsSchema)) body: StageSettings,
  ): Promise<Stage> {
    return this.stages.updateStage(user, stageId, body);
  }

  @Roles('organizer')
  @Put('stages/:stageId/window')
  updateStageWindow(
    @CurrentUser() user: SessionUser,
    @Param('stageId', IdPipe) stageId: number,
    @Body(new ZodPipe(stageWindowSchema)) body: StageWindow,
  ): Promise<Stage> {
    return this.stages.updateWindow(user, stageId, body);
  }

  @Get('tracks/:trackId/my-entries')
  myEntries(@CurrentUser() user: SessionUser, @Param('trackId', IdPipe) trackId: number): Promise<MyEntries> {
    return this.entries.mine(user, trackId);
  }

  @Roles('unit_admin', 'participant')
  @Post('tracks/:trackId/entries')
  @HttpCode(API_ROUTES.createEntry.status)
  createEntry(
    @CurrentUser() user: SessionUser,
    @Param('trackId', IdPipe) trackId: number,
    @Body(new ZodPipe(entryInputSchema)) body: EntryInput,
  ): Promise<Entry> {
    return this.entries.create(user, trackId, body);
  }

  @Get('entries/:entryId')
  getEntry(@CurrentUser() user: SessionUser, @Param('entryId', IdPipe) entryId: number): Promise<Entry> {
    return this.media.entry(user, entryId);
  }

  @Roles('unit_admin', 'participant')
  @Put('entries/:entryId')
  updateEntry(
    @CurrentUser() user: SessionUser,
    @Param('entryId', IdPipe) entryId: number,
    @Body(new ZodPipe(entryInputSchema)) body: EntryInput,
  ): Promise<Entry> {
    return this.entries.update(user, entryId, body);
  }

  @Roles('unit_admin', 'participant')
  @Post('entries/:entryId/withdraw')
  @HttpCode(API_ROUTES.withdrawEntry.status)
  withdrawEntry(@CurrentUser() user: SessionUser, @Param('entryId', IdPipe) entryId: number): Promise<Entry> {
    return this.entries.withdraw(user, entryId);
  }

  @Public()
  @Get('entries/:entryId/video')
  async entryVideo(
    @Req() request: RequestWithUser,
    @Param('entryId', IdPipe) entryId: number,
    @Headers('range') range: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.media.send(request.user, entryId, 'video', range, reply);
  }

  @Public()
  @Get('entries/:entryId/thumbnail')
  async entryThumbnail(
    @Req() request: RequestWithUser,
    @Param('entryId', IdPipe) entryId: number,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.media.send(request.user, entryId, 'thumbnail', undefined, reply);
  }

  @Roles('organizer')
  @Get('tracks/:trackId/screening')
  screeningList(@Param('trackId', IdPipe) trackId: number): Promise<ScreeningList> {
    return this.screening.list(trackId);
  }

  @Roles('organizer')
  @Post('entries/:entryId/screening')
  @HttpCode(API_ROUTES.screenEntry.status)
  screenEntry(
    @CurrentUser() user: SessionUser,
    @Param('entryId', IdPipe) entryId: number,
    @Body(new ZodPipe(screeningDecisionSchema)) body: ScreeningDecision,
  ): Promise<Entry> {
    return this.screening.decide(user, entryId, body);
  }
}
