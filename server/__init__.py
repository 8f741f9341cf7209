"""Code that runs inside the Rasa server (`rasa run`, `rasa shell`), not the action server.

Rasa imports this package at start-up through endpoints.yml (our tracker store), so importing
it is where the measured speed patches are applied, once.
"""

from server import patches

patches.apply()
