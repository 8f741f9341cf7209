// Starts the rasa-webchat widget in the page. Rasa's socket.io server is on port 5005 of this
// host unless the page is opened with ?server=http://host:port (the tests use free ports).
(function () {
  var params = new URLSearchParams(window.location.search);
  var server = params.get("server") ||
    window.location.protocol + "//" + window.location.hostname + ":5005";
  WebChat.default(
    {
      socketUrl: server,
      socketPath: "/socket.io/",
      initPayload: "/greet",
      title: "Twitch assistant",
      subtitle: "Information, not a diagnosis",
      inputTextFieldHint: "Describe your twitch or ask a question",
      embedded: true,
      showFullScreenButton: false,
      hideWhenNotConnected: false,
      customMessageDelay: function () { return 200; },
      // the session id and the messages stay in localStorage: a reload keeps the conversation
      params: { storage: "local" }
    },
    document.getElementById("chat")
  );
})();
