export {
  ApiError,
  NetworkError,
  isApiError,
  isTransientError,
  refusalText,
  setApiErrorLanguage,
} from './api-error';
export { callApi, routeUrl, setUnauthorizedHandler } from './http';
export { queryKeys } from './query-keys';
export { uploadFile } from './upload';
export { localizeImportProblem } from './error-text';
