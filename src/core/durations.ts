/** Milliseconds in a day: dates are compared as epoch milliseconds throughout. */
export const DAY = 86_400_000;
