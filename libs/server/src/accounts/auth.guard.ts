import { CanActivate, ExecutionContext, HttpStatus, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import type { Role } from '@contest/contracts';

import { apiError, forbidden } from '../http/api-error';
import type { RequestWithUser } from './current-user';
import { SESSION_COOKIE, SessionsService } from './sessions.service';

const ACCESS = 'access';
type Access = 'public' | 'signed-in' | Role[];

/** Who may call a route; routes without it are signed-in only. */
export const Access = (access: Access) => SetMetadata(ACCESS, access);
export const Public = () => Access('public');
export const Roles = (...roles: Role[]) => Access(roles);

/** Global guard: resolves the session cookie, then checks the route's access rule. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const access =
      this.reflector.getAllAndOverride<Access>(ACCESS, [ctx.getHandler(), ctx.getClass()]) ?? 'signed-in';
    const request = ctx.switchToHttp().getRequest<RequestWithUser>();
    const token = request.cookies?.[SESSION_COOKIE];
    request.user = (await this.sessions.resolve(token)) ?? undefined;
    if (access === 'public') return true;
    if (!request.user) throw apiError(HttpStatus.UNAUTHORIZED, 'unauthenticated');
    if (access !== 'signed-in' && !access.includes(request.user.role)) {
      throw forbidden();
    }
    return true;
  }
}
