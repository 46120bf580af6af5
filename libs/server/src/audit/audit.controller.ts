import { Controller, Get, Query } from '@nestjs/common';

import { auditQuerySchema, type AuditPage, type AuditQuery } from '@contest/contracts';

import { Roles } from '../accounts/auth.guard';
import { ZodPipe } from '../http/zod.pipe';
import { AuditService } from './audit.service';

@Controller('audit')
@Roles('organizer')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  list(@Query(new ZodPipe(auditQuerySchema)) query: AuditQuery): Promise<AuditPage> {
    return this.audit.list(query);
  }
}
