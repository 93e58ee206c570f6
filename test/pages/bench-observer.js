// Collects long main-thread tasks from the start of the page.
window.longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });

// Marks the moment the browser has laid out and painted what the page holds now: the frame after
// the next animation frame. The bench reads it from our page and from the static floor alike.
window.markPainted = () =>
  requestAnimationFrame(() =>
    setTimeout(() => {
      window.paintedAt = performance.now();
      console.info('spine-widgets: painted');
    }),
  );
