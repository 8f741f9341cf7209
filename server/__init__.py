"""Code that runs inside the Rasa server (`rasa run`, `rasa shell`), not the action server:
input channels, the tracker and lock stores, the HTTP API guard and start-up patches.

Rasa imports this package at start-up through credentials.yml (the channels) and endpoints.yml
(the stores), so importing it is where the speed patches and the safety nets are installed,
once, whichever channels a deployment configures.
"""

import gc

from server import patches, safe_actions

patches.apply()
safe_actions.install()

# Rasa, TensorFlow, spaCy and Sanic are imported by now. With SANIC_WORKERS > 1 the workers are
# forked after this point; a garbage collection in a worker writes to every object it examines,
# which copies the page holding it. Freezing what exists now keeps those pages shared between
# the workers: 170 MB less memory (PSS) with two workers (bench/procmem.py).
gc.collect()
gc.freeze()
