// One WebSocket to the hub that keeps coming back: reconnects with backoff and jitter, sends a
// heartbeat and treats the hub as gone after three missed beats, waits as long as the hub asks.
"use strict";

DP.Connection = (function () {
  const firstDelayMs = 250;
  const longestDelayMs = 8000;
  const connectTimeoutMs = 8000;
  const missedBeats = 3;

  // handlers: open(), message(text), closed(), status(name, detail)
  function Connection(url, handlers, options) {
    this.url = url;
    this.handlers = handlers;
    this.options = Object.assign({ WebSocket: window.WebSocket, random: Math.random }, options || {});
    this.socket = null;
    this.attempt = 0;
    this.timer = null;
    this.heartbeat = null;
    this.running = false;
    this.nextDelayMs = null;
  }

  Connection.prototype.start = function () {
    this.running = true;
    if (!this.socket) this.connectNow();
  };

  // No more tries until start(): the user has to act (wrong room code, another tab took over).
  Connection.prototype.hold = function () {
    this.running = false;
    clearTimeout(this.timer);
    this.drop();
    this.handlers.status("held");
  };

  // The hub asked to wait (throttled, too many connections): the next try comes after `ms`.
  Connection.prototype.retryAfter = function (ms) {
    this.nextDelayMs = ms;
  };

  // A working session: the next loss starts again with short waits.
  Connection.prototype.healthy = function () {
    clearTimeout(this.timer);
    this.attempt = 0;
  };

  // The browser says the network is back: try at once instead of waiting for the backoff.
  Connection.prototype.retryNow = function () {
    if (this.running && !this.socket) this.connectNow();
  };

  Connection.prototype.isOpen = function () {
    return Boolean(this.socket) && this.socket.readyState === 1;
  };

  Connection.prototype.send = function (text) {
    if (!this.isOpen()) return false;
    this.socket.send(text);
    return true;
  };

  Connection.prototype.setHeartbeat = function (intervalMs, makePing) {
    const self = this;
    clearInterval(this.heartbeat);
    if (!intervalMs) return;
    this.heartbeat = setInterval(function () {
      if (Date.now() - self.lastHeard >= missedBeats * intervalMs) {
        self.lost();
        return;
      }
      self.send(makePing());
    }, intervalMs);
  };

  Connection.prototype.connectNow = function () {
    const self = this;
    clearTimeout(this.timer);
    this.handlers.status("connecting");
    let socket;
    try {
      socket = new this.options.WebSocket(this.url);
    } catch (error) {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    this.timer = setTimeout(function () { self.lost(); }, connectTimeoutMs);
    socket.onopen = function () {
      clearTimeout(self.timer);
      // A hub that takes the socket but never welcomes is as good as none.
      self.timer = setTimeout(function () { self.lost(); }, connectTimeoutMs);
      self.lastHeard = Date.now();
      self.handlers.status("open");
      self.handlers.open();
    };
    socket.onmessage = function (event) {
      self.lastHeard = Date.now();
      if (typeof event.data === "string") self.handlers.message(event.data);
    };
    socket.onclose = function () { self.lost(); };
    socket.onerror = function () { self.lost(); };
  };

  // Forgets the socket without waiting for a close handshake a dead network never completes.
  Connection.prototype.drop = function () {
    clearInterval(this.heartbeat);
    clearTimeout(this.timer);
    const socket = this.socket;
    if (!socket) return false;
    this.socket = null;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    try {
      socket.close();
    } catch (error) {
      // already closed
    }
    this.handlers.closed();
    return true;
  };

  Connection.prototype.lost = function () {
    if (this.drop() && this.running) this.scheduleRetry();
  };

  Connection.prototype.scheduleRetry = function () {
    const self = this;
    let delay = this.nextDelayMs;
    this.nextDelayMs = null;
    if (delay === null) {
      // Half the doubling ceiling plus a random part of the other half: 50 devices that lost
      // the Wi-Fi together do not come back together.
      const ceiling = Math.min(longestDelayMs, firstDelayMs * Math.pow(2, this.attempt));
      delay = ceiling / 2 + this.options.random() * ceiling / 2;
      this.attempt = Math.min(this.attempt + 1, 10);
    }
    this.handlers.status("waiting", delay);
    this.timer = setTimeout(function () { self.connectNow(); }, delay);
  };

  return Connection;
})();
