// Starts the Health Cyber Pathways app. Every page is already rendered in the HTML, so the app
// starts after the page has loaded and painted: the WebAssembly never competes with the
// content for the network or the main thread. The build names the hashed wasm-bindgen glue and
// WebAssembly files in this script tag's data attributes; keeping the loader in a file lets the
// Content-Security-Policy forbid inline script.
//
// Framing: `frame-ancestors 'none'` only works as an HTTP header, which GitHub Pages and plain S3
// cannot send. On those hosts a page shown inside another site's frame (to trick clicks) empties
// itself here, before the person can act on it, and offers its own address instead.
//
// Offline: once the app has started, the loader registers the build's service worker (sw.js, at
// the base path beside this file), which keeps the shell, the bundles and the pages and data
// already visited for use without a network. Only pages that start the app do so (not the
// preview of `cargo xtask serve`, not a framed page), and a browser without service workers, or
// one that refuses them (file://, some private modes), simply goes without. When a new deploy's
// worker takes over a page an older one was serving, the page says so and offers a reload.
const framed = (() => {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
})();
const tag = document.querySelector("script[data-wasm]");
async function start() {
  try {
    const { default: init } = await import(tag.dataset.js);
    await init({ module_or_path: tag.dataset.wasm });
  } finally {
    registerWorker();
  }
}
// The service worker container, or null where there is none or reading it is refused (storage
// blocked throws a SecurityError).
function serviceWorkers() {
  try {
    return navigator.serviceWorker ?? null;
  } catch {
    return null;
  }
}
function registerWorker() {
  const workers = serviceWorkers();
  if (!workers) return;
  const base = new URL(".", import.meta.url);
  try {
    workers.register(new URL("sw.js", base), { scope: base.pathname }).catch(() => {});
  } catch {
    // No service worker here: the site works online as before.
  }
}
function announceUpdate() {
  if (document.getElementById("hcp-update")) return;
  const notice = document.createElement("aside");
  notice.id = "hcp-update";
  notice.className = "update-notice";
  notice.setAttribute("aria-label", "Site update");
  const wrap = document.createElement("div");
  wrap.className = "wrap";
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  const reload = document.createElement("button");
  reload.type = "button";
  reload.className = "primary";
  reload.textContent = "Reload";
  reload.addEventListener("click", () => location.reload());
  wrap.append(status, reload);
  notice.append(wrap);
  const skip = document.querySelector(".skip-link");
  if (skip) skip.after(notice);
  else document.body.prepend(notice);
  // Filled once in the page, so that screen readers announce it.
  requestAnimationFrame(() => {
    status.textContent = "A new version of Health Cyber Pathways was installed. Reload to use it.";
  });
}
if (framed) {
  const link = document.createElement("a");
  link.href = location.href;
  link.target = "_top";
  link.rel = "noopener";
  link.textContent = "This page was shown inside another site. Open Health Cyber Pathways at its own address.";
  const main = document.createElement("main");
  main.append(link);
  document.body.replaceChildren(main);
} else {
  // Served by an installed version: a change of worker from now on is a new deploy taking over.
  const workers = serviceWorkers();
  if (tag && workers?.controller) {
    workers.addEventListener("controllerchange", announceUpdate, { once: true });
  }
  if (document.readyState === "complete") start();
  else addEventListener("load", start, { once: true });
}
