// What the person does on the page: language, room code, group, answers, moving around,
// finishing and handing a shared device on. Each command updates DP.AttendeeFlow's state.
"use strict";

(function (flow) {
  flow.setLanguage = function (code) {
    const self = this;
    return DP.i18n.load(code).then(function () {
      self.language = code;
      if (self.problem && self.problem.code === "language") self.problem = null;
      // A shared device starts every person in its own language; a personal one remembers.
      return self.settings.shared ? null : self.saveSettings({ language: code });
    }, function () {
      self.problem = { code: "language" };
    }).then(function () { self.changed(); });
  };

  flow.setShared = function (shared) {
    const self = this;
    // The next person may pick any language, perhaps while the Wi-Fi is gone.
    if (shared) DP.i18n.preloadAll();
    return this.run(function () {
      return self.saveSettings({ shared: shared, language: shared ? "" : self.language })
        .then(function () { self.changed(); });
    });
  };

  flow.submitCode = function (code) {
    const trimmed = String(code || "").trim();
    if (!trimmed) return;
    this.roomCode = trimmed;
    this.codeNeeded = false;
    this.codeRefused = false;
    this.problem = null;
    this.screen = this.record ? (this.rating.isActive() ? "rating" : "start") : "join";
    this.sync.reconnect(trimmed);
    this.changed();
  };

  // The room code was refused, but what was rated here can go on offline.
  flow.continueOffline = function () {
    this.show(this.rating.isActive() ? "rating" : "start");
  };

  // Another tab took the connection over; this one takes it back.
  flow.continueHere = function () {
    this.problem = null;
    this.sync.reconnect();
    this.changed();
  };

  flow.chooseGroup = function (groupId) {
    this.chosenGroup = groupId;
    this.changed();
  };

  flow.begin = function (groupId) {
    const self = this;
    return this.run(function () {
      if (self.groupRefused && self.rating.isActive()) {
        // The hub did not know the group: the person chose again, the same pseudonym stays.
        return self.store.setGroup(self.rating.person, groupId).then(function (person) {
          self.rating.person = person;
          self.groupRefused = false;
          self.sync.participantAdded(person);
          return self.saveSettings({ groupId: groupId });
        }).then(function () { self.show("rating"); });
      }
      return self.saveSettings({ groupId: groupId }).then(function () {
        return self.newPerson();
      }).then(function (screen) { self.show(screen); });
    });
  };

  flow.answer = function (value) {
    const self = this;
    this.saveError = "";
    return this.rating.answer(value).then(function () {
      self.announce("savedOnDevice");
      self.changed();
      return self.sync.answerSaved();
    }, function (error) {
      self.saveError = error.message === "closed" ? "closed" : "failed";
      console.warn("Dialogpunkte: the answer was not saved:", error);
      self.changed();
    });
  };

  flow.goTo = function (index) {
    this.saveError = "";
    this.rating.goTo(index);
    this.show("rating");
  };

  flow.next = function () {
    this.goTo(this.rating.index + 1);
  };

  flow.back = function () {
    this.goTo(this.rating.index - 1);
  };

  flow.showOverview = function () {
    this.show("overview");
  };

  flow.finish = function () {
    const self = this;
    return this.run(function () {
      return self.saveSettings({ finished: true }).then(function () {
        if (!self.settings.shared) return self.show("finish");
        // The thank-you screen shows nothing of this person's answers.
        self.rating.stop();
        self.show("thankyou");
      });
    });
  };

  flow.review = function () {
    this.show("rating");
  };

  flow.nextPerson = function () {
    const self = this;
    return this.run(function () {
      self.roundNotice = 0;
      return DP.i18n.load(self.defaultLanguage).then(function () {
        self.language = self.defaultLanguage;
        return self.newPerson();
      }).then(function (screen) { self.show(screen); });
    });
  };

  flow.dismissNotice = function () {
    this.roundNotice = 0;
    this.changed();
  };
})(DP.AttendeeFlow.prototype);
