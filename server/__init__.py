"""Start-up code and custom Rasa channels that run inside the Rasa server."""
