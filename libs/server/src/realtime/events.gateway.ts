import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';

import {
  API_ERRORS,
  dashboardJoinSchema,
  dashboardRoom,
  SOCKET_EVENTS,
  unitJoinSchema,
  unitRoom,
  unitsBoardJoinSchema,
  unitsBoardRoom,
  userRoom,
  type ApiErrorCode,
  type SocketAck,
} from '@contest/contracts';

import { mayFollowUnits, mayOrganize, maySeeUnit } from '../access/access-policy';
import type { SessionUser } from '../accounts/current-user';
import { sessionTokenOf, SessionsService } from '../accounts/sessions.service';
import { Sql } from '../database/sql';

/**
 * Browsers connect with their session cookie and are put in their own user's room; the worker
 * emits to that room through Redis, whichever api copy holds the socket. Organizers may also
 * join a round's dashboard room, unit admins their units' rooms, and anyone the public board. The session is checked in a middleware, which socket.io runs to
 * the end before the connection exists: no event is ever handled for a socket still being checked.
 */
@WebSocketGateway({ path: '/socket.io', cors: false })
export class EventsGateway implements OnGatewayInit {
  private readonly logger = new Logger(EventsGateway.name);

  constructor(
    private readonly sessions: SessionsService,
    private readonly sql: Sql,
  ) {}

  afterInit(server: Server): void {
    server.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
  }

  /**
   * A socket with a valid session joins its user's room; one without stays anonymous, and may
   * only follow the public board of units (a hall projector signs nobody in).
   */
  private async authenticate(socket: Socket): Promise<void> {
    const token = sessionTokenOf(socket.handshake.headers.cookie);
    if (!token) return;
    const user = await this.sessions.resolve(token).catch((error) => {
      this.logger.warn(`socket session lookup failed: ${(error as Error).message}`);
      return null;
    });
    if (!user) return;
    (socket.data as { user?: SessionUser }).user = user;
    await socket.join(userRoom(user.id));
  }

  @SubscribeMessage(SOCKET_EVENTS.unitsBoardJoin)
  async joinUnitsBoard(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    const parsed = unitsBoardJoinSchema.safeParse(body);
    if (!parsed.success) return refusal('bad_request');
    await socket.join(unitsBoardRoom(parsed.data.contestId));
    return { ok: true };
  }

  @SubscribeMessage(SOCKET_EVENTS.unitsBoardLeave)
  async leaveUnitsBoard(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    const parsed = unitsBoardJoinSchema.safeParse(body);
    if (!parsed.success) return refusal('bad_request');
    await socket.leave(unitsBoardRoom(parsed.data.contestId));
    return { ok: true };
  }

  @SubscribeMessage(SOCKET_EVENTS.dashboardJoin)
  async joinDashboard(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    const room = this.dashboardRoomFor(socket, body);
    if (typeof room !== 'string') return room;
    await socket.join(room);
    return { ok: true };
  }

  @SubscribeMessage(SOCKET_EVENTS.dashboardLeave)
  async leaveDashboard(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    const room = this.dashboardRoomFor(socket, body);
    if (typeof room !== 'string') return room;
    await socket.leave(room);
    return { ok: true };
  }

  /** A unit admin follows units of their own subtree; an organizer any unit. */
  @SubscribeMessage(SOCKET_EVENTS.unitJoin)
  async joinUnit(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    const room = await this.unitRoomFor(socket, body);
    if (typeof room !== 'string') return room;
    await socket.join(room);
    return { ok: true };
  }

  @SubscribeMessage(SOCKET_EVENTS.unitLeave)
  async leaveUnit(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    const parsed = unitJoinSchema.safeParse(body);
    if (!parsed.success) return refusal('bad_request');
    await socket.leave(unitRoom(parsed.data.unitId));
    return { ok: true };
  }

  private async unitRoomFor(socket: Socket, body: unknown): Promise<string | SocketAck> {
    const user = (socket.data as { user?: SessionUser }).user;
    if (!mayFollowUnits(user)) return refusal('forbidden');
    const parsed = unitJoinSchema.safeParse(body);
    if (!parsed.success) return refusal('bad_request');
    const [unit] = await this.sql.query<{ path: string }>(
      'socket-unit-path',
      'SELECT path FROM units WHERE id = $1',
      [parsed.data.unitId],
    );
    if (!unit) return refusal('unit_not_found');
    if (!maySeeUnit(user, unit)) return refusal('unit_out_of_scope');
    return unitRoom(parsed.data.unitId);
  }

  private dashboardRoomFor(socket: Socket, body: unknown): string | SocketAck {
    const user = (socket.data as { user?: SessionUser }).user;
    if (!mayOrganize(user)) return refusal('dashboard_organizers_only');
    const parsed = dashboardJoinSchema.safeParse(body);
    if (!parsed.success) return refusal('dashboard_needs_round');
    return dashboardRoom(parsed.data.roundId);
  }
}

const refusal = (code: ApiErrorCode): SocketAck => ({ ok: false, code, message: API_ERRORS[code] });
