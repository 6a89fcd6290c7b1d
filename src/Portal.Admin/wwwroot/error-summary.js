// A form sent back with errors: move focus to its error summary, so that keyboard and screen-reader users land on
// the list of what to fix (each item links to its field) instead of the top of the page.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
});
