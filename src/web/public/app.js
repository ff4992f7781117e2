// The playground page: Web Chat on the local Direct Line subset, and the side panel
// (demo clock, case card, case channel) polled from /playground/api/panel.
/* global document, window, location, fetch, sessionStorage, setInterval, setTimeout, MutationObserver */
(function () {
  'use strict';
  var KEY = 'sg-playground-conversation';
  var DL = location.origin + '/v3/directline';
  var conversationId = null;
  var shownVersion = -1;
  var seenMessages = {};

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c) node.appendChild(c);
    });
    return node;
  }

  async function openConversation() {
    var saved = sessionStorage.getItem(KEY);
    if (saved) {
      var check = await fetch(DL + '/conversations/' + encodeURIComponent(saved));
      if (check.ok) return saved;
    }
    var res = await fetch(DL + '/conversations', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    var id = (await res.json()).conversationId;
    sessionStorage.setItem(KEY, id);
    return id;
  }

  // Phone numbers written as UK numbers (999, 101, 0… with 10 or 11 digits), as in src/conversation/phones.ts.
  var PHONE = /(?<![\d§.:/#+\p{L}-])(999|101|0\d{2,4}(?:[ -]?\d{3,4}){1,2})(?![\d:/\p{L}-]|\.\d)/gu;
  function telUrl(n) {
    var d = n.replace(/[^\d+]/g, '');
    return /^\d{3}$/.test(d) ? 'tel:' + d : 'tel:+44' + d.replace(/^0/, '');
  }

  /** An element holding `text`, every phone number in it a call link. */
  function withCalls(tag, text, attrs) {
    var node = el(tag, attrs || {});
    var at = 0;
    (text || '').replace(PHONE, function (m, n, offset) {
      var digits = n.replace(/\D/g, '');
      if (n.length > 3 && (digits.length < 10 || digits.length > 11)) return m;
      node.appendChild(document.createTextNode(text.slice(at, offset)));
      node.appendChild(el('a', { href: telUrl(n), text: n }));
      at = offset + n.length;
      return m;
    });
    node.appendChild(document.createTextNode((text || '').slice(at)));
    return node;
  }

  /** A citation with its source document named in full (as the bots' cards do). */
  function citation(s) {
    return s.replace(/^Southwark scrutiny\b/, 'Southwark Council scrutiny session');
  }

  // --- The neutral Message as plain HTML (the panel is not a chat, so it needs no card renderer). ---
  function renderBlock(block) {
    switch (block.type) {
      case 'heading':
        return el('h4', { text: block.text });
      case 'text':
        return withCalls('p', block.text, { className: block.tone || '' });
      case 'list':
        return el(
          block.ordered ? 'ol' : 'ul',
          block.ordered && block.start ? { start: String(block.start) } : {},
          block.items.map(function (i) {
            return withCalls('li', i);
          }),
        );
      case 'facts': {
        var dl = el('dl');
        block.facts.forEach(function (f) {
          dl.appendChild(el('dt', { text: f.label }));
          dl.appendChild(withCalls('dd', f.value));
        });
        return dl;
      }
      case 'links':
        return el(
          'p',
          { className: 'card-actions' },
          block.links.map(function (l) {
            return el('a', { href: l.url, text: l.label });
          }),
        );
      case 'details': {
        var more = el('details', {}, [el('summary', { text: block.label || 'Show details' })]);
        block.blocks.forEach(function (b) {
          var n = renderBlock(b);
          if (n) more.appendChild(n);
        });
        return more;
      }
      case 'progress': {
        var p = el('p');
        p.appendChild(el('progress', { max: String(block.total), value: String(block.done), 'aria-label': block.label || 'Progress' }));
        p.appendChild(document.createTextNode(' ' + (block.label ? block.label + ': ' : '') + block.done + ' of ' + block.total + ' done'));
        return p;
      }
      case 'divider':
        return el('hr');
      case 'input':
        return renderInput(block.input);
      default:
        return null;
    }
  }

  function renderInput(input) {
    var id = 'f-' + Math.random().toString(36).slice(2);
    if (input.kind === 'choice' && input.multi) {
      var chosen = [].concat(input.value || []);
      var fs = el('fieldset', { 'data-input': input.id, 'data-multi': '1' }, [el('legend', { text: input.label })]);
      input.options.forEach(function (o, i) {
        var box = el('input', { type: 'checkbox', id: id + i, value: o.value });
        if (chosen.indexOf(o.value) >= 0) box.checked = true;
        fs.appendChild(el('div', {}, [box, el('label', { for: id + i, text: ' ' + o.label, style: 'display:inline;font-weight:400' })]));
      });
      return fs;
    }
    var wrap = el('div', { 'data-input': input.id }, [el('label', { for: id, text: input.label })]);
    var control;
    if (input.kind === 'choice') {
      control = el(
        'select',
        { id: id },
        input.options.map(function (o) {
          return el('option', { value: o.value, text: o.label });
        }),
      );
    } else if (input.kind === 'date' || input.kind === 'time') {
      // Typed the British way whatever the browser's language: DD/MM/YYYY and the 24-hour clock (sent as ISO).
      control = el('input', {
        id: id,
        type: 'text',
        inputmode: 'numeric',
        autocomplete: 'off',
        'data-kind': input.kind,
        placeholder: input.kind === 'date' ? 'DD/MM/YYYY' : 'HH:MM (24-hour)',
        size: '12',
      });
      if (input.value) control.value = input.kind === 'date' ? ukDate(input.value) : input.value;
      wrap.appendChild(control);
      return wrap;
    } else {
      control = el('input', { id: id, type: 'text' });
      if (input.placeholder) control.placeholder = input.placeholder;
    }
    if (input.value) control.value = input.value;
    wrap.appendChild(control);
    return wrap;
  }

  /** 2026-03-04 -> 04/03/2026 */
  function ukDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? m[3] + '/' + m[2] + '/' + m[1] : iso;
  }

  /** What was typed in a date or time box, as the bot reads it (YYYY-MM-DD, HH:mm); anything else as typed. */
  function isoValue(kind, raw) {
    var v = raw.trim();
    if (kind === 'date') {
      var d = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
      return d ? d[3] + '-' + ('0' + d[2]).slice(-2) + '-' + ('0' + d[1]).slice(-2) : v;
    }
    var t = /^(\d{1,2})[:.](\d{2})$/.exec(v);
    return t ? ('0' + t[1]).slice(-2) + ':' + t[2] : v;
  }

  function readValues(card) {
    var values = {};
    card.querySelectorAll('[data-input]').forEach(function (node) {
      var key = node.getAttribute('data-input');
      if (node.getAttribute('data-multi')) {
        values[key] = [].slice.call(node.querySelectorAll('input:checked')).map(function (b) {
          return b.value;
        });
      } else {
        var c = node.querySelector('input, select');
        var kind = c && c.getAttribute('data-kind');
        if (c && c.value) values[key] = kind ? isoValue(kind, c.value) : c.value;
      }
    });
    return values;
  }

  function renderMessage(message, options) {
    var card = el('article', { className: 'card' });
    if (message.title) card.appendChild(el('h3', { text: message.title }));
    message.blocks.forEach(function (b) {
      var n = renderBlock(b);
      if (n) card.appendChild(n);
    });
    var actions = el('div', { className: 'card-actions' });
    if (options.actionable) {
      (message.buttons || []).forEach(function (b) {
        var button = el('button', { type: 'button', text: b.label });
        button.addEventListener('click', function () {
          options.onAction(b.action, readValues(card), button);
        });
        actions.appendChild(button);
      });
    }
    (message.links || []).forEach(function (l) {
      var tel = /^tel:/.test(l.url);
      actions.appendChild(
        el('a', tel ? { href: l.url, text: l.label } : { href: l.url, target: '_blank', rel: 'noopener', text: l.label }),
      );
    });
    if (actions.childNodes.length) card.appendChild(actions);
    if (message.sources && message.sources.length)
      card.appendChild(el('p', { className: 'sources', text: 'Source: ' + message.sources.map(citation).join(', ') }));
    if (options.meta) card.appendChild(el('p', { className: 'meta', text: options.meta }));
    return card;
  }

  var timeFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  function londonTime(iso) {
    return timeFormat.format(new Date(iso));
  }

  /** "1 day 3 h", "45 min"; '' for nothing. */
  function duration(ms) {
    var min = Math.round(ms / 60000);
    var parts = [];
    if (min >= 1440) parts.push(Math.floor(min / 1440) + (min >= 2880 ? ' days' : ' day'));
    if (min % 1440 >= 60) parts.push(Math.floor((min % 1440) / 60) + ' h');
    if (min % 60) parts.push((min % 60) + ' min');
    return parts.join(' ');
  }

  function showClock(state) {
    var now = document.getElementById('clock-now');
    now.textContent = londonTime(state.now) + ' (London)';
    now.setAttribute('datetime', state.now);
    var ahead = duration(state.aheadMs || 0);
    document.getElementById('clock-offset').textContent = ahead ? 'Moved forward by ' + ahead + ' in all.' : 'Not moved yet.';
    document.getElementById('clock-buttons').hidden = !state.demoClock;
  }

  async function channelAction(messageId, action, values, button) {
    button.disabled = true;
    var data = Object.assign({}, values, { sg: action });
    var status = document.getElementById('channel-status');
    try {
      var res = await fetch('/playground/api/channel/action', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ conversationId: conversationId, messageId: messageId, data: data }),
      });
      var out = await res.json();
      // Replies meant only for the person who clicked (ephemeral in Slack) show here, not in the channel.
      status.replaceChildren();
      (out.personal || []).forEach(function (m) {
        status.appendChild(renderMessage(m, { actionable: false }));
      });
      if (!res.ok) status.textContent = out.error || 'That did not work.';
    } finally {
      button.disabled = false;
    }
    refreshPanel();
  }

  function showPanel(state) {
    var caseBox = document.getElementById('case-card');
    caseBox.replaceChildren();
    if (state.caseCard && state.caseCard.length) {
      state.caseCard.forEach(function (m) {
        caseBox.appendChild(renderMessage(m, { actionable: false }));
      });
    } else {
      caseBox.appendChild(el('p', { className: 'empty', text: 'No case yet. Type “case open TEST-001” in the chat.' }));
    }
    var channel = document.getElementById('channel');
    var newest = null;
    channel.replaceChildren();
    if (!state.channel.length) channel.appendChild(el('p', { className: 'empty', text: 'Nothing posted yet.' }));
    state.channel
      .slice()
      .reverse()
      .forEach(function (entry) {
        var meta = 'Posted ' + londonTime(entry.postedAt) + (entry.updatedAt ? ' · updated ' + londonTime(entry.updatedAt) : '');
        var card = renderMessage(entry.message, {
          actionable: true,
          meta: meta,
          onAction: function (action, values, button) {
            channelAction(entry.messageId, action, values, button);
          },
        });
        var stamp = entry.messageId + (entry.updatedAt || '');
        if (!seenMessages[stamp] && shownVersion >= 0) card.classList.add('new');
        if (!seenMessages[entry.messageId] && shownVersion >= 0 && !newest) newest = card;
        seenMessages[stamp] = true;
        seenMessages[entry.messageId] = true;
        channel.appendChild(card);
      });
    // A new reminder (newest first) and its buttons brought into view: the panel scrolls on its own.
    if (newest) newest.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  async function refreshPanel() {
    if (!conversationId) return;
    try {
      var res = await fetch('/playground/api/panel?conversationId=' + encodeURIComponent(conversationId), { cache: 'no-store' });
      if (!res.ok) return;
      var state = await res.json();
      showClock(state);
      if (state.version !== shownVersion) {
        showPanel(state);
        shownVersion = state.version;
      }
    } catch {
      // the server may be restarting: try again on the next tick
    }
  }

  async function advance(step, button) {
    var status = document.getElementById('clock-status');
    button.disabled = true;
    status.textContent = 'Moving the clock…';
    try {
      var res = await fetch('/playground/api/clock', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ step: step, conversationId: conversationId }),
      });
      var out = await res.json();
      if (!res.ok) {
        status.textContent = out.error || 'The clock did not move.';
        return;
      }
      var moved = duration(out.advancedMs);
      status.textContent =
        (moved ? 'Moved ' + moved + ' forward. ' : 'Clock not moved: no reminder is scheduled. ') +
        (out.posted
          ? out.posted + ' message' + (out.posted > 1 ? 's' : '') + ' posted to the case channel.'
          : out.delivered
            ? 'Reminders were due; nothing new for this channel.'
            : moved
              ? 'No reminder was due.'
              : '');
    } finally {
      button.disabled = false;
    }
    refreshPanel();
  }

  /**
   * Web Chat scrolls to the end of what arrives; a long card (a referral plan) would then show its last buttons,
   * not its heading and first step. When a bot card arrives whose top has gone above the visible part of the
   * transcript, scroll back so that it starts at the top. (The history replayed on a reload is left as it is.)
   */
  function keepNewCardsTopInView(root) {
    var seen = new WeakSet();
    var ready = false;
    var pending = null;
    function align() {
      var el = pending;
      if (!el || !el.isConnected) return;
      var scroller = el.closest('.webchat__basic-transcript__scrollable');
      if (!scroller) return;
      var top = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      if (top < 0) scroller.scrollTop += top - 8;
    }
    new MutationObserver(function () {
      var items = root.querySelectorAll('.webchat__basic-transcript__activity');
      var first = null;
      items.forEach(function (item) {
        if (seen.has(item)) return;
        seen.add(item);
        if (!first && item.querySelector('.ac-adaptiveCard')) first = item;
      });
      if (!first || !ready) return;
      pending = first;
      // After Web Chat's own scrolling (animated) has run.
      [250, 600, 1000].forEach(function (ms) {
        setTimeout(align, ms);
      });
    }).observe(root, { childList: true, subtree: true });
    setTimeout(function () {
      ready = true;
    }, 1500);
  }

  document.querySelectorAll('#clock-buttons button').forEach(function (b) {
    b.addEventListener('click', function () {
      advance(b.getAttribute('data-step'), b);
    });
  });
  document.getElementById('new-conversation').addEventListener('click', function () {
    sessionStorage.removeItem(KEY);
    location.reload();
  });

  openConversation().then(function (id) {
    conversationId = id;
    document.body.setAttribute('data-conversation-id', id);
    var directLine = window.WebChat.createDirectLine({
      domain: DL,
      token: 'playground',
      conversationId: id,
      webSocket: false,
      pollingInterval: 500,
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: 'playground-user',
        username: 'Playground user',
        locale: 'en-GB',
        styleOptions: {
          hideUploadButton: true,
          botAvatarInitials: 'SG',
          userAvatarInitials: 'You',
          bubbleBorderRadius: 6,
          bubbleFromUserBorderRadius: 6,
          accent: '#1f4e8c',
          sendBoxTextWrap: true,
          richCardWrapTitle: true,
        },
      },
      document.getElementById('webchat'),
    );
    keepNewCardsTopInView(document.getElementById('webchat'));
    refreshPanel();
    setInterval(refreshPanel, 1000);
  });
})();
