/** Dispatches a `spine-*` event the way every widget does: bubbling, composed, typed detail. */
export function emit<T>(target: EventTarget, type: string, detail?: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable, detail }));
}
