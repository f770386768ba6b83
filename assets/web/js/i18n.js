// The page's languages: UI strings from i18n/<code>.json, catalog texts with the app's fallbacks.
"use strict";

DP.i18n = (function () {
  // German first: the workshops are German; the others are the families' languages.
  const languages = [
    { code: "de", name: "Deutsch" },
    { code: "en", name: "English" },
    { code: "tr", name: "Türkçe" },
    { code: "ar", name: "العربية", rtl: true },
    { code: "ru", name: "Русский" },
    { code: "uk", name: "Українська" },
  ];
  const tables = {};
  const loading = {};

  function isSupported(code) {
    return languages.some(function (language) { return language.code === code; });
  }

  function isRtl(code) {
    return languages.some(function (language) { return language.code === code && language.rtl; });
  }

  // The first of the browser's languages the page speaks, else German.
  function preferred(browserLanguages) {
    for (const tag of browserLanguages || []) {
      const base = String(tag).toLowerCase().split(/[-;]/)[0];
      if (isSupported(base)) return base;
    }
    return "de";
  }

  // Each language is fetched once, however often it is asked for; a failure may be retried.
  function load(code) {
    if (!loading[code]) {
      loading[code] = fetch("i18n/" + code + ".json", { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error("i18n/" + code + ".json: HTTP " + response.status);
        return response.json();
      }).then(function (table) {
        tables[code] = table;
        return table;
      }, function (error) {
        delete loading[code];
        throw error;
      });
    }
    return loading[code];
  }

  // Fetches the other languages while the hub is reachable, so switching works offline later
  // (a shared device, or someone who opened the switch).
  function preloadAll() {
    languages.forEach(function (language) { load(language.code).catch(function () {}); });
  }

  // t(key, a, b): the string in `code` (German where missing) with {0}, {1} replaced.
  function translator(code) {
    return function (key) {
      const args = Array.prototype.slice.call(arguments, 1);
      const table = tables[code] || tables.de || {};
      const text = table[key] !== undefined ? table[key] : (tables.de || {})[key];
      if (text === undefined) return key;
      return text.replace(/\{(\d)\}/g, function (match, index) {
        return args[index] !== undefined ? String(args[index]) : match;
      });
    };
  }

  // A catalog text: a plain string is German; otherwise the language, its base, English,
  // German, then the alphabetically first (as docs/catalog-format.md describes).
  function localized(text, code) {
    if (text === undefined || text === null) return "";
    if (typeof text === "string") return text;
    const base = code.split("-")[0];
    for (const candidate of [code, base, "en", "de"]) {
      if (typeof text[candidate] === "string" && text[candidate].trim()) return text[candidate];
    }
    const first = Object.keys(text).sort().find(function (key) {
      return typeof text[key] === "string" && text[key].trim();
    });
    return first ? text[first] : "";
  }

  return {
    languages: languages,
    isSupported: isSupported,
    isRtl: isRtl,
    preferred: preferred,
    load: load,
    preloadAll: preloadAll,
    translator: translator,
    localized: localized,
  };
})();
