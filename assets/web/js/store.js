// What the browser keeps in IndexedDB, one store per concern: sessions (with this device's id
// in each), participants, answers, the outbox (answers the hub has not acknowledged) and the
// page's settings. An answer counts as saved once its transaction has completed.
"use strict";

DP.Store = (function () {
  const databaseName = "dialogpunkte";
  const schemaVersion = 1;
  // Orders after every string or number: [a] .. [a, []] spans all keys that start with a.
  const highest = [];

  function promised(request) {
    return new Promise(function (resolve, reject) {
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function completion(transaction, result) {
    return new Promise(function (resolve, reject) {
      transaction.oncomplete = function () { resolve(result()); };
      transaction.onerror = function () { reject(transaction.error); };
      transaction.onabort = function () { reject(transaction.error || new Error("aborted")); };
    });
  }

  // Version steps fall through, like the app's migrations: each adds what its version needs.
  function upgrade(db, oldVersion) {
    if (oldVersion < 1) {
      db.createObjectStore("settings", { keyPath: "key" });
      db.createObjectStore("sessions", { keyPath: "id" });
      db.createObjectStore("participants", { keyPath: ["sessionId", "pseudonym"] });
      db.createObjectStore("answers", { keyPath: ["sessionId", "round", "statementId", "pseudonym"] });
      db.createObjectStore("outbox", { keyPath: ["sessionId", "sequence"] });
    }
  }

  // 128 random bits as hex: a pseudonym that says nothing about the person or the device.
  function randomId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (byte) {
      return byte.toString(16).padStart(2, "0");
    }).join("");
  }

  function sessionRange(sessionId) {
    return IDBKeyRange.bound([sessionId], [sessionId, highest]);
  }

  function answerKey(answer) {
    return [answer.sessionId, answer.round, answer.statementId, answer.pseudonym];
  }

  function Store(db) {
    this.db = db;
  }

  Store.open = function (factory) {
    return new Promise(function (resolve, reject) {
      if (!factory) {
        reject(new Error("IndexedDB is not available"));
        return;
      }
      const request = factory.open(databaseName, schemaVersion);
      request.onupgradeneeded = function (event) { upgrade(request.result, event.oldVersion); };
      request.onsuccess = function () {
        const db = request.result;
        // A newer page in another tab wants to upgrade: let it, this page reloads then.
        db.onversionchange = function () { db.close(); };
        resolve(new Store(db));
      };
      request.onerror = function () { reject(request.error); };
    });
  };

  Store.randomId = randomId;

  Store.prototype.read = function (storeName, method, argument) {
    const store = this.db.transaction(storeName, "readonly").objectStore(storeName);
    return promised(store[method](argument));
  };

  Store.prototype.write = function (storeNames) {
    return this.db.transaction(storeNames, "readwrite", { durability: "strict" });
  };

  Store.prototype.settings = function () {
    return this.read("settings", "get", "device").then(function (value) {
      return value || { key: "device" };
    });
  };

  Store.prototype.saveSettings = function (settings) {
    const transaction = this.write("settings");
    transaction.objectStore("settings").put(Object.assign({}, settings, { key: "device" }));
    return completion(transaction, function () { return settings; });
  };

  Store.prototype.session = function (id) {
    return id ? this.read("sessions", "get", id) : Promise.resolve(undefined);
  };

  Store.prototype.sealedSessions = function () {
    return this.read("sessions", "getAll").then(function (all) {
      return all.filter(function (record) { return Boolean(record.seal); });
    });
  };

  // Stores the hub's `state`; `deviceId` is this device's id in that session (from `welcome`).
  Store.prototype.saveState = function (state, deviceId) {
    const transaction = this.write("sessions");
    const sessions = transaction.objectStore("sessions");
    let record;
    sessions.get(state.session.id).onsuccess = function (event) {
      record = event.target.result || { id: state.session.id, nextSequence: 1, deviceId: "" };
      record.session = state.session;
      record.seal = state.seal || record.seal || "";
      record.phase = state.phase;
      record.round = state.round;
      record.openStatements = state.openStatements;
      if (deviceId) record.deviceId = deviceId;
      sessions.put(record);
    };
    return completion(transaction, function () { return record; });
  };

  Store.prototype.createParticipant = function (sessionId, groupId) {
    const person = { sessionId: sessionId, pseudonym: randomId(), groupId: groupId || "" };
    const transaction = this.write("participants");
    transaction.objectStore("participants").put(person);
    return completion(transaction, function () { return person; });
  };

  Store.prototype.setGroup = function (person, groupId) {
    const changed = Object.assign({}, person, { groupId: groupId || "" });
    const transaction = this.write("participants");
    transaction.objectStore("participants").put(changed);
    return completion(transaction, function () { return changed; });
  };

  Store.prototype.participant = function (sessionId, pseudonym) {
    return sessionId && pseudonym
      ? this.read("participants", "get", [sessionId, pseudonym])
      : Promise.resolve(undefined);
  };

  Store.prototype.participants = function (sessionId) {
    return this.read("participants", "getAll", sessionRange(sessionId));
  };

  Store.prototype.answersOf = function (sessionId, round, pseudonym) {
    return this.read("answers", "getAll", IDBKeyRange.bound([sessionId, round], [sessionId, round, highest]))
      .then(function (all) {
        return all.filter(function (answer) { return answer.pseudonym === pseudonym; });
      });
  };

  Store.prototype.answerCount = function (sessionId) {
    return this.read("answers", "count", sessionRange(sessionId));
  };

  // Commits an answer with the session's next sequence and puts it into the outbox, in one
  // transaction. Resolves with the stored answer only after the commit.
  Store.prototype.saveAnswer = function (answer) {
    const transaction = this.write(["sessions", "answers", "outbox"]);
    const sessions = transaction.objectStore("sessions");
    const answers = transaction.objectStore("answers");
    const outbox = transaction.objectStore("outbox");
    let stored;
    answers.get(answerKey(answer)).onsuccess = function (event) {
      const previous = event.target.result;
      if (previous && previous.answer === answer.answer) {
        stored = previous; // the same answer again: nothing new to send
        return;
      }
      sessions.get(answer.sessionId).onsuccess = function (sessionEvent) {
        const session = sessionEvent.target.result;
        if (!session) {
          transaction.abort();
          return;
        }
        const sequence = session.nextSequence || 1;
        session.nextSequence = sequence + 1;
        sessions.put(session);
        // The older value will never be the latest on the hub, so it need not travel.
        if (previous && !previous.acked) outbox.delete([previous.sessionId, previous.sequence]);
        stored = Object.assign({}, answer, { sequence: sequence, acked: false });
        answers.put(stored);
        outbox.put(stored);
      };
    };
    return completion(transaction, function () { return stored; });
  };

  // The hub committed these sequences: off the outbox, and the answers that still carry them
  // are marked arrived. Resolves with those answers.
  Store.prototype.acknowledge = function (sessionId, sequences) {
    const transaction = this.write(["answers", "outbox"]);
    const answers = transaction.objectStore("answers");
    const outbox = transaction.objectStore("outbox");
    const arrived = [];
    sequences.forEach(function (sequence) {
      outbox.get([sessionId, sequence]).onsuccess = function (event) {
        const entry = event.target.result;
        if (!entry) return;
        outbox.delete([sessionId, sequence]);
        answers.get(answerKey(entry)).onsuccess = function (answerEvent) {
          const answer = answerEvent.target.result;
          if (!answer || answer.sequence !== sequence || answer.acked) return;
          answer.acked = true;
          answers.put(answer);
          arrived.push(answer);
        };
      };
    });
    return completion(transaction, function () { return arrived; });
  };

  Store.prototype.pending = function (sessionId, limit) {
    const store = this.db.transaction("outbox", "readonly").objectStore("outbox");
    return promised(store.getAll(sessionRange(sessionId), limit));
  };

  Store.prototype.pendingCount = function (sessionId) {
    return sessionId ? this.read("outbox", "count", sessionRange(sessionId)) : Promise.resolve(0);
  };

  // Answers the hub acknowledged once but no longer has (its mark is below them).
  Store.prototype.acknowledgedAbove = function (sessionId, highWater) {
    return this.read("answers", "getAll", sessionRange(sessionId)).then(function (all) {
      return all.filter(function (answer) { return answer.acked && answer.sequence > highWater; })
        .sort(function (a, b) { return a.sequence - b.sequence; });
    });
  };

  return Store;
})();
