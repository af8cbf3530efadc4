// The few things the pages do with JavaScript; everything works without it.

// Filters stay open beside the results on a wide screen; on a phone they wait behind their
// toggle so the results come first.
const wide = window.matchMedia("(min-width: 48rem)");
for (const panel of document.querySelectorAll("details[data-open-wide]")) {
  if (wide.matches) panel.open = true;
}
