// Starts the Health Cyber Pathways app. The build names the hashed wasm-bindgen glue and
// WebAssembly files in this script tag's data attributes; keeping the loader in a file lets the
// Content-Security-Policy forbid inline script.
const tag = document.querySelector("script[data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
