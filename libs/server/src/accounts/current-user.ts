import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { Role } from '@contest/contracts';

/** Who made the request, as the session guard found them. */
export interface SessionUser {
  id: number;
  fullName: string;
  login: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  unitPath: string | null;
}

export type RequestWithUser = FastifyRequest & { user?: SessionUser };

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): SessionUser => ctx.switchToHttp().getRequest<RequestWithUser>().user!,
);
