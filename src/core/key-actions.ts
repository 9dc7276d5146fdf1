/**
 * The shape of every keyboard registry (the triage's, the network review's): an action's name, the
 * catalog key of its label and its keys. Front ends bind a `perform` per name in a table the compiler
 * checks for completeness; buttons, the help overlay and the terminal's help are drawn from the same
 * list, so keys and buttons cannot drift apart.
 */
export interface KeyAction<Name extends string = string> {
  readonly name: Name;
  readonly labelKey: string;
  readonly keys: readonly string[];
}

/** The action of a registry a key press names, if any (keys are matched exactly). */
export function keyActionFor<A extends KeyAction>(registry: readonly A[], key: string): A | undefined {
  return registry.find((action) => action.keys.includes(key));
}
