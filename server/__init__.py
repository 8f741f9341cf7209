"""Code that runs inside the Rasa server (`rasa run`, `rasa shell`), not the action server:
input channels, the tracker and lock stores, the HTTP API guard and start-up patches.

Rasa imports this package at start-up through credentials.yml (the channels) and endpoints.yml
(the stores), so importing it is where the speed patches and the safety nets are installed,
once, whichever channels a deployment configures.
"""

from server import patches, safe_actions

patches.apply()
safe_actions.install()
