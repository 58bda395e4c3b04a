// Starts the Health Cyber Pathways app. Every page is already rendered in the HTML, so the app
// starts after the page has loaded and painted: the WebAssembly never competes with the
// content for the network or the main thread. The build names the hashed wasm-bindgen glue and
// WebAssembly files in this script tag's data attributes; keeping the loader in a file lets the
// Content-Security-Policy forbid inline script.
//
// Framing: `frame-ancestors 'none'` only works as an HTTP header, which GitHub Pages and plain S3
// cannot send. On those hosts a page shown inside another site's frame (to trick clicks) empties
// itself here, before the person can act on it, and offers its own address instead.
const framed = (() => {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
})();
const tag = document.querySelector("script[data-wasm]");
async function start() {
  const { default: init } = await import(tag.dataset.js);
  await init({ module_or_path: tag.dataset.wasm });
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
} else if (document.readyState === "complete") {
  start();
} else {
  addEventListener("load", start, { once: true });
}
