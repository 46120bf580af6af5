import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import {
  unitAdminAddSchema,
  type UnitAdminAdd,
  type UnitAdmins,
  API_ROUTES,
  rosterImportQuerySchema,
  unitCreateSchema,
  unitHeadcountSchema,
  unitImportQuerySchema,
  unitMergeSchema,
  unitPeopleQuerySchema,
  unitSearchQuerySchema,
  unitTreeQuerySchema,
  unitUpdateSchema,
  type Roster,
  type RosterImportQuery,
  type RosterImportReport,
  type UnitCreate,
  type UnitHeadcountInput,
  type UnitImportQuery,
  type UnitImportReport,
  type UnitMerge,
  type UnitMergeResult,
  type UnitNode,
  type UnitPeople,
  type UnitSearchQuery,
  type UnitSearchResponse,
  type UnitTree,
  type UnitUpdate,
} from '@contest/contracts';

import { Public, Roles } from '../accounts/auth.guard';
import { CurrentUser, type SessionUser } from '../accounts/current-user';
import { requireFileBody } from '../http/file-body';
import { IdPipe } from '../http/id.pipe';
import { sendXlsx } from '../http/send-file';
import { ZodPipe } from '../http/zod.pipe';
import { RosterService } from './roster.service';
import { rosterWorkbook, unitTreeWorkbook } from './unit-sheets';
import { UnitAdminsService } from './unit-admins.service';
import { UnitPeopleService } from './unit-people.service';
import { UnitTreeService } from './unit-tree.service';
import { UnitsService } from './units.service';

@Controller('units')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly tree: UnitTreeService,
    private readonly rosters: RosterService,
    private readonly people: UnitPeopleService,
    private readonly admins: UnitAdminsService,
  ) {}

  @Roles('organizer')
  @Get(':unitId/admins')
  unitAdmins(@Param('unitId', IdPipe) unitId: number): Promise<UnitAdmins> {
    return this.admins.list(unitId);
  }

  @Roles('organizer')
  @Post(':unitId/admins')
  @HttpCode(API_ROUTES.addUnitAdmin.status)
  addUnitAdmin(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Body(new ZodPipe(unitAdminAddSchema)) body: UnitAdminAdd,
  ): Promise<UnitAdmins> {
    return this.admins.add(user, unitId, body.login);
  }

  @Roles('organizer')
  @Delete(':unitId/admins/:userId')
  @HttpCode(API_ROUTES.removeUnitAdmin.status)
  removeUnitAdmin(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Param('userId', IdPipe) userId: number,
  ): Promise<UnitAdmins> {
    return this.admins.remove(user, unitId, userId);
  }

  @Public()
  @Get()
  async search(
    @Query(new ZodPipe(unitSearchQuerySchema)) query: UnitSearchQuery,
  ): Promise<UnitSearchResponse> {
    return { items: await this.units.search(query.q, query.limit) };
  }

  @Roles('organizer')
  @Get('tree')
  unitTree(@Query(new ZodPipe(unitTreeQuerySchema)) query: { contestId: number }): Promise<UnitTree> {
    return this.tree.tree(query.contestId);
  }

  @Roles('organizer')
  @Post()
  @HttpCode(API_ROUTES.createUnit.status)
  create(
    @CurrentUser() user: SessionUser,
    @Body(new ZodPipe(unitCreateSchema)) body: UnitCreate,
  ): Promise<UnitNode> {
    return this.tree.create(user.id, body);
  }

  @Roles('organizer')
  @Put(':unitId')
  update(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Body(new ZodPipe(unitUpdateSchema)) body: UnitUpdate,
  ): Promise<UnitNode> {
    return this.tree.update(user.id, unitId, body);
  }

  @Roles('organizer')
  @Put(':unitId/headcount')
  headcount(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Body(new ZodPipe(unitHeadcountSchema)) body: UnitHeadcountInput,
  ): Promise<UnitNode> {
    return this.tree.setHeadcount(user.id, unitId, body.contestId, body.headcount);
  }

  @Roles('organizer')
  @Post(':unitId/merge')
  @HttpCode(API_ROUTES.mergeUnit.status)
  merge(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Body(new ZodPipe(unitMergeSchema)) body: UnitMerge,
  ): Promise<UnitMergeResult> {
    return this.tree.merge(user.id, unitId, body.intoUnitId);
  }

  /** The file is the raw body (application/octet-stream), as for the question import. */
  @Roles('organizer')
  @Post('import')
  @HttpCode(API_ROUTES.importUnits.status)
  import(
    @CurrentUser() user: SessionUser,
    @Query(new ZodPipe(unitImportQuerySchema)) query: UnitImportQuery,
    @Body() file: unknown,
  ): Promise<UnitImportReport> {
    return this.tree.import(user.id, query, requireFileBody(file));
  }

  @Roles('organizer')
  @Get('template')
  async template(@Res() reply: FastifyReply): Promise<void> {
    await sendXlsx(reply, 'mau-cay-don-vi.xlsx', Buffer.from(await unitTreeWorkbook([]).xlsx.writeBuffer()));
  }

  @Roles('organizer')
  @Get('export')
  async export(
    @Query(new ZodPipe(unitTreeQuerySchema)) query: { contestId: number },
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const book = unitTreeWorkbook(await this.tree.rowsForSheet(query.contestId));
    await sendXlsx(
      reply,
      `cay-don-vi-cuoc-thi-${query.contestId}.xlsx`,
      Buffer.from(await book.xlsx.writeBuffer()),
    );
  }

  @Roles('unit_admin', 'organizer')
  @Get('roster-template')
  async rosterTemplate(@CurrentUser() user: SessionUser, @Res() reply: FastifyReply): Promise<void> {
    const subUnits = user.unitId ? await this.units.subtreeUnits(user.unitId) : [];
    await sendXlsx(
      reply,
      'mau-danh-sach-can-bo.xlsx',
      Buffer.from(await rosterWorkbook(subUnits).xlsx.writeBuffer()),
    );
  }

  @Roles('unit_admin', 'organizer')
  @Get(':unitId/roster')
  roster(@CurrentUser() user: SessionUser, @Param('unitId', IdPipe) unitId: number): Promise<Roster> {
    return this.rosters.roster(user, unitId);
  }

  @Roles('unit_admin', 'organizer')
  @Post(':unitId/roster')
  @HttpCode(API_ROUTES.importRoster.status)
  importRoster(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Query(new ZodPipe(rosterImportQuerySchema)) query: RosterImportQuery,
    @Body() file: unknown,
  ): Promise<RosterImportReport> {
    return this.rosters.import(user, unitId, query, requireFileBody(file));
  }

  @Roles('unit_admin', 'organizer')
  @Get(':unitId/people')
  unitPeople(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Query(new ZodPipe(unitPeopleQuerySchema)) query: { roundId: number },
  ): Promise<UnitPeople> {
    return this.people.people(user, unitId, query.roundId);
  }

  @Roles('unit_admin', 'organizer')
  @Get(':unitId/people/xlsx')
  async unitPeopleXlsx(
    @CurrentUser() user: SessionUser,
    @Param('unitId', IdPipe) unitId: number,
    @Query(new ZodPipe(unitPeopleQuerySchema)) query: { roundId: number },
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { book, name } = await this.people.workbook(user, unitId, query.roundId);
    await sendXlsx(reply, `${name}.xlsx`, Buffer.from(await book.xlsx.writeBuffer()));
  }
}
