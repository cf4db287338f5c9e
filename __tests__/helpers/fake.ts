/** Builds fake credential-shaped values at run time so the test sources hold no credential-shaped literal. */
export const fake = {
  accessKeyId: (seed = 'A') => `AKIA${'Q2R3S4T5U6V7W'.slice(0, 12)}${seed.repeat(4).slice(0, 4).toUpperCase()}`,
  secretKey: (seed = 'k') => `wJ8r${seed}Tz9Qp2LmN4vB6xC1yD3eF5gH7iJ0kL2mN4oP`.slice(0, 40),
  smtpPasswordV4: () => `BM${'xhUYlu5Z3gSXVQORxlVa7XPaz91aGWdfHxvkOZdWZ2'}`,
};
