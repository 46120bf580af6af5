import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import {
  API_ROUTES,
  loginRequestSchema,
  registerRequestSchema,
  type LoginRequest,
  type MeResponse,
  type RegisterRequest,
} from '@contest/contracts';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { cookieSecure } from '../http/request-guards';
import { ZodPipe } from '../http/zod.pipe';
import { AccountsService, toUserView } from './accounts.service';
import { Public } from './auth.guard';
import { CurrentUser, type SessionUser } from './current-user';
import { RateLimitService } from './rate-limit.service';
import { SESSION_COOKIE, SessionsService } from './sessions.service';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly rateLimits: RateLimitService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Public()
  @Post('register')
  @HttpCode(API_ROUTES.register.status)
  async register(
    @Body(new ZodPipe(registerRequestSchema)) body: RegisterRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    await this.rateLimits.consume([
      {
        key: `register:ip:${request.ip}`,
        max: this.env.RATE_REGISTER_PER_IP,
        windowSeconds: this.env.RATE_REGISTER_WINDOW_SECONDS,
      },
    ]);
    const userId = await this.accounts.register(body);
    return this.signIn(userId, request, reply);
  }

  @Public()
  @Post('login')
  @HttpCode(API_ROUTES.login.status)
  async login(
    @Body(new ZodPipe(loginRequestSchema)) body: LoginRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    const windowSeconds = this.env.RATE_LOGIN_WINDOW_SECONDS;
    // Guessing one account is bounded per IP; the all-IPs ceiling is far higher, so a stranger
    // failing from their own address never locks the owner out of theirs.
    const limits = [
      {
        key: `login:account-ip:${body.login}:${request.ip}`,
        max: this.env.RATE_LOGIN_PER_ACCOUNT,
        windowSeconds,
      },
      { key: `login:account:${body.login}`, max: this.env.RATE_LOGIN_PER_ACCOUNT_ALL_IPS, windowSeconds },
      { key: `login:ip:${request.ip}`, max: this.env.RATE_LOGIN_PER_IP, windowSeconds },
    ];
    await this.rateLimits.consume(limits);
    const userId = await this.accounts.authenticate(body);
    // Only failures count: an office signing in at a round's start behind one address is no attack.
    await this.rateLimits.refund(limits);
    return this.signIn(userId, request, reply);
  }

  @Public()
  @Post('logout')
  @HttpCode(API_ROUTES.logout.status)
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = request.cookies?.[SESSION_COOKIE];
    if (token) await this.sessions.close(token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  me(@CurrentUser() user: SessionUser): MeResponse {
    return { user: toUserView(user) };
  }

  private async signIn(userId: number, request: FastifyRequest, reply: FastifyReply): Promise<MeResponse> {
    const { token, expiresAt } = await this.sessions.open(userId);
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: cookieSecure(this.env.COOKIE_SECURE, request.hostname),
      path: '/',
      expires: expiresAt,
    });
    const user = await this.sessions.resolve(token);
    return { user: toUserView(user!) };
  }
}
