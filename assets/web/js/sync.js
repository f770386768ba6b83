// Talks protocol v2 with the hub over the page's own origin (ws://host:port/ws): hello,
// welcome and state, the participants and the outbox, acknowledgements, the hub's errors and
// its request to restore a workshop from the devices.
"use strict";

DP.Sync = (function () {
  // listener: status(name, detail), session(record), arrived(answers), refused(reject),
  // problem(error), restoring(). identity() names the session this device holds now.
  function Sync(store, listener, identity, options) {
    const self = this;
    this.store = store;
    this.listener = listener;
    this.identity = identity;
    this.roomCode = "";
    this.welcome = null;
    this.syncing = null;
    this.pendingCount = 0;
    this.queue = Promise.resolve();
    this.connection = new DP.Connection(hubUrl(), {
      open: function () { self.sayHello(); },
      message: function (text) { self.enqueue(text); },
      closed: function () { self.closed(); },
      status: function (name, detail) { listener.status(name, detail); },
    }, options);
    this.outbox = new DP.OutboxSender(store, function (text) { return self.connection.send(text); });
    window.addEventListener("online", function () { self.connection.retryNow(); });
  }

  function hubUrl() {
    return (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws";
  }

  Sync.prototype.start = function (roomCode) {
    this.roomCode = roomCode;
    this.connection.start();
  };

  Sync.prototype.sayHello = function () {
    const held = this.identity();
    this.connection.send(DP.protocol.hello(this.roomCode, held.sessionId, held.deviceId));
  };

  // Messages are handled one after the other: each may wait for IndexedDB. How long to wait
  // before the next try is settled at once, before the hub's close arrives.
  Sync.prototype.enqueue = function (text) {
    const self = this;
    const parsed = DP.protocol.parse(text);
    if (!parsed.message) {
      console.warn("Dialogpunkte: message from the hub ignored:", parsed.problem);
      return;
    }
    if (parsed.message.type === "error") this.settleRetry(parsed.message);
    this.queue = this.queue.then(function () { return self.handle(parsed.message); }).catch(function (error) {
      self.listener.problem({ code: "storage", message: String(error && error.message || error) });
    });
  };

  Sync.prototype.settleRetry = function (error) {
    if (error.code === "wrong_room_code" || error.code === "replaced") this.connection.hold();
    else if (error.retryAfterMs !== undefined) this.connection.retryAfter(error.retryAfterMs);
  };

  Sync.prototype.handle = function (message) {
    switch (message.type) {
    case "welcome": return this.welcomed(message);
    case "state": return this.stateReceived(message);
    case "ack": return this.acknowledged(message);
    case "reject":
      this.outbox.refused(message.sequence);
      this.listener.refused(message);
      return Promise.resolve();
    case "error":
      this.listener.problem(message);
      return Promise.resolve();
    case "restore_request": return this.offerSessions();
    default: return Promise.resolve();
    }
  };

  Sync.prototype.welcomed = function (welcome) {
    const self = this;
    this.welcome = welcome;
    this.connection.healthy();
    this.connection.setHeartbeat(welcome.heartbeatMs, function () {
      return DP.protocol.ping(self.pendingCount);
    });
    return this.store.session(welcome.sessionId).then(function (record) {
      // Gone meanwhile, or a new workshop whose state follows.
      if (!record || self.welcome !== welcome) return;
      if (record.deviceId === welcome.deviceId) return self.beginSync(record.id);
      return self.store.saveState(record, welcome.deviceId).then(function (updated) {
        if (self.welcome === welcome) return self.beginSync(updated.id);
      });
    });
  };

  Sync.prototype.stateReceived = function (state) {
    const self = this;
    const welcome = this.welcome;
    const ours = welcome && welcome.sessionId === state.session.id;
    return this.store.saveState(state, ours ? welcome.deviceId : "").then(function (record) {
      self.listener.session(record);
      if (ours && self.welcome === welcome && self.syncing !== record.id) return self.beginSync(record.id);
    });
  };

  // Everyone on this device first, then whatever the hub lacks.
  Sync.prototype.beginSync = function (sessionId) {
    const self = this;
    const highWater = this.welcome.highWater;
    this.syncing = sessionId;
    this.listener.status("online");
    return this.store.participants(sessionId).then(function (people) {
      if (self.syncing !== sessionId) return; // the connection went meanwhile
      people.forEach(function (person) { self.connection.send(DP.protocol.participant(person)); });
      return self.outbox.begin(sessionId, highWater).then(function () { return self.countPending(); });
    });
  };

  Sync.prototype.acknowledged = function (ack) {
    const self = this;
    return this.outbox.acknowledged(ack).then(function (arrived) {
      if (arrived.length) self.listener.arrived(arrived);
      return self.countPending();
    });
  };

  Sync.prototype.countPending = function () {
    const self = this;
    return this.store.pendingCount(this.identity().sessionId).then(function (count) {
      self.pendingCount = count;
    });
  };



  // The moderator restores a workshop from the devices: offer every sealed one held here.
  Sync.prototype.offerSessions = function () {
    const self = this;
    this.listener.restoring();
    return this.store.sealedSessions().then(function (records) {
      return Promise.all(records.map(function (record) {
        return self.store.answerCount(record.id).then(function (count) {
          self.connection.send(DP.protocol.offerSession(record, count));
        });
      }));
    });
  };

  Sync.prototype.closed = function () {
    this.outbox.halt();
    this.welcome = null;
    this.syncing = null;
  };

  // After the user acted (a new room code, "continue here"): connect again now.
  Sync.prototype.reconnect = function (roomCode) {
    if (roomCode) this.roomCode = roomCode;
    this.connection.hold();
    this.connection.start();
  };

  Sync.prototype.participantAdded = function (person) {
    if (this.syncing === person.sessionId) this.connection.send(DP.protocol.participant(person));
  };

  Sync.prototype.answerSaved = function () {
    const self = this;
    return this.outbox.pump().then(function () { return self.countPending(); });
  };

  return Sync;
})();
