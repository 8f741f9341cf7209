"""Headless Chromium driven through Debian's chromedriver, over the W3C WebDriver protocol.

A few plain HTTP calls are all the browser test needs; the Selenium package could not be added
(its trio dependency needs attrs>=23, Rasa 3.6 pins attrs<22.2). Chromium and chromium-driver
are Debian packages, installed with apt-get when missing (`ensure_chromium`)."""

from __future__ import annotations

import base64
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

import requests

from .servers import HOST, free_port

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C key of an element reference
ENTER = "\ue007"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


def ensure_chromium() -> Optional[str]:
    """Install chromium + chromium-driver with apt-get if missing; the reason if impossible."""
    if shutil.which("chromium") and shutil.which("chromedriver"):
        return None
    if not shutil.which("apt-get"):
        return "chromium/chromedriver missing and no apt-get to install them"
    env = {"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    # the emoji font only makes the screenshots show 🚨 instead of an empty box
    install = ["apt-get", "install", "-y", "-q", "chromium", "chromium-driver",
               "fonts-noto-color-emoji"]
    if subprocess.run(install, env=env, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
        done = subprocess.run(install, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            return f"apt-get install chromium chromium-driver failed: {done.stderr[-500:]}"
    return None


class Element:
    def __init__(self, browser: "Browser", ref: str):
        self.browser, self.ref = browser, ref

    @property
    def text(self) -> str:
        return self.browser._call("GET", f"/element/{self.ref}/text")

    def attribute(self, name: str) -> Optional[str]:
        return self.browser._call("GET", f"/element/{self.ref}/attribute/{name}")

    def click(self) -> None:
        self.browser._call("POST", f"/element/{self.ref}/click", {})

    def type(self, text: str) -> None:
        self.browser._call("POST", f"/element/{self.ref}/value", {"text": text})


class Browser:
    """One chromedriver process and one headless Chromium session."""

    def __init__(self, log: Path, width: int = 390, height: int = 844):
        self.port = free_port()
        self._log = open(log, "ab")
        self._driver = subprocess.Popen(
            ["chromedriver", f"--port={self.port}", "--allowed-ips=127.0.0.1"],
            stdout=self._log, stderr=subprocess.STDOUT)
        self.base = f"http://{HOST}:{self.port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{self.base}/status", timeout=2).json()["value"]["ready"]:
                    break
            except (requests.RequestException, ValueError, KeyError):
                pass
            if time.monotonic() > deadline or self._driver.poll() is not None:
                self.quit()
                raise RuntimeError(f"chromedriver did not start (log: {log})")
            time.sleep(0.2)
        caps = {"browserName": "chrome", "goog:chromeOptions": {
            "binary": shutil.which("chromium"), "args": CHROMIUM_ARGS + [
                f"--window-size={width},{height}"]}}
        r = requests.post(f"{self.base}/session", json={"capabilities": {"alwaysMatch": caps}},
                          timeout=60)
        value = r.json()["value"]
        if "sessionId" not in value:
            self.quit()
            raise RuntimeError(f"no browser session: {value}")
        self.session = value["sessionId"]
        self.set_size(width, height)

    def _call(self, verb: str, path: str, body: Optional[Dict[str, Any]] = None) -> Any:
        r = requests.request(verb, f"{self.base}/session/{self.session}{path}", json=body,
                             timeout=60)
        value = r.json().get("value")
        if r.status_code >= 400:
            raise RuntimeError(f"WebDriver {verb} {path}: {value}")
        return value

    def set_size(self, width: int, height: int) -> None:
        self._call("POST", "/window/rect", {"width": width, "height": height})

    def get(self, url: str) -> None:
        self._call("POST", "/url", {"url": url})

    def refresh(self) -> None:
        self._call("POST", "/refresh", {})

    def find_all(self, css: str) -> List[Element]:
        found = self._call("POST", "/elements", {"using": "css selector", "value": css})
        return [Element(self, ref[ELEMENT]) for ref in found]

    def run(self, script: str, *args: Any) -> Any:
        return self._call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self._call("GET", "/screenshot")))

    def wait(self, what: str, check, timeout: float = 60.0):
        """Poll `check()` until it returns something truthy; fail with `what` after timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = check()
            if result:
                return result
            time.sleep(0.3)
        raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")

    def quit(self) -> None:
        try:
            if getattr(self, "session", None):
                requests.delete(f"{self.base}/session/{self.session}", timeout=30)
        except requests.RequestException:
            pass
        finally:
            self._driver.terminate()
            try:
                self._driver.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._driver.kill()
            self._log.close()
