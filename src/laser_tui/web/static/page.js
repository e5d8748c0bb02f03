// laser-tui's page: fit the font so the app's 80x24 cells fit the window, give the terminal
// the keyboard as soon as the session opens (no click first), show why a session was refused
// or ended, download without pop-ups, and reload to start again.
// Runs before textual.js starts.
"use strict";
(function () {
  const MIN_COLUMNS = 80;
  const MIN_ROWS = 24;
  const FONT_SIZES = { smallest: 6, largest: 16 };

  document.querySelectorAll(".restart").forEach((button) => {
    button.addEventListener("click", () => window.location.reload());
  });

  const terminal = document.getElementById("terminal");
  if (!terminal) {
    return;
  }

  // Keys go to the terminal at once: its input is focused when the app appears.
  function focusTerminal() {
    const input = terminal.querySelector(".xterm-helper-textarea");
    if (input) {
      input.focus({ preventScroll: true });
    }
  }

  // The reason the server gave for closing the session (full, wrong address, stopping).
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(url, protocols) {
      // textual.js asks for "/ws?..." on this page's own host.
      const absolute = new URL(url, window.location.href);
      absolute.protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
      // The session starts in the language of the page (its own ?lang=, else the server's).
      absolute.searchParams.set("lang", terminal.dataset.lang || "en");
      super(absolute.href, protocols);
      this.addEventListener("open", focusTerminal);
      this.addEventListener("close", (event) => {
        if (event.reason) {
          document.getElementById("closed-message").textContent = event.reason;
        }
      });
    }
  };

  // textual.js opens each download in a new tab, which a pop-up blocker stops unless a key
  // or tap came just before; a link with "download" needs no pop-up and opens no blank tab.
  const nativeOpen = window.open.bind(window);
  window.open = (url, target, features) => {
    const address = new URL(url, window.location.href);
    if (address.origin === window.location.origin && address.pathname.startsWith("/download/")) {
      const link = document.createElement("a");
      link.href = address.href;
      link.download = "";
      document.body.appendChild(link);
      link.click();
      link.remove();
      return null;
    }
    return nativeOpen(url, target, features);
  };

  function cellSize(fontSize) {
    const probe = document.createElement("span");
    probe.style.cssText =
      "position:absolute;visibility:hidden;white-space:pre;line-height:normal;" +
      `font-family:'Roboto Mono', monospace;font-size:${fontSize}px`;
    probe.textContent = "W".repeat(50);
    document.body.appendChild(probe);
    const size = { width: probe.offsetWidth / 50, height: probe.offsetHeight };
    probe.remove();
    return size;
  }

  function fittingFontSize() {
    for (let size = FONT_SIZES.largest; size > FONT_SIZES.smallest; size -= 1) {
      const cell = cellSize(size);
      // One cell to spare: the terminal's own rounding of cells and borders.
      const columns = Math.floor(window.innerWidth / cell.width) - 1;
      const rows = Math.floor(window.innerHeight / cell.height) - 1;
      if (columns >= MIN_COLUMNS && rows >= MIN_ROWS) {
        return size;
      }
    }
    return FONT_SIZES.smallest;
  }

  const startTextual = window.onload;
  window.onload = async (event) => {
    try {
      await document.fonts.load("16px 'Roboto Mono'");
    } catch (error) {
      // The fallback monospace font is used instead.
    }
    if (terminal.dataset.fitFont === "yes") {
      terminal.dataset.fontSize = String(fittingFontSize());
    }
    if (startTextual) {
      startTextual(event);
    }
  };
})();
