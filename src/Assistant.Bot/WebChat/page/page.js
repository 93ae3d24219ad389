// Connects Microsoft's Web Chat to the bot's embedded Direct Line endpoint on this host. The
// conversation's id and a token are kept in sessionStorage, so a reload (or a restart of the bot)
// continues the same conversation in this tab; closing the tab forgets it.
(function () {
  'use strict';

  var storageKey = 'veileder.webchat.v1';
  var domain = new URL('v3/directline', document.baseURI).href;
  var refreshEveryMs = 10 * 60 * 1000;
  var chat = document.getElementById('chat');
  var status = document.getElementById('status');

  function showError(text) {
    status.textContent = text;
    status.className = 'status error';
    status.hidden = false;
  }

  function post(path, token) {
    var headers = {};
    if (token) { headers.Authorization = 'Bearer ' + token; }
    return fetch(domain + path, { method: 'POST', headers: headers });
  }

  function load() {
    try { return JSON.parse(sessionStorage.getItem(storageKey) || 'null'); } catch (e) { return null; }
  }

  function save(conversationId, token) {
    sessionStorage.setItem(storageKey, JSON.stringify({ conversationId: conversationId, token: token }));
  }

  // A saved conversation is resumed when its token is still valid and the conversation still
  // exists (reconnecting hands out a fresh token); otherwise a new one is started.
  async function resume(saved) {
    var reconnected = await fetch(domain + '/conversations/' + encodeURIComponent(saved.conversationId), {
      headers: { Authorization: 'Bearer ' + saved.token }
    });
    if (!reconnected.ok) { return null; }
    var conversation = await reconnected.json();
    return { conversationId: conversation.conversationId, token: conversation.token, streamUrl: conversation.streamUrl };
  }

  async function start() {
    var generated = await post('/tokens/generate');
    if (!generated.ok) { throw new Error('token ' + generated.status); }
    var body = await generated.json();
    return { conversationId: body.conversationId, token: body.token };
  }

  function keepTokenFresh() {
    setInterval(async function () {
      var saved = load();
      if (!saved) { return; }
      var refreshed = await post('/tokens/refresh', saved.token);
      if (refreshed.ok) { save(saved.conversationId, (await refreshed.json()).token); }
    }, refreshEveryMs);
  }

  async function main() {
    if (!window.WebChat) {
      showError('Nettpraten kunne ikke lastes. Last inn siden på nytt.');
      return;
    }

    var saved = load();
    var session = (saved && await resume(saved)) || await start();
    save(session.conversationId, session.token);

    // With conversationId and streamUrl, directlinejs joins the conversation as it is; with only
    // a token, it starts the conversation the token names (and the bot welcomes the user).
    var directLine = window.WebChat.createDirectLine({
      domain: domain,
      token: session.token,
      conversationId: session.streamUrl ? session.conversationId : undefined,
      streamUrl: session.streamUrl,
      webSocket: true
    });

    status.hidden = true;
    window.WebChat.renderWebChat({
      directLine: directLine,
      locale: 'nb-NO',
      styleOptions: {
        hideUploadButton: true,
        botAvatarInitials: 'V',
        userAvatarInitials: 'Du',
        // Stacked, wrapping buttons keep long example questions readable at phone width.
        suggestedActionLayout: 'stacked',
        suggestedActionsStackedLayoutButtonTextWrap: true,
        sendTimeout: 60000,
        bubbleMaxWidth: 720,
        primaryFont: '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif'
      },
      overrideLocalizedStrings: {
        TEXT_INPUT_PLACEHOLDER: 'Skriv et spørsmål om taushetsplikt …'
      }
    }, chat);
    keepTokenFresh();
  }

  document.getElementById('new-conversation').addEventListener('click', function () {
    sessionStorage.removeItem(storageKey);
    location.reload();
  });

  main().catch(function () {
    showError('Kunne ikke koble til veilederen. Last inn siden på nytt om litt.');
  });
})();
