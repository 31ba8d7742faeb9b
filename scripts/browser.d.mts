export declare const CHROMIUM_ARGS: string[];
export declare function chromiumPath(): string;
export declare const median: (values: number[]) => number;
export declare function runBounded(options: {
  name: string;
  timeLimitMs: number;
  main: () => Promise<number>;
  cleanUp: () => Promise<void>;
}): Promise<never>;
