export declare const CHROMIUM_ARGS: string[];
export declare function chromiumPath(): string;
export declare const median: (values: number[]) => number;
