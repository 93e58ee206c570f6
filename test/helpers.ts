/** Records console.error and console.warn calls during a test, silencing them. */
export function captureConsole(): { errors: string[]; warnings: string[]; restore: () => void } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return {
    errors,
    warnings,
    restore: () => {
      console.error = error;
      console.warn = warn;
    },
  };
}

/** Collects the `detail` of every event of one type that reaches the document. */
export function collectEvents<T>(type: string): { details: T[]; stop: () => void } {
  const details: T[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<T>).detail);
  document.addEventListener(type, listener);
  return { details, stop: () => document.removeEventListener(type, listener) };
}

/** Visible text of a node, with runs of whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until a widget has applied its content, clinic overrides included, and rendered it. */
export async function settled<T extends HTMLElement & { updateComplete: Promise<boolean>; contentReady: Promise<void> }>(el: T): Promise<T> {
  await el.updateComplete;
  await el.contentReady;
  await el.updateComplete;
  return el;
}
