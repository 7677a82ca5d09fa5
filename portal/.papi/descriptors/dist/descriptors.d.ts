export declare const Medrec: Record<string, object>;
