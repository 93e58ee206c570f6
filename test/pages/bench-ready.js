// Marks the moment every widget on the page has rendered.
const widgets = [...document.querySelectorAll('spine-compare, spine-timeline, spine-risks, spine-quiz')];
Promise.all(widgets.map((widget) => customElements.whenDefined(widget.localName).then(() => widget.updateComplete))).then(() => {
  window.renderedAt = performance.now();
});
