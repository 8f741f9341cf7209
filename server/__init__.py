"""Rasa start-up pieces: input channels and server patches."""
