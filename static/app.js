// The few things the pages do with JavaScript; everything works without it.

// Filters stay open beside the results on a wide screen (the width at which app.css puts them
// there); narrower they wait behind their toggle so the results come first.
const wide = window.matchMedia("(min-width: 75rem)");
for (const panel of document.querySelectorAll("details[data-open-wide]")) {
  if (wide.matches) panel.open = true;
}

// The review queue: j and k move to the next and previous proposal (not while typing), and
// one button chooses every proposal on the page for rejecting them together.
const proposals = Array.from(document.querySelectorAll("article.candidate"));
if (proposals.length) {
  const current = () => {
    const inside = document.activeElement && document.activeElement.closest("article.candidate");
    if (inside) return proposals.indexOf(inside);
    const target = location.hash && document.getElementById(location.hash.slice(1));
    return target ? proposals.indexOf(target) : -1;
  };
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, select, textarea, button, [contenteditable]")) return;
    if (event.key !== "j" && event.key !== "k") return;
    const at = current();
    const to = event.key === "j" ? Math.min(at + 1, proposals.length - 1) : Math.max(at - 1, 0);
    proposals[to].focus();
    proposals[to].scrollIntoView({ block: "start" });
    event.preventDefault();
  });
  // Arriving at #k-… after a decision: that proposal has the focus, so Tab goes on from it.
  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target) target.focus();
}
for (const button of document.querySelectorAll("[data-select-all]")) {
  button.hidden = false;
  button.addEventListener("click", () => {
    for (const box of document.querySelectorAll("input[type=checkbox][form=bulk-form]")) {
      box.checked = true;
    }
  });
}

// The subscribe and settings forms say how many promises the chosen filters match now, as
// they change (without JavaScript, "Tel opnieuw" reloads the form with the count).
for (const box of document.querySelectorAll("[data-count-url]")) {
  const form = box.closest("form");
  const status = box.querySelector("[role=status]");
  const again = box.querySelector("[data-count-button]");
  if (!form || !status) continue;
  if (again) again.hidden = true;
  let timer = null;
  let asked = 0;
  const recount = () => {
    const data = new FormData(form);
    for (const name of ["csrf_token", "email", "version"]) data.delete(name);
    const query = new URLSearchParams(data).toString();
    const mine = ++asked;
    fetch(`${box.dataset.countUrl}?${query}`, { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer) => {
        if (answer && mine === asked) status.textContent = answer.text;
      })
      .catch(() => {});
  };
  form.addEventListener("change", () => {
    clearTimeout(timer);
    timer = setTimeout(recount, 250);
  });
  form.addEventListener("input", (event) => {
    if (event.target.matches("input[type=text]")) {
      clearTimeout(timer);
      timer = setTimeout(recount, 400);
    }
  });
}
