import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
} from '@nestjs/websockets';
import type { Socket } from 'socket.io';

import {
  dashboardJoinSchema,
  dashboardRoom,
  SOCKET_EVENTS,
  userRoom,
  type SocketAck,
} from '@contest/contracts';

import type { SessionUser } from '../accounts/current-user';
import { SESSION_COOKIE, SessionsService } from '../accounts/sessions.service';

/**
 * Browsers connect with their session cookie and are put in their own user's room; the worker
 * emits to that room through Redis, whichever api copy holds the socket. Organizers may also
 * join a round's dashboard room.
 */
@WebSocketGateway({ path: '/socket.io', cors: false })
export class EventsGateway implements OnGatewayConnection {
  private readonly logger = new Logger(EventsGateway.name);

  constructor(private readonly sessions: SessionsService) {}

  async handleConnection(socket: Socket): Promise<void> {
    const token = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
    const user = await this.sessions.resolve(token).catch((error) => {
      this.logger.warn(`socket session lookup failed: ${(error as Error).message}`);
      return null;
    });
    if (!user) {
      socket.emit('error', { message: 'Vui lòng đăng nhập' });
      socket.disconnect(true);
      return;
    }
    (socket.data as { user?: SessionUser }).user = user;
    await socket.join(userRoom(user.id));
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

  private dashboardRoomFor(socket: Socket, body: unknown): string | SocketAck {
    const user = (socket.data as { user?: SessionUser }).user;
    if (user?.role !== 'organizer') return { ok: false, message: 'Chỉ ban tổ chức xem được bảng theo dõi' };
    const parsed = dashboardJoinSchema.safeParse(body);
    if (!parsed.success) return { ok: false, message: 'Thiếu mã vòng thi (roundId)' };
    return dashboardRoom(parsed.data.roundId);
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
