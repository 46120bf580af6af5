import { Injectable } from '@nestjs/common';
import type { Emitter } from '@socket.io/redis-emitter';

import { liveControlRoom, liveRoom, SOCKET_EVENTS, type LiveBoard } from '@contest/contracts';

import { InjectEmitter } from '../realtime/socket-emitter';

/**
 * Pushes a live final's changes through Redis, so every api copy's sockets hear them: the hall
 * (projector, judges' phones) gets the whole board, the control screens a nudge to refetch.
 * Changes are an organizer's clicks and judges' sheets, a few a second at most: no throttle.
 */
@Injectable()
export class LivePublisher {
  constructor(@InjectEmitter() private readonly emitter: Emitter) {}

  board(board: LiveBoard): void {
    this.emitter.to(liveRoom(board.stageId)).emit(SOCKET_EVENTS.liveBoard, board);
  }

  changed(stageId: number, version: number): void {
    this.emitter.to(liveControlRoom(stageId)).emit(SOCKET_EVENTS.liveChanged, { stageId, version });
  }
}
