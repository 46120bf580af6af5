export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  history: '/history',
  myUnit: '/my-unit',
  attempt: (attemptId: number) => `/attempts/${attemptId}`,
  result: (attemptId: number) => `/attempts/${attemptId}/result`,
};
