// Enhancements only: every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // The story's filters apply as soon as a choice changes.
  const filters = document.querySelector("form.filters");
  if (filters) {
    for (const select of filters.querySelectorAll("select")) {
      select.addEventListener("change", () => filters.requestSubmit());
    }
  }
  // An article opened from a citation shows the cited sentence.
  const chosen = document.querySelector("mark.cited.chosen");
  if (chosen) {
    chosen.scrollIntoView({ block: "center" });
  }
});
