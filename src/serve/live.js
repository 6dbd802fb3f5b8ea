// aikosite serve: reloads the page when the site changes, swaps stylesheets when only CSS
// changed, and shows content errors over the page. Injected by `aikosite serve` only.
(() => {
  "use strict";
  const OVERLAY = "aikosite-overlay";
  let generation = null;

  // The output path of this page: `/raahe/` → `raahe/index.html`.
  const here = () => {
    let p = decodeURIComponent(location.pathname).replace(/^\//, "");
    if (p === "" || p.endsWith("/")) p += "index.html";
    return p;
  };

  const showErrors = (status) => {
    // The words come from the server, in the editor's language (--messages, LANG).
    const L = status.labels || {};
    let box = document.getElementById(OVERLAY);
    if (!box) {
      box = document.createElement("div");
      box.id = OVERLAY;
      box.setAttribute("role", "alertdialog");
      box.setAttribute("aria-modal", "true");
      box.setAttribute("aria-labelledby", `${OVERLAY}-title`);
      box.tabIndex = -1;
      // A modal dialog: focus moves in, stays in (Tab), Escape closes it, and focus goes back.
      box.returnFocus = document.activeElement;
      box.addEventListener("keydown", (ev) => {
        if (ev.key === "Escape") {
          ev.preventDefault();
          closeErrors(box);
        } else if (ev.key === "Tab") {
          ev.preventDefault();
          box.querySelector("button")?.focus();
        }
      });
      box.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);" +
        "color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem;";
      document.body.appendChild(box);
    }
    box.textContent = "";
    const h = document.createElement("h2");
    h.id = `${OVERLAY}-title`;
    h.textContent =
      L.heading ||
      `aikosite: ${status.errors.length} error${status.errors.length === 1 ? "" : "s"} — the last good version is shown underneath`;
    h.style.cssText = "font-size:1.2rem;margin:0 0 1rem;color:#ffb4b4";
    box.appendChild(h);
    for (const e of status.errors) {
      const item = document.createElement("div");
      item.className = "aikosite-error";
      item.style.cssText = "margin:0 0 1.2rem;padding:.8rem 1rem;border-left:4px solid #ff6b6b;background:#2a2a2a";
      const where = document.createElement("div");
      where.className = "aikosite-error-location";
      where.textContent = e.location;
      where.style.cssText = "color:#9cdcfe";
      const msg = document.createElement("div");
      msg.className = "aikosite-error-message";
      msg.textContent = e.message;
      item.append(where, msg);
      if (e.help) {
        const help = document.createElement("div");
        help.textContent = `${L.help || "help"}: ${e.help}`;
        help.style.cssText = "color:#b5e0b5";
        item.appendChild(help);
      }
      box.appendChild(item);
    }
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = L.hide || "Hide (the errors stay in the terminal)";
    close.style.cssText = "font:inherit;padding:.4rem .8rem;cursor:pointer";
    close.addEventListener("click", () => closeErrors(box));
    box.appendChild(close);
    close.focus();
  };

  const closeErrors = (box) => {
    const back = box.returnFocus;
    box.remove();
    if (back && back.isConnected && typeof back.focus === "function") back.focus();
  };

  const hideErrors = () => {
    const box = document.getElementById(OVERLAY);
    if (box) closeErrors(box);
  };

  const swapCss = () => {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href);
      url.searchParams.set("aikosite", Date.now().toString());
      const next = link.cloneNode();
      next.href = url.toString();
      next.addEventListener("load", () => link.remove());
      next.addEventListener("error", () => link.remove());
      link.after(next);
    }
  };

  const source = new EventSource("/__aikosite/events");
  source.addEventListener("hello", (ev) => {
    const status = JSON.parse(ev.data);
    // Reconnected after a rebuild we did not hear about (or a restart): catch up.
    if (generation !== null && status.generation !== generation) location.reload();
    generation = status.generation;
    window.__aikositeLive = generation; // connected (tests wait for this)
    if (status.ok) hideErrors();
    else showErrors(status);
  });
  source.addEventListener("errors", (ev) => {
    const status = JSON.parse(ev.data);
    generation = status.generation;
    showErrors(status);
  });
  source.addEventListener("ok", (ev) => {
    generation = JSON.parse(ev.data).generation;
    hideErrors();
  });
  source.addEventListener("css", (ev) => {
    generation = JSON.parse(ev.data).generation;
    swapCss();
  });
  source.addEventListener("reload", (ev) => {
    const change = JSON.parse(ev.data);
    generation = change.generation;
    const page = here();
    // Reload when this page changed, or a file it may use (a stylesheet, an image, a script) did.
    const used = /\.(css|m?js|png|jpe?g|webp|avif|gif|svg|ico|woff2?)$/i;
    if (change.changed.some((p) => p === page || used.test(p))) location.reload();
  });
})();
