import { Logger } from '@nestjs/common';
import { WebSocketGateway, type OnGatewayConnection } from '@nestjs/websockets';
import type { Socket } from 'socket.io';

import { userRoom } from '@contest/contracts';

import { SESSION_COOKIE, SessionsService } from '../accounts/sessions.service';

/**
 * Browsers connect with their session cookie and are put in their own user's room; the worker
 * emits to that room through Redis, whichever api copy holds the socket.
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
    await socket.join(userRoom(user.id));
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
