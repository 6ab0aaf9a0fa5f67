export const SESSION_KEY = ['auth.me'] as const;
