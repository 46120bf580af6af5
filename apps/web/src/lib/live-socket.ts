import { io, type Socket } from 'socket.io-client';

/**
 * The one way a page opens its live connection. WebSocket only: behind the load balancer, which
 * sends each request to any api copy (round robin, no stickiness), long-polling's handshake and
 * its later requests could land on different copies and fail; a WebSocket is one connection to
 * one copy, and Redis carries every event to it from the others.
 */
export function openLiveSocket(): Socket {
  return io({ path: '/socket.io', withCredentials: true, transports: ['websocket'] });
}
