// Placeholder until the commands land; replaced in the next commits.
export async function main(argv: string[]): Promise<number> {
  console.error(`sitrep: not yet implemented: ${argv.join(' ')}`);
  return 2;
}
