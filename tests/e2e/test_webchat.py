"""The web page and its rasa-webchat widget in headless Chromium, on a phone-sized screen: a whole
check-up with quick replies, a red flag, a reload that keeps the conversation, HTML shown as text.
Screenshots go to results/webchat/."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from .servers import HOST, ROOT, Assistant, Process, free_port, running_assistant
from .webdriver import ENTER, Browser, ensure_chromium

pytestmark = pytest.mark.e2e

SHOTS = ROOT / "results" / "webchat"
PHONE = (390, 844)


class Page:
    def __init__(self, browser: Browser, url: str, assistant: Assistant):
        self.browser, self.url, self.assistant = browser, url, assistant

    def texts(self, css: str) -> list[str]:
        # one script call: React re-renders the list, so element references go stale
        return self.browser.run(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText.trim());",
            css)

    def bot_texts(self) -> list[str]:
        return self.texts(".rw-conversation-container .rw-response")

    def user_texts(self) -> list[str]:
        return self.texts(".rw-conversation-container .rw-client")

    def wait_bot(self, what: str, check, timeout: float = 60.0) -> list[str]:
        return self.browser.wait(what, lambda: (lambda t: t if check(t) else None)(
            self.bot_texts()), timeout)

    def say(self, text: str) -> list[str]:
        """Type a message and press Enter; the bot messages that came after it."""
        before = len(self.bot_texts())
        box = self.browser.wait("the message box", lambda: self.browser.find_all(".rw-new-message"))
        box[0].type(text + ENTER)
        self.browser.wait(f"my message {text!r}", lambda: text in self.user_texts()[-1:])
        self.wait_bot(f"an answer to {text!r}", lambda t: len(t) > before)
        self.settle()
        return self.bot_texts()[before:]

    def settle(self) -> None:
        """Wait until the bot's messages stop changing for two polls."""
        last, same = None, 0
        while same < 4:
            now = self.bot_texts()
            same = same + 1 if now == last else 0
            last = now
            time.sleep(0.5)

    def session_id(self) -> str:
        stored = self.browser.run("return window.localStorage.getItem('chat_session');")
        return json.loads(stored)["session_id"]


@pytest.fixture(scope="module")
def page(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    reason = ensure_chromium()
    if reason:
        pytest.skip(f"no headless browser: {reason}")
    subprocess.run(["make", "-s", "web"], cwd=ROOT, check=True)  # npm ci when needed
    workdir = tmp_path_factory.mktemp("webchat")
    web_port = free_port()
    web = Process("web page", [sys.executable, "-m", "http.server", "--bind", HOST,
                               "--directory", str(ROOT / "web"), str(web_port)],
                  ROOT, workdir / "web.log", {"PATH": "/usr/bin:/bin"})
    web.start()
    try:
        web.wait_ready(f"http://{HOST}:{web_port}/index.html", lambda r: r.status_code == 200, 30)
        with running_assistant(trained_model, workdir,
                               rasa_args=("--cors", f"http://{HOST}:{web_port}")) as assistant:
            browser = Browser(workdir / "chromedriver.log", *PHONE)
            try:
                url = f"http://{HOST}:{web_port}/index.html?server={assistant.url}"
                browser.get(url)
                yield Page(browser, url, assistant)
            finally:
                browser.quit()
    finally:
        web.stop()


def test_page_loads_from_localhost_only_with_the_disclaimer(page: Page):
    for path in ["index.html", "app.js", "styles.css", "node_modules/rasa-webchat/lib/index.js"]:
        assert requests.get(page.url.split("index.html")[0] + path, timeout=10).status_code == 200
    scripts = page.browser.run("return [...document.scripts].map(s => s.src);")
    assert scripts and all(s.startswith(page.url.split("index.html")[0]) for s in scripts), scripts
    assert "not a diagnosis" in page.browser.find_all("#disclaimer")[0].text
    greeting = page.wait_bot("the greeting with the disclaimer",
                             lambda t: any("not a diagnosis" in x for x in t))
    assert greeting[0].startswith("Hi!"), greeting
    # usable on a phone: nothing wider than the screen, the message box and send button visible
    width = page.browser.run("return [document.documentElement.scrollWidth, window.innerWidth];")
    assert width[0] <= width[1], width
    box = page.browser.run(
        "const r = document.querySelector('.rw-new-message').getBoundingClientRect();"
        "return [r.left, r.right, r.bottom, window.innerWidth, window.innerHeight];")
    assert box[0] >= 0 and box[1] <= box[3] and box[2] <= box[4], box
    page.browser.screenshot(SHOTS / "01-greeting-phone.png")


def test_a_whole_checkup_with_quick_replies(page: Page):
    page.wait_bot("the greeting", lambda t: any("not a diagnosis" in x for x in t))
    asked = page.say("my left eyelid keeps twitching")
    assert any("How long" in t for t in asked), asked
    asked = page.say("about 3 days")
    assert any("How often" in t for t in asked), asked
    replies = page.browser.wait("quick replies", lambda: page.browser.find_all(".rw-reply"))
    titles = [r.text for r in replies]
    assert "Many times a day" in titles, titles
    page.browser.screenshot(SHOTS / "02-quick-replies-phone.png")
    before = len(page.bot_texts())
    replies[titles.index("Many times a day")].click()
    page.wait_bot("the next question", lambda t: len(t) > before)
    page.settle()
    assert any("set it off" in t for t in page.bot_texts()[before:]), page.bot_texts()[before:]
    page.say("too much coffee and not enough sleep")  # typing still works beside the buttons
    replies = page.browser.wait("the 'Nothing else' quick reply", lambda: [
        r for r in page.browser.find_all(".rw-reply") if r.text == "Nothing else"])
    before = len(page.bot_texts())
    replies[-1].click()
    answer = page.wait_bot("the assessment", lambda t: any("Sources:" in x for x in t[before:]))
    page.settle()
    answer = page.bot_texts()[before:]
    assert any("Sources:" in t for t in answer), answer
    bullets = page.browser.run(
        "return [...document.querySelectorAll('.rw-response')].filter(e => "
        "e.innerText.startsWith('Possible causes')).map(e => e.querySelectorAll('br').length);")
    assert bullets and bullets[0] >= 1, bullets  # one line per cause, not one run-on paragraph
    links = page.browser.run(
        "return [...document.querySelectorAll('.rw-response a')].map(a => [a.href, a.target]);")
    assert links and all(h.startswith("https://") and t == "_blank" for h, t in links), links
    slots = page.assistant.tracker(page.session_id())["slots"]
    assert slots["frequency"] and slots["triggers"], slots
    assert slots["triage_level"] in ("self_care", "routine"), slots
    page.browser.screenshot(SHOTS / "03-assessment-phone.png")


def test_red_flag_is_shown_as_an_emergency(page: Page):
    answer = page.say("now the side of my face is drooping and I can't speak properly")
    assert any(t.startswith("🚨") for t in answer), answer
    style = page.browser.run(
        "const e = document.querySelector('.rw-response.rw-emergency');"
        "if (!e) return null; const s = getComputedStyle(e);"
        "return [s.backgroundColor, s.color, s.fontWeight, e.innerText];")
    assert style is not None, "the emergency message has no rw-emergency class"
    assert style[0] == "rgb(176, 0, 32)" and style[1] == "rgb(255, 255, 255)", style
    assert "emergency number" in style[3]
    assert page.assistant.tracker(page.session_id())["slots"]["triage_level"] == "emergency"
    page.browser.screenshot(SHOTS / "04-emergency-phone.png")


def test_reload_keeps_the_conversation(page: Page):
    session, before = page.session_id(), page.bot_texts()
    assert any(t.startswith("🚨") for t in before)
    page.browser.refresh()
    page.wait_bot("the history after the reload", lambda t: len(t) >= len(before))
    after = page.bot_texts()[: len(before)]
    # innerText's whitespace around <br> depends on layout state: compare the characters
    words = ["".join(t.split()) for t in before], ["".join(t.split()) for t in after]
    assert words[1] == words[0], [(b, a) for b, a in zip(*words) if a != b]
    assert page.session_id() == session
    page.say("thank you")  # the same conversation goes on
    tracker = page.assistant.tracker(session)
    assert tracker["latest_message"]["text"] == "thank you"
    assert tracker["slots"]["triage_level"] == "emergency"
    page.browser.screenshot(SHOTS / "05-after-reload-phone.png")


def test_html_and_script_are_shown_as_text(page: Page):
    text = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>eye</b> twitch'
    page.say(text)
    assert page.user_texts()[-1] == text
    injected = page.browser.run(
        "return [window.__xss === undefined,"
        " document.querySelectorAll('.rw-conversation-container img[src=\"x\"], "
        ".rw-conversation-container script, .rw-conversation-container b').length];")
    assert injected == [True, 0], injected
    page.browser.set_size(1280, 900)
    page.browser.screenshot(SHOTS / "06-desktop.png")
