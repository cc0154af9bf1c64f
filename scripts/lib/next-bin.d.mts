export function nextCommand(args: string[]): [string, string[]];
