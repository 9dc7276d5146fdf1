// nlp.js ships no type declarations; tools/peers.ts describes the little it uses.
declare module '@nlpjs/core-loader' {
  export function containerBootstrap(): Promise<{
    use(plugin: unknown): void;
    get(name: string, settings?: object): unknown;
    registerConfiguration(tag: string, configuration: object): void;
  }>;
}
declare module '@nlpjs/nlp' {
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}
declare module '@nlpjs/lang-fr' {
  export const LangFr: unknown;
}
