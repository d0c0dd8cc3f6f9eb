// Registers the service worker that keeps Candor working offline, and tells the app when a
// new version is ready. The switch happens only when the candidate agrees: the app shows a
// message and sends "candor-apply-update"; then the new worker takes over and the page
// reloads once, with every file from the new version.
if ("serviceWorker" in navigator) {
  let switching = false;
  const announce = () => {
    window.candorUpdateReady = true;
    window.dispatchEvent(new CustomEvent("candor-update-ready"));
  };
  navigator.serviceWorker
    .register("./sw.js")
    .then((registration) => {
      const watch = (worker) => {
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed" && navigator.serviceWorker.controller) announce();
        });
      };
      if (registration.waiting && navigator.serviceWorker.controller) announce();
      registration.addEventListener("updatefound", () => watch(registration.installing));
      window.addEventListener("candor-apply-update", () => {
        if (!registration.waiting) return;
        switching = true;
        registration.waiting.postMessage("activate-update");
      });
      // Look for a new version whenever the candidate comes back to the app.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") registration.update().catch(() => {});
      });
    })
    .catch(() => {
      // Without a service worker the app still works online; nothing to tell the candidate.
    });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (switching) {
      switching = false;
      window.location.reload();
    }
  });
}
