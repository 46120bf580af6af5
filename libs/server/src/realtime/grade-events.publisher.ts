import { Injectable } from '@nestjs/common';
import type { Emitter } from '@socket.io/redis-emitter';

import { SOCKET_EVENTS, userRoom, type AttemptGradedEvent } from '@contest/contracts';

import { InjectEmitter } from './socket-emitter';

/** Lets the worker push events to browsers through whichever api copy holds their socket. */
@Injectable()
export class GradeEventsPublisher {
  constructor(@InjectEmitter() private readonly emitter: Emitter) {}

  attemptGraded(userId: number, event: AttemptGradedEvent): void {
    this.emitter.to(userRoom(userId)).emit(SOCKET_EVENTS.attemptGraded, event);
  }
}
