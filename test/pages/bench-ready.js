// Marks the moment every widget on the page has rendered its DOM, then the moment that DOM is
// painted. The bench listens for the console line instead of polling the page, which would run
// script of its own in the page while it renders.
const widgets = [...document.querySelectorAll('spine-compare, spine-timeline, spine-risks, spine-quiz')];
Promise.all(widgets.map((widget) => customElements.whenDefined(widget.localName).then(() => widget.updateComplete))).then(() => {
  window.renderedAt = performance.now();
  window.markPainted();
});
