export { ApiError, NetworkError, isApiError, isTransientError } from './api-error';
export { callApi, setUnauthorizedHandler } from './http';
export { queryKeys } from './query-keys';
