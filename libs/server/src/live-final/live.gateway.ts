import { HttpException } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';

import {
  API_ERRORS,
  liveControlRoom,
  liveJoinSchema,
  liveRoom,
  SOCKET_EVENTS,
  isApiErrorCode,
  type ApiError,
  type ApiErrorCode,
  type LiveJoinAck,
  type SocketAck,
} from '@contest/contracts';

import { mayOrganize } from '../access/access-policy';
import type { SessionUser } from '../accounts/current-user';
import { LiveFinalService } from './live-final.service';

/**
 * A live final's rooms on the api's one socket.io server (the session is read by the events
 * gateway's middleware). Anyone may follow the hall's room, since the board holds only what the
 * organizer revealed; the join's answer is the board itself, so a projector that reloads or
 * reconnects shows the current state at once. The control room is for organizers.
 */
@WebSocketGateway({ path: '/socket.io', cors: false })
export class LiveGateway {
  constructor(private readonly live: LiveFinalService) {}

  @SubscribeMessage(SOCKET_EVENTS.liveJoin)
  async join(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<LiveJoinAck> {
    const parsed = liveJoinSchema.safeParse(body);
    if (!parsed.success) return refusal('bad_request');
    try {
      // Joined first, read after: a change between the two reaches the page either way.
      await socket.join(liveRoom(parsed.data.stageId));
      return { ok: true, board: await this.live.board(parsed.data.stageId) };
    } catch (error) {
      await socket.leave(liveRoom(parsed.data.stageId));
      const code = error instanceof HttpException ? (error.getResponse() as ApiError).code : '';
      if (isApiErrorCode(code)) return refusal(code);
      throw error;
    }
  }

  @SubscribeMessage(SOCKET_EVENTS.liveLeave)
  async leave(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    const parsed = liveJoinSchema.safeParse(body);
    if (!parsed.success) return refusal('bad_request');
    await socket.leave(liveRoom(parsed.data.stageId));
    return { ok: true };
  }

  @SubscribeMessage(SOCKET_EVENTS.liveControlJoin)
  async joinControl(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    if (!mayOrganize((socket.data as { user?: SessionUser }).user)) return refusal('forbidden');
    const parsed = liveJoinSchema.safeParse(body);
    if (!parsed.success) return refusal('bad_request');
    await socket.join(liveControlRoom(parsed.data.stageId));
    return { ok: true };
  }

  @SubscribeMessage(SOCKET_EVENTS.liveControlLeave)
  async leaveControl(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    const parsed = liveJoinSchema.safeParse(body);
    if (!parsed.success) return refusal('bad_request');
    await socket.leave(liveControlRoom(parsed.data.stageId));
    return { ok: true };
  }
}

const refusal = (code: ApiErrorCode): { ok: false; code: string; message: string } => ({
  ok: false,
  code,
  message: API_ERRORS[code],
});
