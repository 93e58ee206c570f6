let warned = false;

/**
 * Registers a custom element once. If the tag is already taken (this bundle loaded twice, or
 * another version of it), keeps the first definition and warns once; never throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned) {
    warned = true;
    console.warn(`spine-widgets: <${tag}> is already defined (by another copy of spine-widgets?); keeping the first.`);
  }
}

/** Runs each step in a task of its own. A message, unlike a timer, is not slowed in a background tab. */
export function inTurn(steps: Array<() => void>): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    steps.shift()?.();
    if (steps.length) channel.port2.postMessage(null);
    else channel.port1.close();
  };
  channel.port2.postMessage(null);
}
