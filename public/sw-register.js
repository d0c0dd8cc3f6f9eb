// Chromium-based browsers offer to install a site as an app with this event; Candor keeps it
// for its own "Install Candor" button on the Data screen (the app shows it only then), and
// forgets it once installed.
window.addEventListener("beforeinstallprompt", (event) => {
  event.preventDefault();
  window.candorInstall = event;
  window.dispatchEvent(new CustomEvent("candor-installable"));
});
window.addEventListener("appinstalled", () => {
  window.candorInstall = undefined;
  window.dispatchEvent(new CustomEvent("candor-installable"));
});

// Registers the service worker that keeps Candor working offline, and tells the app when a
// new version is ready. The switch happens only when the candidate agrees: the app shows a
// message and sends "candor-apply-update"; then the new worker takes over and the page
// reloads once, with every file from the new version.
//
// Once the app is running and the page is idle, it asks the worker to keep the rest of this
// version (the screens not opened yet) for offline use, and says when that is done.
if ("serviceWorker" in navigator) {
  const warm = () => {
    const idle = window.requestIdleCallback ?? ((callback) => setTimeout(callback, 200));
    idle(() => navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage("warm")));
  };
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data === "ready-offline") {
      window.candorReadyOffline = true;
      window.dispatchEvent(new CustomEvent("candor-ready-offline"));
    }
  });
  let switching = false;
  const announce = () => {
    window.candorUpdateReady = true;
    window.dispatchEvent(new CustomEvent("candor-update-ready"));
  };
  // Registered once the app runs, so that the worker's own downloads never slow the first.
  const register = () =>
    navigator.serviceWorker.register("./sw.js").then((registration) => {
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
      // The app asks when part of it cannot be fetched: a new deploy may have replaced it.
      window.addEventListener("candor-check-update", () => registration.update().catch(() => {}));
      // Look for a new version whenever the candidate comes back to the app.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") registration.update().catch(() => {});
      });
    });
  // Whatever could not be kept offline (no connection) is fetched once the device is back.
  window.addEventListener("online", () => {
    if (!window.candorReadyOffline) warm();
  });
  const start = () =>
    register()
      .then(warm)
      .catch(() => {
        // Without a service worker the app still works online; nothing to tell the candidate.
      });
  if (window.candorStarted) start();
  else window.addEventListener("candor-started", start, { once: true });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (switching) {
      switching = false;
      window.location.reload();
    }
  });
}
