// Starts the Health Cyber Pathways app. Every page is already rendered in the HTML, so the app
// starts after the page has loaded and painted: the WebAssembly never competes with the
// content for the network or the main thread. The build names the hashed wasm-bindgen glue and
// WebAssembly files in this script tag's data attributes; keeping the loader in a file lets the
// Content-Security-Policy forbid inline script.
const tag = document.querySelector("script[data-wasm]");
async function start() {
  const { default: init } = await import(tag.dataset.js);
  await init({ module_or_path: tag.dataset.wasm });
}
if (document.readyState === "complete") {
  start();
} else {
  addEventListener("load", start, { once: true });
}
