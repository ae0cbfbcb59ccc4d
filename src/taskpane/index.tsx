import { createRoot } from "react-dom/client";
import { App } from "./components/App";

function render() {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
}

// Inside Office wait for Office.js; opened in a plain browser, show the pane anyway.
if (typeof Office !== "undefined") {
  Office.onReady(render);
} else {
  render();
}
