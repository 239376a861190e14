// Names the seeder gives and the benchmarks log in with.
export const BENCH_PASSWORD = 'bench-password-2709';

/** 17 regional offices (the capital, two cities of republican significance, 14 regions), 10 offices below each. */
export const REGIONS = 17;
export const DISTRICTS_PER_REGION = 10;

export const regionCode = (region: number) => `R${String(region).padStart(2, '0')}`;
export const regionHeadLogin = (region: number) => `${regionCode(region).toLowerCase()}.head`;
