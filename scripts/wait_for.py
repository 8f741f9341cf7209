"""Wait until a URL answers 200 (used by the chat and serve scripts)."""

import sys
import time
import urllib.request

url, deadline = sys.argv[1], time.time() + float(sys.argv[2] if len(sys.argv) > 2 else 120)
while time.time() < deadline:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            if response.status == 200:
                sys.exit(0)
    except OSError:
        time.sleep(0.5)
sys.exit(f"{url} did not answer in time")
