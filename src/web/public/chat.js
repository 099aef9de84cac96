/*
 * The chat page's script. Connects Bot Framework Web Chat (window.WebChat, from /webchat.js) to Direct
 * Line: our own /v3/directline by default, or Azure's when the server is configured with a secret.
 * Every word it shows comes from the page's JSON block (knowledge/web.yaml on the server).
 *
 * - The conversation survives a reload: its id and token are kept in sessionStorage, and on load the
 *   token is refreshed and Web Chat reconnects to the same conversation, showing its history.
 * - The bot welcomes people when the conversation starts; the page also posts a `webchat/join` event,
 *   which the bot answers only once per conversation.
 * - Phone links get a spoken label ("Call 1, 8 7 7, …") and open the phone app outside this page.
 */
(function () {
  'use strict';

  var STORAGE_KEY = 'va-records-assistant/direct-line';
  var STATUS_ONLINE = 2;
  var STATUS_FAILED = 4;

  var script = document.currentScript;
  var nonce = script ? script.nonce : undefined;
  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var host = document.getElementById('webchat');
  var statusLine = document.getElementById('chat-status');
  var unavailable = document.getElementById('chat-unavailable');

  /** VA-like colours with enough contrast, a readable size, and buttons that wrap on phones. */
  var STYLE = {
    accent: '#005ea2',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f0f0f0',
    bubbleBorderColor: '#dfe1e2',
    bubbleBorderRadius: 6,
    bubbleTextColor: '#1b1b1b',
    bubbleFromUserBackground: '#005ea2',
    bubbleFromUserBorderColor: '#005ea2',
    bubbleFromUserBorderRadius: 6,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMinWidth: 0,
    bubbleMaxWidth: 640,
    primaryFont: '"Source Sans Pro", "Segoe UI", system-ui, -apple-system, Roboto, Helvetica, Arial, sans-serif',
    fontSizeSmall: '85%',
    subtle: '#565c65',
    timestampColor: '#565c65',
    sendBoxButtonColor: '#005ea2',
    sendBoxButtonColorOnHover: '#1a4480',
    sendBoxBorderTop: 'solid 1px #a9aeb1',
    sendBoxHeight: 56,
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 'auto',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#005ea2',
    suggestedActionBorderRadius: 6,
    suggestedActionTextColor: '#005ea2',
    transcriptVisualKeyboardIndicatorColor: '#2491ff',
    transcriptVisualKeyboardIndicatorWidth: 3,
    hideUploadButton: true,
    rootHeight: '100%',
    rootWidth: '100%'
  };

  function readSaved() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      if (saved && saved.domain === config.domain && typeof saved.conversationId === 'string' && typeof saved.token === 'string') {
        return saved;
      }
    } catch (e) {
      // Storage can be unavailable (private modes); the chat then simply starts afresh.
    }
    return null;
  }

  function save(directLine) {
    if (!directLine.conversationId || !directLine.token) return;
    try {
      window.sessionStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({ domain: config.domain, conversationId: directLine.conversationId, token: directLine.token })
      );
    } catch (e) {
      // See readSaved.
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // See readSaved.
    }
  }

  function postForJson(url, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin' }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    });
  }

  /** This tab's conversation with a refreshed token, or a token for a new one. */
  function connection() {
    var saved = readSaved();
    function fresh() {
      forget();
      return postForJson(config.tokenUrl).then(function (t) {
        return { token: t.token };
      });
    }
    if (!saved) return fresh();
    return postForJson(config.domain + '/tokens/refresh', saved.token).then(function (t) {
      return { token: t.token, conversationId: saved.conversationId };
    }, fresh);
  }

  function spokenPhoneLabel(href) {
    if (config.phoneLabels[href]) return config.phoneLabels[href];
    var digits = href.replace(/\D/g, '').split('').join(' ');
    return config.callLabel.replace('{{number}}', digits);
  }

  /**
   * Gives phone links in the transcript a label a screen reader says well, and opens them outside
   * this page (as Web Chat does for card "Call" buttons): sending this page itself to tel: stops
   * Web Chat from sending any further message.
   */
  function labelPhoneLinks(root) {
    var links = root.querySelectorAll('a[href^="tel:"]:not([data-phone-label]), a[href^="sms:"]:not([data-phone-label])');
    Array.prototype.forEach.call(links, function (link) {
      link.setAttribute('data-phone-label', '');
      link.setAttribute('aria-label', spokenPhoneLabel(link.getAttribute('href')));
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    });
  }

  /** Posts `webchat/join` once connected, so the bot can welcome (it does so once per conversation). */
  function joinMiddleware() {
    return function (next) {
      return function (action) {
        var result = next(action);
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: {} } });
        }
        return result;
      };
    };
  }

  var store;

  function showUnavailable() {
    statusLine.textContent = '';
    unavailable.hidden = false;
  }

  function start() {
    connection().then(function (c) {
      var directLine = window.WebChat.createDirectLine({
        token: c.token,
        domain: config.domain,
        conversationId: c.conversationId,
        webSocket: false
      });
      // Saved only once it has connected, so a conversation that failed to reconnect is not kept.
      var connected = false;
      directLine.connectionStatus$.subscribe(function (status) {
        if (status === STATUS_ONLINE) {
          connected = true;
          save(directLine);
          statusLine.textContent = '';
        } else if (status === STATUS_FAILED && c.conversationId) {
          // The saved conversation is gone (the server restarted): forget it and start a new one.
          forget();
          window.location.reload();
        } else if (status === STATUS_FAILED) {
          showUnavailable();
        }
      });
      window.addEventListener('pagehide', function () {
        if (connected) save(directLine);
      });
      store = window.WebChat.createStore({}, joinMiddleware);
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          store: store,
          nonce: nonce,
          locale: config.locale,
          styleOptions: STYLE,
          overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: config.strings.sendBoxPlaceholder }
        },
        host
      );
      new MutationObserver(function () {
        labelPhoneLinks(host);
      }).observe(host, { childList: true, subtree: true });
    }, showUnavailable);
  }

  if (window.WebChat) {
    start();
  } else {
    showUnavailable();
  }
})();
