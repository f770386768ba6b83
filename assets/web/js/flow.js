// The attendee's way through a workshop, as in the app: join, choose a group, rate, overview,
// finish; on a shared device a thank-you and a fresh pseudonym for the next person. Holds what
// the views show and follows the hub; the person's commands are in commands.js.
"use strict";

DP.AttendeeFlow = (function () {
  function AttendeeFlow(store, settings, defaultLanguage) {
    this.store = store;
    this.settings = settings;
    this.defaultLanguage = defaultLanguage;
    this.language = settings.language || defaultLanguage;
    this.rating = new DP.RatingFlow(store);
    this.sync = null;
    this.screen = "loading";
    this.record = null;
    this.roomCode = "";
    this.codeNeeded = false;
    this.codeRefused = false;
    this.groupRefused = false;
    this.connection = "connecting";
    this.offline = false;
    this.problem = null;
    this.restoring = false;
    this.roundNotice = 0;
    this.saveError = "";
    this.announcement = { key: "", count: 0 };
    this.listeners = [];
  }

  AttendeeFlow.prototype.onChange = function (listener) {
    this.listeners.push(listener);
  };

  AttendeeFlow.prototype.changed = function () {
    this.listeners.forEach(function (listener) { listener(); });
  };

  AttendeeFlow.prototype.announce = function (key) {
    this.announcement = { key: key, count: this.announcement.count + 1 };
  };

  AttendeeFlow.prototype.saveSettings = function (changes) {
    Object.assign(this.settings, changes);
    return this.store.saveSettings(this.settings);
  };

  // Picks up where this browser stopped: the held workshop, the person and the screen. A link
  // with another room code is most likely another workshop: the page waits for the hub
  // instead of showing the earlier one.
  AttendeeFlow.prototype.boot = function (roomFromLink) {
    const self = this;
    const anotherRoom = Boolean(roomFromLink && this.settings.roomCode && roomFromLink !== this.settings.roomCode);
    this.roomCode = roomFromLink || this.settings.roomCode || "";
    this.codeNeeded = !this.roomCode;
    return this.store.session(this.settings.sessionId).then(function (record) {
      self.record = record || null;
      if (!record) return "join";
      return self.store.participant(record.id, self.settings.pseudonym).then(function (person) {
        if (!person) return "start";
        return self.rating.start(record, person).then(function () {
          // On a shared device whoever reloads the page is the next person: nobody sees the
          // answers of someone else. A person who has not begun yet keeps the pseudonym.
          const begun = self.rating.answeredCount() > 0 || self.settings.finished;
          if (self.settings.shared && begun) return self.newPerson();
          return self.settings.finished ? "finish" : "rating";
        });
      });
    }).then(function (screen) {
      self.screen = anotherRoom ? "join" : screen;
      self.changed();
    });
  };

  AttendeeFlow.prototype.identity = function () {
    return this.record ? { sessionId: this.record.id, deviceId: this.record.deviceId } : {};
  };

  AttendeeFlow.prototype.newPerson = function () {
    const self = this;
    return this.store.createParticipant(this.record.id, this.settings.groupId).then(function (person) {
      return self.saveSettings({ pseudonym: person.pseudonym, finished: false }).then(function () {
        return self.rating.start(self.record, person);
      }).then(function () {
        if (self.sync) self.sync.participantAdded(person);
        return "rating";
      });
    });
  };

  // What the person sees: the workshop's phase wins over where the person is.
  AttendeeFlow.prototype.visibleScreen = function () {
    if (this.screen === "loading" || this.screen === "join" || !this.record) return this.screen;
    if (this.record.phase === "finished") return "ended";
    const rating = this.screen === "rating" || this.screen === "overview";
    return rating && this.record.phase === "lobby" ? "waiting" : this.screen;
  };

  AttendeeFlow.prototype.show = function (screen) {
    this.screen = screen;
    this.changed();
  };

  AttendeeFlow.prototype.run = function (work) {
    const self = this;
    return Promise.resolve().then(work).catch(function (error) {
      self.problem = { code: "storage", message: String(error && error.message || error) };
      self.changed();
    });
  };

  // —— from the hub (DP.Sync's listener) ——

  AttendeeFlow.prototype.status = function (name) {
    this.connection = name === "open" ? "connecting" : name;
    // Offline from the first failed try until the hub welcomes again, not flickering with
    // every new try: the screen must not jump under a finger.
    if ((name === "waiting" || name === "held") && !this.offline) {
      this.offline = true;
      this.announce("offline");
    }
    if (name === "online") {
      if (this.offline) this.announce("online");
      this.offline = false;
      if (this.problem && this.problem.code !== "storage") this.problem = null;
      this.restoring = false;
    }
    this.changed();
  };

  AttendeeFlow.prototype.session = function (record) {
    const self = this;
    const known = this.record && this.record.id === record.id;
    const previousRound = this.record ? this.record.round : 0;
    this.record = record;
    this.codeNeeded = false;
    this.codeRefused = false;
    this.saveSettings({ roomCode: this.roomCode });
    if (!known) {
      // Another workshop: the earlier one stays stored untouched; here a new person joins it.
      this.rating.stop();
      this.roundNotice = 0;
      this.saveSettings({ sessionId: record.id, pseudonym: "", finished: false });
      return this.show("start");
    }
    this.rating.follow(record);
    if (this.screen === "join") this.screen = this.rating.isActive() ? "rating" : "start";
    if (!this.rating.isActive() || record.round <= previousRound) return this.changed();
    return this.rating.start(record, this.rating.person).then(function () {
      self.roundNotice = record.round;
      self.saveSettings({ finished: false });
      if (self.screen === "finish" || self.screen === "overview") self.screen = "rating";
      self.changed();
    });
  };

  AttendeeFlow.prototype.arrived = function (answers) {
    if (!this.rating.markArrived(answers)) return;
    if (this.rating.arrivedCount() === this.rating.answeredCount()) this.announce("allArrived");
    this.changed();
  };

  AttendeeFlow.prototype.refused = function (reject) {
    this.problem = { code: "rejected", message: reject.message };
    this.changed();
  };

  AttendeeFlow.prototype.restoringRequested = function () {
    this.restoring = true;
    this.changed();
  };

  AttendeeFlow.prototype.hubProblem = function (error) {
    if (error.code === "wrong_room_code") {
      this.codeNeeded = true;
      this.codeRefused = true;
      this.screen = "join";
    } else if (error.code === "unknown_group") {
      this.groupRefused = true;
      this.screen = "start";
    } else if (error.code !== "wrong_session") {
      this.problem = error;
    }
    this.changed();
  };

  return AttendeeFlow;
})();
