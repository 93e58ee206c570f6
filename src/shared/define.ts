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
    console.warn(`spine-widgets: <${tag}> is already defined, probably by another copy of spine-widgets on this page. The first copy is used.`);
  }
}
