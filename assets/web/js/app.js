// Starts the page: opens the browser's store, loads the language, wires the flow to the hub
// and draws the screen again whenever the flow changes.
"use strict";

(function () {
  const regions = {
    topbar: document.getElementById("topbar"),
    notices: document.getElementById("notices"),
    screen: document.getElementById("screen"),
  };
  const announcer = document.getElementById("announce");
  const drawn = { topbar: "", notices: "", screen: "" };
  let shown = { screen: null, index: -1, announcement: 0 };
  let fingerDown = false;
  let pending = null;

  function roomFromLink() {
    const room = new URLSearchParams(location.search).get("room");
    return room ? room.trim().slice(0, 32) : "";
  }

  // A region is replaced only when it looks different: what the person is touching or
  // reading stays put while acknowledgements and connection news come in.
  function update(name, nodes) {
    const holder = document.createElement("div");
    DP.dom.replaceChildren(holder, nodes);
    if (holder.innerHTML === drawn[name]) return false;
    drawn[name] = holder.innerHTML;
    DP.dom.replaceChildren(regions[name], Array.prototype.slice.call(holder.childNodes));
    return true;
  }

  function render(flow) {
    // Never between a finger's press and release: the tap would land on a replaced button.
    if (fingerDown) {
      pending = flow;
      return;
    }
    const t = DP.i18n.translator(flow.language);
    const root = document.documentElement;
    root.lang = flow.language;
    root.dir = DP.i18n.isRtl(flow.language) ? "rtl" : "ltr";
    const focusedId = document.activeElement && document.activeElement.id;
    const screen = flow.visibleScreen();
    const redrawn = [
      update("topbar", DP.views.topbar(flow, t)),
      update("notices", DP.views.notices(flow, t)),
      update("screen", DP.views[screen](flow, t)),
    ].some(Boolean);
    const moved = screen !== shown.screen || (screen === "rating" && flow.rating.index !== shown.index);
    // A new screen or statement: a screen reader starts reading at its heading.
    const target = moved && shown.screen !== null ? regions.screen.querySelector("h1") : document.getElementById(focusedId);
    if (target && (moved || (redrawn && focusedId))) {
      target.focus();
      if (target.tagName === "INPUT" && target.type === "text") {
        target.setSelectionRange(target.value.length, target.value.length);
      }
    }
    if (flow.announcement.count !== shown.announcement && flow.announcement.key) {
      const spoken = {
        savedOnDevice: t("savedOnDevice"),
        allArrived: t("allArrived"),
        offline: t("offlineTitle"),
        online: t("connected"),
      };
      announcer.textContent = spoken[flow.announcement.key] || "";
    }
    shown = { screen: screen, index: flow.rating.index, announcement: flow.announcement.count };
  }

  document.addEventListener("pointerdown", function () { fingerDown = true; }, true);
  ["pointerup", "pointercancel"].forEach(function (type) {
    document.addEventListener(type, function () {
      fingerDown = false;
      // After the click that follows the release.
      setTimeout(function () {
        if (pending && !fingerDown) render(pending);
        pending = null;
      }, 0);
    }, true);
  });

  // Before any string is loaded only this can be said, in both languages.
  function fail(error) {
    console.error("Dialogpunkte:", error);
    DP.dom.replaceChildren(regions.screen, DP.dom.el("div", { class: "notice problem", role: "alert" }, [
      DP.dom.el("p", {}, "Dieser Browser kann die Antworten nicht speichern. Bitte öffnen Sie den Link in einem anderen Browser oder außerhalb des privaten Modus."),
      DP.dom.el("p", {}, "This browser cannot store the answers. Please open the link in another browser or outside private mode."),
      DP.dom.el("p", { class: "small" }, String(error && error.message || error)),
    ]));
  }

  function start() {
    const browserLanguage = DP.i18n.preferred(navigator.languages || [navigator.language]);
    let store;
    return DP.Store.open(window.indexedDB).then(function (opened) {
      store = opened;
      return store.settings();
    }).then(function (settings) {
      const language = DP.i18n.isSupported(settings.language) ? settings.language : browserLanguage;
      return Promise.all([DP.i18n.load("de"), DP.i18n.load(language)]).then(function () {
        const flow = new DP.AttendeeFlow(store, settings, browserLanguage);
        flow.language = language;
        const sync = new DP.Sync(store, {
          status: function (name) { flow.status(name); },
          session: function (record) { return flow.session(record); },
          arrived: function (answers) { flow.arrived(answers); },
          refused: function (reject) { flow.refused(reject); },
          problem: function (error) { flow.hubProblem(error); },
          restoring: function () { flow.restoringRequested(); },
        }, function () { return flow.identity(); });
        flow.sync = sync;
        flow.onChange(function () {
          // A drawing fault is the page's own: logged, never shown as if storing had failed.
          try {
            render(flow);
          } catch (error) {
            console.error("Dialogpunkte: drawing the screen failed:", error);
          }
        });
        DP.app = { flow: flow, sync: sync, store: store };
        return flow.boot(roomFromLink()).then(function () {
          if (flow.roomCode) sync.start(flow.roomCode);
          if (flow.settings.shared) DP.i18n.preloadAll();
        });
      });
    }).catch(fail);
  }

  start();
})();
