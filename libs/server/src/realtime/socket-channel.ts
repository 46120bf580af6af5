import type { Env } from '../config/env';

/** The Redis channel prefix shared by the api's socket.io adapter and the worker's emitter. */
export const socketChannel = (env: Pick<Env, 'REDIS_PREFIX'>) => `${env.REDIS_PREFIX}:socket.io`;
